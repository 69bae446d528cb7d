using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LetterDsl.Generator.Diagnostics;
using LetterDsl.Generator.Model;

namespace LetterDsl.Generator.Parsing;

/// <summary>
/// Turns one <c>.letter</c> file into a <see cref="LetterSpec"/> and its diagnostics. It reports every mistake
/// it finds rather than stopping at the first, and still produces a spec whenever a class can be emitted, so the
/// rest of the project keeps compiling while a letter is half-written.
/// </summary>
internal sealed class LetterParser
{
    private readonly LetterInput _input;
    private readonly ParseContext _context;
    private readonly List<Directive> _directives = new();
    private readonly List<(SourceLine Line, int Index)> _textLines = new();

    private LetterParser(LetterInput input)
    {
        _input = input;
        _context = new ParseContext(new SourceMap(input.FilePath, input.Text));
    }

    public static LetterParseResult Parse(LetterInput input, CancellationToken cancellationToken)
    {
        try
        {
            var parser = new LetterParser(input);
            var spec = parser.Run(cancellationToken);
            return new LetterParseResult(input.FilePath, spec, parser._context.Diagnostics.ToEquatableArray(), input.Options.SeverityOverrides);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // A bug here must not break the user's build (CS8785): it becomes one diagnostic at the start of this
            // file, placed without the source map, which may be what failed.
            var start = new LocationInfo(input.FilePath, default, default);
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, start, ex.GetType().Name, ex.Message);
            return new LetterParseResult(input.FilePath, null, ImmutableArray.Create(diagnostic).ToEquatableArray(), input.Options.SeverityOverrides);
        }
    }

    private LetterSpec? Run(CancellationToken cancellationToken)
    {
        var source = _context.Source;
        ReportInvalidSeveritySettings();
        if (string.IsNullOrWhiteSpace(source.Text))
        {
            _context.Report(DiagnosticDescriptors.EmptyFile, 0, 0);
            return null;
        }

        ReadLines(cancellationToken);
        var first = new Dictionary<string, Directive>(StringComparer.Ordinal);
        foreach (var directive in _directives)
        {
            if (Array.IndexOf(DirectiveNames.All, directive.Name) < 0)
            {
                _context.Report(DiagnosticDescriptors.UnknownDirective, directive.Offset, directive.Length, directive.Name, NameSuggester.DidYouMean(directive.Name, DirectiveNames.All, "@"));
                continue;
            }

            if (first.TryGetValue(directive.Name, out var earlier))
            {
                if (Array.IndexOf(DirectiveNames.Single, directive.Name) >= 0)
                {
                    _context.Report(DiagnosticDescriptors.DuplicateDirective, directive.Offset, directive.Length, directive.Name, earlier.LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                continue;
            }

            first.Add(directive.Name, directive);
        }

        var className = ReadClassName(first);
        var parameters = ReadParameters(className);
        var cultureName = ReadCulture(first);
        var classNameLocation = first.TryGetValue(DirectiveNames.Letter, out var letterDirective) && letterDirective.Value.Length > 0
            ? _context.Source.Location(letterDirective.ValueOffset, letterDirective.Value.Length)
            : _context.Source.Location(0, 0);
        var ns = ReadNamespace(first);
        var usings = ReadUsings();
        var summary = ReadSummary();

        first.TryGetValue(DirectiveNames.Salutation, out var salutation);
        first.TryGetValue(DirectiveNames.Closing, out var closing);
        var body = ReadBody(salutation, closing);

        var place = Inline(first, DirectiveNames.Place, "a place, such as '@place The Hague'");
        var hasDate = first.TryGetValue(DirectiveNames.Date, out var dateDirective);
        var date = hasDate ? ReadDate(dateDirective!, cultureName) : EquatableArray<InlineNode>.Empty;
        var recipients = Lines(DirectiveNames.To, "an addressee line");
        var subject = Inline(first, DirectiveNames.Subject, "a subject line");
        var salutationContent = Inline(first, DirectiveNames.Salutation, "text, such as '@salutation Excellency,'");
        var closingContent = Inline(first, DirectiveNames.Closing, "text, such as '@closing Sincerely,'");
        var signatories = ReadSignatories();

        // A malformed '@signatory' line is reported for what it is, not also as a missing signatory.
        var hasSignatoryLines = _directives.Any(d => d.Name == DirectiveNames.Signatory);
        var signatoriesSource = ReadSignatoriesSource(first, hasSignatoryLines);
        var carbonCopies = Lines(DirectiveNames.Cc, "a name to copy the letter to");
        var enclosures = Lines(DirectiveNames.Enclosure, "the enclosed document's description");
        var postscripts = Lines(DirectiveNames.Ps, "the postscript's text");

        ReportMissingParts(first, hasSignatoryLines);
        ReportUnusedParameters(parameters);

        var finalParameters = parameters
            .Select(p => signatoriesSource is not null && !signatoriesSource.RootIsLoopVariable && p.Name == signatoriesSource.Root ? p with { BindsSignatories = true } : p)
            .ToEquatableArray();

        return new LetterSpec(
            _input.FilePath,
            HintNames.For(_input.FilePath, _input.Options.ProjectDirectory, className),
            className,
            classNameLocation,
            ns,
            usings,
            cultureName,
            summary,
            finalParameters,
            place,
            date,
            hasDate,
            recipients,
            subject,
            salutationContent,
            body,
            closingContent,
            signatories,
            signatoriesSource,
            carbonCopies,
            enclosures,
            postscripts);
    }

    private void ReadLines(CancellationToken cancellationToken)
    {
        var source = _context.Source;
        for (var i = 0; i < source.LineCount; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var line = source.GetLine(i);
            var text = line.Text;
            if (text.StartsWith("@*", StringComparison.Ordinal))
            {
                continue;
            }

            if (text.StartsWith("@@", StringComparison.Ordinal))
            {
                _textLines.Add((new SourceLine(text.Substring(1), line.FileOffset + 1), i));
                continue;
            }

            if (text.Length > 1 && text[0] == '@' && IsAsciiLetter(text[1]))
            {
                var end = 1;
                while (end < text.Length && IsAsciiLetter(text[end]))
                {
                    end++;
                }

                var valueStart = end;
                while (valueStart < text.Length && char.IsWhiteSpace(text[valueStart]))
                {
                    valueStart++;
                }

                var value = text.Substring(valueStart).TrimEnd();
                _directives.Add(new Directive(text.Substring(1, end - 1), line.FileOffset, value, line.FileOffset + valueStart, i));
                continue;
            }

            _textLines.Add((line, i));
        }
    }

    /// <summary>
    /// Reports each letterdsl_diagnostic setting that is not a severity once, at the top of every letter it applies to,
    /// so a typo is seen even when the diagnostic it meant to change never occurs.
    /// </summary>
    private void ReportInvalidSeveritySettings()
    {
        foreach (var entry in _input.Options.SeverityOverrides)
        {
            var separator = entry.IndexOf('=');
            var id = entry.Substring(0, separator);
            var value = entry.Substring(separator + 1);
            if (!SeveritySettings.TryParse(value, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, out _))
            {
                _context.Report(DiagnosticDescriptors.InvalidSeverityOverride, 0, 0, value, LetterInputReader.SeverityKeyPrefix + id + ".severity");
            }
        }
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private IEnumerable<Directive> All(string name) => _directives.Where(d => d.Name == name);

    private List<ParameterSpec> ReadParameters(string className)
    {
        var parameters = new List<ParameterSpec>();
        foreach (var directive in All(DirectiveNames.Param))
        {
            if (directive.Value.Length == 0)
            {
                _context.Report(DiagnosticDescriptors.EmptyDirective, directive.Offset, directive.Length, DirectiveNames.Param, "a name and a type, such as '@param Session: int'");
                continue;
            }

            var parameter = ParameterParser.Parse(directive.Value, directive.ValueOffset, directive.Offset, directive.Length, _context);
            if (parameter is null)
            {
                continue;
            }

            if (Identifiers.IsReservedMember(parameter.Name) || parameter.Name == className)
            {
                // The property would clash with a generated member (CS0102) or with the class itself (CS0542),
                // errors the user could only see in generated code.
                var reason = parameter.Name == className
                    ? "it is the letter's class name, and C# forbids a member named like its class"
                    : "every letter class already has a member of that name";
                _context.Report(DiagnosticDescriptors.NameTakenByGeneratedCode, parameter.NameLocation, parameter.Name, "a parameter", reason, parameter.Name + "Text");
                _context.BrokenNames.Add(parameter.Name);
                continue;
            }

            if (_context.Parameters.TryGetValue(parameter.Name, out var existing))
            {
                _context.Report(DiagnosticDescriptors.DuplicateParameter, parameter.NameLocation, parameter.Name, existing.NameLocation.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                continue;
            }

            _context.Parameters.Add(parameter.Name, parameter);
            parameters.Add(parameter);
        }

        return parameters;
    }

    private string ReadCulture(Dictionary<string, Directive> first)
    {
        if (!first.TryGetValue(DirectiveNames.Culture, out var directive))
        {
            return "en-US";
        }

        if (directive.Value.Length == 0)
        {
            _context.Report(DiagnosticDescriptors.EmptyDirective, directive.Offset, directive.Length, DirectiveNames.Culture, "a culture name, such as '@culture en-GB'");
            return "en-US";
        }

        if (!CultureNames.IsKnown(directive.Value))
        {
            _context.Report(DiagnosticDescriptors.UnknownCulture, directive.ValueOffset, directive.Value.Length, directive.Value, NameSuggester.DidYouMean(directive.Value, CultureNames.Common));
            return "en-US";
        }

        return CultureNames.Get(directive.Value).Name is { Length: > 0 } canonical ? canonical : directive.Value;
    }

    private string ReadClassName(Dictionary<string, Directive> first)
    {
        if (first.TryGetValue(DirectiveNames.Letter, out var directive))
        {
            var name = directive.Value;
            if (name.Length == 0)
            {
                _context.Report(DiagnosticDescriptors.EmptyDirective, directive.Offset, directive.Length, DirectiveNames.Letter, "a class name, such as '@letter Asp19Appeal'");
            }
            else if (Identifiers.IsKeyword(name))
            {
                _context.Report(DiagnosticDescriptors.KeywordIdentifier, directive.ValueOffset, name.Length, name, "a letter class", Identifiers.Suggest(name));
                return "@" + name;
            }
            else if (!Identifiers.IsValid(name))
            {
                _context.Report(DiagnosticDescriptors.InvalidIdentifier, directive.ValueOffset, name.Length, name, "a letter class");
            }
            else if (Identifiers.IsReservedMember(name))
            {
                _context.Report(DiagnosticDescriptors.NameTakenByGeneratedCode, directive.ValueOffset, name.Length, name, "a letter class",
                    "every letter class has a member of that name, and C# forbids a member named like its class", name + "Letter");
                return name + "Letter";
            }
            else
            {
                return name;
            }
        }

        var fromFile = HintNames.PascalCase(System.IO.Path.GetFileNameWithoutExtension(_input.FilePath));
        if (directive is null && !Identifiers.IsValid(fromFile))
        {
            _context.Report(DiagnosticDescriptors.InvalidIdentifier, 0, 0, fromFile, "a letter class (taken from the file name); add '@letter Name'");
        }

        if (directive is null && Identifiers.IsReservedMember(fromFile))
        {
            _context.Report(DiagnosticDescriptors.NameTakenByGeneratedCode, 0, 0, fromFile, "a letter class (taken from the file name)",
                "every letter class has a member of that name, and C# forbids a member named like its class; add '@letter Name'", fromFile + "Letter");
            return fromFile + "Letter";
        }

        return Identifiers.IsValid(fromFile) ? fromFile : "_" + HintNames.Sanitize(fromFile);
    }

    private string? ReadNamespace(Dictionary<string, Directive> first)
    {
        if (first.TryGetValue(DirectiveNames.Namespace, out var directive))
        {
            if (directive.Value.Length > 0 && IsNamespaceName(directive.Value))
            {
                return directive.Value;
            }

            _context.Report(DiagnosticDescriptors.InvalidNamespace, directive.ValueOffset, directive.Value.Length, directive.Value);
        }

        return HintNames.DefaultNamespace(_input.FilePath, _input.Options.RootNamespace, _input.Options.ProjectDirectory);
    }

    private EquatableArray<UsingSpec> ReadUsings()
    {
        var usings = ImmutableArray.CreateBuilder<UsingSpec>();
        foreach (var directive in All(DirectiveNames.Using))
        {
            var name = directive.Value.EndsWith(";", StringComparison.Ordinal) ? directive.Value.Substring(0, directive.Value.Length - 1).TrimEnd() : directive.Value;
            if (name.Length == 0)
            {
                _context.Report(DiagnosticDescriptors.EmptyDirective, directive.Offset, directive.Length, DirectiveNames.Using, "a namespace, such as '@using MyApp.Contacts'");
            }
            else if (!IsNamespaceName(name))
            {
                _context.Report(DiagnosticDescriptors.InvalidNamespace, directive.ValueOffset, name.Length, name);
            }
            else
            {
                usings.Add(new UsingSpec(name, _context.Source.Location(directive.ValueOffset, name.Length)));
            }
        }

        return usings.ToEquatableArray();
    }

    private static bool IsNamespaceName(string name) => name.Split('.').All(p => Identifiers.IsValid(p) && !Identifiers.IsKeyword(p));

    private string? ReadSummary()
    {
        var lines = All(DirectiveNames.Summary).Select(d => d.Value).Where(v => v.Length > 0).ToList();
        return lines.Count == 0 ? null : string.Join(" ", lines);
    }

    private EquatableArray<BlockNode> ReadBody(Directive? salutation, Directive? closing)
    {
        var bodyLines = new List<SourceLine>();
        var bodyStarted = salutation is not null;
        foreach (var (line, index) in _textLines)
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

    private EquatableArray<InlineNode> ParseInline(string value, int offset)
    {
        var tokens = TemplateLexer.Lex(new[] { new SourceLine(value, offset) }, _context);
        return InlineParser.Parse(tokens, _context, inParagraph: false);
    }

    private EquatableArray<InlineNode> Inline(Dictionary<string, Directive> first, string name, string needs)
    {
        if (!first.TryGetValue(name, out var directive))
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

    private EquatableArray<InlineLine> Lines(string name, string needs)
    {
        var lines = ImmutableArray.CreateBuilder<InlineLine>();
        foreach (var directive in All(name))
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

    private EquatableArray<InlineNode> ReadDate(Directive directive, string cultureName)
    {
        if (directive.Value.Length == 0)
        {
            _context.Report(DiagnosticDescriptors.EmptyDirective, directive.Offset, directive.Length, DirectiveNames.Date, "a date, such as '@date {{ Date }}' or '@date 7 December 2020'");
            return EquatableArray<InlineNode>.Empty;
        }

        if (directive.Value.IndexOf("{{", StringComparison.Ordinal) >= 0)
        {
            return ParseInline(directive.Value, directive.ValueOffset);
        }

        if (!DateLiteralParser.TryParse(directive.Value, CultureNames.Get(cultureName), out var date, out var error))
        {
            _context.Report(DiagnosticDescriptors.InvalidDate, directive.ValueOffset, directive.Value.Length, directive.Value, error);
            return EquatableArray<InlineNode>.Empty;
        }

        return ImmutableArray.Create<InlineNode>(new DateLiteralInline(date.Year, date.Month, date.Day)).ToEquatableArray();
    }

    private EquatableArray<SignatorySpec> ReadSignatories()
    {
        var result = ImmutableArray.CreateBuilder<SignatorySpec>();
        foreach (var directive in All(DirectiveNames.Signatory))
        {
            var fields = SplitFields(directive.Value, directive.ValueOffset);
            if (fields.Count > 3)
            {
                _context.Report(DiagnosticDescriptors.TooManySignatoryFields, directive.ValueOffset, directive.Value.Length, fields.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                continue;
            }

            if (fields[0].Text.Length == 0)
            {
                _context.Report(DiagnosticDescriptors.EmptyDirective, directive.Offset, directive.Length, DirectiveNames.Signatory, "a name before the first '|', such as '@signatory Melinda Reed | Acting Convenor'");
                continue;
            }

            EquatableArray<InlineNode>? Field(int i) =>
                fields.Count > i && fields[i].Text.Length > 0 ? ParseInline(fields[i].Text, fields[i].Offset) : null;

            result.Add(new SignatorySpec(ParseInline(fields[0].Text, fields[0].Offset), Field(1), Field(2)));
        }

        return result.ToEquatableArray();
    }

    /// <summary>Splits at '|' outside placeholders, where '|' starts a filter.</summary>
    private static List<(string Text, int Offset)> SplitFields(string value, int offset)
    {
        var fields = new List<(string, int)>();
        var start = 0;
        var inTag = false;
        for (var i = 0; i <= value.Length; i++)
        {
            if (!inTag && string.CompareOrdinal(value, i, "{{{{", 0, 4) == 0)
            {
                // An escaped '{{' is literal text, as the lexer reads it.
                i += 3;
                continue;
            }

            if (i < value.Length - 1 && value[i] == '{' && value[i + 1] == '{')
            {
                inTag = true;
            }
            else if (i < value.Length - 1 && value[i] == '}' && value[i + 1] == '}')
            {
                inTag = false;
            }

            if (i == value.Length || (value[i] == '|' && !inTag))
            {
                var raw = value.Substring(start, i - start);
                var trimmed = raw.Trim();
                fields.Add((trimmed, offset + start + (raw.Length - raw.TrimStart().Length)));
                start = i + 1;
            }
        }

        return fields;
    }

    private ExpressionSpec? ReadSignatoriesSource(Dictionary<string, Directive> first, bool hasSignatoryLines)
    {
        if (!first.TryGetValue(DirectiveNames.Signatories, out var directive))
        {
            return null;
        }

        // Parsed first so its names are checked, and its parameter is not also reported as unused, whatever follows.
        var nodes = ParseInline(directive.Value, directive.ValueOffset);
        if (hasSignatoryLines)
        {
            _context.Report(DiagnosticDescriptors.SignatoriesConflict, directive.Offset, directive.Length, "Use either '@signatory' lines or '@signatories', not both.");
            return null;
        }

        if (nodes.Count != 1 || nodes[0] is not ValueInline { Format: null, Filters.IsEmpty: true } value || value.Expression.RootIsLoopVariable || !value.Expression.Members.IsEmpty)
        {
            var length = directive.Value.Length > 0 ? directive.ValueOffset + directive.Value.Length - directive.Offset : directive.Length;
            _context.Report(DiagnosticDescriptors.SignatoriesConflict, directive.Offset, length,
                "'@signatories' takes one placeholder naming a list parameter, such as '@signatories {{ Signers }}' with '@param Signers: IReadOnlyList<Signatory>'.");
            return null;
        }

        return value.Expression;
    }

    private void ReportMissingParts(Dictionary<string, Directive> first, bool hasSignatory)
    {
        var source = _context.Source;
        var end = source.Text.TrimEnd().Length;
        var lastLine = source.GetLine(source.Location(end, 0).LineSpan.Start.Line);
        first.TryGetValue(DirectiveNames.Salutation, out var salutation);
        first.TryGetValue(DirectiveNames.Closing, out var closing);

        if (salutation is null)
        {
            // Point at the first body text: the salutation belongs just above it.
            var firstText = _textLines.Select(t => t.Line).FirstOrDefault(l => !l.IsBlank);
            var location = firstText.Text is null ? source.Location(0, 0) : source.Location(firstText);
            _context.Report(DiagnosticDescriptors.MissingSalutation, location);
        }

        if (!first.ContainsKey(DirectiveNames.Date))
        {
            _context.Report(DiagnosticDescriptors.MissingDate, salutation is null ? source.Location(0, 0) : source.Location(salutation.Offset, salutation.Length));
        }

        if (closing is null)
        {
            var signatory = _directives.FirstOrDefault(d => d.Name is DirectiveNames.Signatory or DirectiveNames.Signatories);
            _context.Report(DiagnosticDescriptors.MissingClosing, signatory is null ? source.Location(lastLine) : source.Location(signatory.Offset, signatory.Length));
        }

        if (!hasSignatory && !first.ContainsKey(DirectiveNames.Signatories))
        {
            _context.Report(DiagnosticDescriptors.MissingSignatory, closing is null ? source.Location(lastLine) : source.Location(closing.Offset, closing.Length));
        }
    }

    private void ReportUnusedParameters(List<ParameterSpec> parameters)
    {
        foreach (var parameter in parameters)
        {
            if (!_context.UsedParameters.Contains(parameter.Name))
            {
                _context.Report(DiagnosticDescriptors.UnusedParameter, parameter.NameLocation, parameter.Name);
            }
        }
    }
}
