using System;
using System.Collections.Generic;
using System.IO;

namespace LetterDsl.Tests.Fakes;

/// <summary>
/// A hand-written <see cref="ILetter"/> that drives a <see cref="LetterWriter"/> the way generated code does. The
/// body is given in the template's Markdown subset and parsed once, into events, by <see cref="BodyEvents"/>;
/// <see cref="Render"/> only replays them. Header and footer parts are written as values.
/// </summary>
public sealed class FakeLetter : ILetter
{
    private readonly string _culture;
    private readonly string _dateLine;
    private readonly string _salutation;
    private readonly string _closing;
    private readonly IReadOnlyList<BodyEvent> _body;

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

    public IReadOnlyList<string> Recipients { get; init; } = [];

    public string? Subject { get; init; }

    public IReadOnlyList<string> CarbonCopies { get; init; } = [];

    public IReadOnlyList<string> Enclosures { get; init; } = [];

    public string? Postscript { get; init; }

    public string DateLine => LetterRendering.Inline(this, static (letter, writer) => writer.WriteValue(letter._dateLine));

    public string Salutation => LetterRendering.Inline(this, static (letter, writer) => writer.WriteText(letter._salutation));

    public string Closing => LetterRendering.Inline(this, static (letter, writer) => writer.WriteText(letter._closing));

    public IReadOnlyList<Signatory> Signatories { get; }

    public void Render(LetterWriter writer)
    {
        writer.BeginLetter(_culture);
        Block(writer, LetterBlock.DateLine, _dateLine);
        foreach (string recipient in Recipients)
        {
            Block(writer, LetterBlock.Recipient, recipient);
        }

        if (Subject is not null)
        {
            Block(writer, LetterBlock.Subject, Subject);
        }

        writer.BeginBlock(LetterBlock.Salutation);
        writer.WriteText(_salutation);
        writer.EndBlock();
        foreach (BodyEvent e in _body)
        {
            e.Replay(writer);
        }

        writer.BeginBlock(LetterBlock.Closing);
        writer.WriteText(_closing);
        writer.EndBlock();
        writer.WriteSignatories(Signatories);
        foreach (string cc in CarbonCopies)
        {
            Block(writer, LetterBlock.CarbonCopy, cc);
        }

        foreach (string enclosure in Enclosures)
        {
            Block(writer, LetterBlock.Enclosure, enclosure);
        }

        if (Postscript is not null)
        {
            Block(writer, LetterBlock.Postscript, Postscript);
        }

        writer.EndLetter();
    }

    public string ToText() => LetterRendering.ToText(this);

    public string ToMarkdown() => LetterRendering.ToMarkdown(this);

    public string ToHtml() => LetterRendering.ToHtml(this);

    public void WriteTo(TextWriter writer, LetterFormat format) => LetterRendering.WriteTo(this, writer, format);

    private static void Block(LetterWriter writer, LetterBlock block, string value)
    {
        writer.BeginBlock(block);
        writer.WriteValue(value);
        writer.EndBlock();
    }
}
