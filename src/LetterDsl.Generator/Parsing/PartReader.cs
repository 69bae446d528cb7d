using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using LetterDsl.Formatting;
using LetterDsl.Generator.Diagnostics;
using LetterDsl.Generator.Model;

namespace LetterDsl.Generator.Parsing;

/// <summary>
/// Reads the parts of a letter that are written as directive lines (<c>@from</c>, <c>@place</c>, <c>@date</c>,
/// <c>@to</c>, <c>@ref</c>, <c>@subject</c>, <c>@salutation</c>, <c>@closing</c>, <c>@cc</c>, <c>@enclosure</c>,
/// <c>@ps</c>) and the body between <c>@salutation</c> and <c>@closing</c>.
/// </summary>
internal sealed class PartReader
{
    private readonly LetterDirectives _directives;
    private readonly ParseContext _context;

    public PartReader(LetterDirectives directives, ParseContext context)
    {
        _directives = directives;
        _context = context;
    }

    /// <summary>Lexes and parses one directive's value as inline template content.</summary>
    public EquatableArray<InlineNode> ParseInline(string value, int offset)
    {
        var tokens = TemplateLexer.Lex(new[] { new SourceLine(value, offset) }, _context);
        return InlineParser.Parse(tokens, _context, inParagraph: false);
    }

    /// <summary>The content of a directive that appears once, or nothing (and LTR021 when it is given empty).</summary>
    public EquatableArray<InlineNode> Inline(string name, string needs)
    {
        if (_directives.First(name) is not { } directive)
        {
            return EquatableArray<InlineNode>.Empty;
        }

        if (directive.Value.Length == 0)
        {
            _context.Report(DiagnosticDescriptors.EmptyDirective, directive.Offset, directive.Length, name, needs);
            return EquatableArray<InlineNode>.Empty;
        }

        return ParseInline(directive.Value, directive.ValueOffset);
    }

    /// <summary>One line per directive of a repeatable directive.</summary>
    public EquatableArray<InlineLine> Lines(string name, string needs)
    {
        var lines = ImmutableArray.CreateBuilder<InlineLine>();
        foreach (var directive in _directives.All(name))
        {
            if (directive.Value.Length == 0)
            {
                _context.Report(DiagnosticDescriptors.EmptyDirective, directive.Offset, directive.Length, name, needs);
                continue;
            }

            lines.Add(new InlineLine(ParseInline(directive.Value, directive.ValueOffset)));
        }

        return lines.ToEquatableArray();
    }

    /// <summary>
    /// The <c>@ref Label: value</c> lines. The label is text; the value may hold placeholders. The first ':' ends the
    /// label, so a label cannot hold one, but a value can ("Tel.: +49 30 1234").
    /// </summary>
    public EquatableArray<ReferenceSpec> References()
    {
        var references = ImmutableArray.CreateBuilder<ReferenceSpec>();
        foreach (var directive in _directives.All(DirectiveNames.Ref))
        {
            var colon = directive.Value.IndexOf(':');
            var label = colon < 0 ? "" : directive.Value.Substring(0, colon).Trim();
            var raw = colon < 0 ? "" : directive.Value.Substring(colon + 1);
            var value = raw.Trim();
            if (label.Length == 0 || value.Length == 0 || label.IndexOf("{{", StringComparison.Ordinal) >= 0)
            {
                var length = directive.Value.Length > 0 ? directive.ValueOffset + directive.Value.Length - directive.Offset : directive.Length;
                var problem = colon < 0 || label.Length == 0
                    ? "it needs a label before a ':'"
                    : value.Length == 0 ? "it has no value after the ':'" : "its label must be plain text; placeholders go in the value";
                _context.Report(DiagnosticDescriptors.MalformedReference, directive.Offset, length, problem);
                if (value.Length > 0)
                {
                    // Parsed anyway, so the parameters it names count as used and are checked.
                    ParseInline(value, directive.ValueOffset + colon + 1 + (raw.Length - raw.TrimStart().Length));
                }

                continue;
            }

            var valueOffset = directive.ValueOffset + colon + 1 + (raw.Length - raw.TrimStart().Length);
            references.Add(new ReferenceSpec(label, ParseInline(value, valueOffset)));
        }

        return references.ToEquatableArray();
    }

    public EquatableArray<InlineNode> Date(string cultureName)
    {
        if (_directives.First(DirectiveNames.Date) is not { } directive)
        {
            return EquatableArray<InlineNode>.Empty;
        }

        if (directive.Value.Length == 0)
        {
            _context.Report(DiagnosticDescriptors.EmptyDirective, directive.Offset, directive.Length, DirectiveNames.Date, "a date, such as '@date {{ Date }}' or '@date 7 December 2020'");
            return EquatableArray<InlineNode>.Empty;
        }

        if (directive.Value.IndexOf("{{", StringComparison.Ordinal) >= 0)
        {
            return ParseInline(directive.Value, directive.ValueOffset);
        }

        if (!DateLiteralParser.TryParse(directive.Value, CultureConventions.For(cultureName), out var date, out var error))
        {
            _context.Report(DiagnosticDescriptors.InvalidDate, directive.ValueOffset, directive.Value.Length, directive.Value, error);
            return EquatableArray<InlineNode>.Empty;
        }

        return ImmutableArray.Create<InlineNode>(new DateLiteralInline(date.Year, date.Month, date.Day)).ToEquatableArray();
    }

    /// <summary>The text lines between <c>@salutation</c> and <c>@closing</c>, parsed into blocks; text outside them is LTR024.</summary>
    public EquatableArray<BlockNode> Body()
    {
        var salutation = _directives.First(DirectiveNames.Salutation);
        var closing = _directives.First(DirectiveNames.Closing);
        var bodyLines = new List<SourceLine>();
        var bodyStarted = salutation is not null;
        foreach (var (line, index) in _directives.TextLines)
        {
            var beforeSalutation = salutation is not null && index < salutation.LineIndex;
            var afterClosing = closing is not null && index > closing.LineIndex;
            if (beforeSalutation || afterClosing)
            {
                if (!line.IsBlank)
                {
                    var trimmed = line.Text.TrimStart();
                    var offset = line.FileOffset + (line.Text.Length - trimmed.Length);
                    if (beforeSalutation)
                    {
                        _context.Report(DiagnosticDescriptors.TextOutsideBody, offset, trimmed.TrimEnd().Length, "appears before '@salutation'", "Move it below '@salutation', or make it a comment with '@*'.");
                    }
                    else
                    {
                        _context.Report(DiagnosticDescriptors.TextOutsideBody, offset, trimmed.TrimEnd().Length, "appears after '@closing'", "Use '@ps' for a postscript, or make it a comment with '@*'.");
                    }
                }

                continue;
            }

            // Without '@salutation' (already an error) the body starts at the first text, so the rest still builds.
            if (!bodyStarted && line.IsBlank)
            {
                continue;
            }

            bodyStarted = true;
            bodyLines.Add(line);
        }

        return bodyLines.Count == 0 ? EquatableArray<BlockNode>.Empty : BodyParser.Parse(bodyLines, _context);
    }
}
