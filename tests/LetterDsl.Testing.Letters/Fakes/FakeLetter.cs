using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LetterDsl.Composition;

namespace LetterDsl.Testing.Letters;

/// <summary>
/// A hand-written <see cref="ILetter"/> that composes itself the way generated code does. The body is given in the
/// template's Markdown subset and parsed once, into events, by <see cref="BodyEvents"/>; <see cref="Compose"/> only
/// replays them. The other parts are written as values, one line per entry.
/// </summary>
public sealed class FakeLetter : ILetter
{
    private readonly string _culture;
    private readonly string _dateLine;
    private readonly string _salutation;
    private readonly string _closing;
    private readonly IReadOnlyList<BodyEvent> _body;
    private LetterDefinition? _definition;

    public FakeLetter(string dateLine, string salutation, string body, string closing, params Signatory[] signatories)
        : this("en-GB", dateLine, salutation, BodyEvents.Parse(body), closing, signatories)
    {
    }

    public FakeLetter(string culture, string dateLine, string salutation, IReadOnlyList<BodyEvent> body, string closing, IReadOnlyList<Signatory> signatories)
    {
        _culture = culture;
        _dateLine = dateLine;
        _salutation = salutation;
        _body = body;
        _closing = closing;
        Signatories = signatories;
    }

    /// <summary>The <c>@layout</c>; <c>block</c> by default.</summary>
    public string Layout { get; init; } = "block";

    /// <summary>The place, when the date line is to be composed from a place and a date rather than given whole.</summary>
    public string? Place { get; init; }

    public IReadOnlyList<string> From { get; init; } = [];

    public IReadOnlyList<string> Recipients { get; init; } = [];

    public IReadOnlyList<(string Label, string? Value)> References { get; init; } = [];

    public string? Subject { get; init; }

    public IReadOnlyList<string?> CarbonCopies { get; init; } = [];

    public IReadOnlyList<string?> Enclosures { get; init; } = [];

    public string? Postscript { get; init; }

    public IReadOnlyList<string?> Postscripts { get; init; } = [];

    /// <summary>The letter's <c>@label</c> overrides.</summary>
    public IReadOnlyList<(string Key, string Text)> Labels { get; init; } = [];

    /// <summary>
    /// The letter's definition, made once per fake letter: each fake letter is a letter class of its own, since its
    /// text is its own. Letters that stand for one class (the same text) share one through this property, as a
    /// generated class's instances share its static one.
    /// </summary>
    public LetterDefinition Definition
    {
        get => _definition ??= Labels.Aggregate(LetterDefinition.Create(_culture, Layout), (definition, label) => definition.WithLabel(label.Key, label.Text));
        init => _definition = value;
    }

    public string DateLine => LetterComposition.PartText(this, LetterPart.DateLine);

    public string Salutation => LetterComposition.PartText(this, LetterPart.Salutation);

    public string Closing => LetterComposition.PartText(this, LetterPart.Closing);

    public IReadOnlyList<Signatory> Signatories { get; }

    public void Compose(LetterComposer composer)
    {
        composer.BeginLetter(Definition);
        Lines(composer, LetterSection.Sender, From);
        if (Place is not null)
        {
            Line(composer, LetterSection.Place, Place);
        }

        Line(composer, LetterSection.Date, _dateLine);
        Lines(composer, LetterSection.Recipient, Recipients);
        foreach ((string label, string? value) in References)
        {
            composer.BeginReference(label);
            composer.WriteValue(value);
            composer.EndLine();
        }

        if (Subject is not null)
        {
            Line(composer, LetterSection.Subject, Subject);
        }

        composer.BeginLine(LetterSection.Salutation);
        composer.WriteText(_salutation);
        composer.EndLine();
        foreach (BodyEvent e in _body)
        {
            e.Replay(composer);
        }

        composer.BeginLine(LetterSection.Closing);
        composer.WriteText(_closing);
        composer.EndLine();
        composer.WriteSignatories(Signatories);
        Lines(composer, LetterSection.Enclosure, Enclosures);
        Lines(composer, LetterSection.CarbonCopy, CarbonCopies);
        if (Postscript is not null)
        {
            Line(composer, LetterSection.Postscript, Postscript);
        }

        Lines(composer, LetterSection.Postscript, Postscripts);
        composer.EndLetter();
    }

    public void Render(LetterWriter writer) => LetterRendering.Render(this, writer);

    public string ToText() => LetterRendering.ToText(this);

    public string ToMarkdown() => LetterRendering.ToMarkdown(this);

    public string ToHtml() => LetterRendering.ToHtml(this);

    public void WriteTo(TextWriter writer, LetterFormat format) => LetterRendering.WriteTo(this, writer, format);

    private static void Lines(LetterComposer composer, LetterSection section, IReadOnlyList<string?> values)
    {
        foreach (string? value in values)
        {
            Line(composer, section, value);
        }
    }

    private static void Line(LetterComposer composer, LetterSection section, string? value)
    {
        composer.BeginLine(section);
        composer.WriteValue(value);
        composer.EndLine();
    }
}
