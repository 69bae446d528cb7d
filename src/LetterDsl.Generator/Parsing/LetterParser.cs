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
/// rest of the project keeps compiling while a letter is half-written. The work is split by job:
/// <see cref="DirectiveScanner"/> and <see cref="LetterDirectives"/> find the directives, <see cref="LetterNaming"/>
/// and <see cref="LetterSettings"/> read the class and its settings, <see cref="PartReader"/> and
/// <see cref="SignatoryParser"/> the parts, and <see cref="LetterValidator"/> checks the whole.
/// </summary>
internal static class LetterParser
{
    public static LetterParseResult Parse(LetterInput input, CancellationToken cancellationToken)
    {
        try
        {
            var context = new ParseContext(new SourceMap(input.FilePath, input.Text));
            var spec = Run(input, context, cancellationToken);
            return new LetterParseResult(input.FilePath, spec, context.Diagnostics.ToEquatableArray(), input.Options.SeverityOverrides);
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

    private static LetterSpec? Run(LetterInput input, ParseContext context, CancellationToken cancellationToken)
    {
        ReportInvalidSeveritySettings(input, context);
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            context.Report(DiagnosticDescriptors.EmptyFile, 0, 0);
            return null;
        }

        var directives = DirectiveScanner.Scan(context.Source, cancellationToken);
        directives.Classify(context);

        var className = LetterNaming.ClassName(directives, input.FilePath, context);
        var parameters = ReadParameters(directives, className, context);
        var cultureName = LetterSettings.Culture(directives, context);
        var ns = LetterNaming.Namespace(directives, input.Options, input.FilePath, context);
        var usings = LetterNaming.Usings(directives, context);
        var layout = LetterSettings.Layout(directives, context, out var layoutKnown);
        var labels = LetterSettings.Labels(directives, context);

        var parts = new PartReader(directives, context);
        var body = parts.Body();
        var senders = parts.Lines(DirectiveNames.From, "a line of the sender's block, such as '@from Coalition for the ICC'");
        var place = parts.Inline(DirectiveNames.Place, "a place, such as '@place The Hague'");
        var date = parts.Date(cultureName);
        var recipients = parts.Lines(DirectiveNames.To, "an addressee line");
        var references = parts.References();
        var subject = parts.Inline(DirectiveNames.Subject, "a subject line");
        var salutation = parts.Inline(DirectiveNames.Salutation, "text, such as '@salutation Excellency,'");
        var closing = parts.Inline(DirectiveNames.Closing, "text, such as '@closing Sincerely,'");
        var signatories = SignatoryParser.Signatories(directives, context);
        var signatoriesSource = SignatoryParser.Source(directives, parts, context);
        var carbonCopies = parts.Lines(DirectiveNames.Cc, "a name to copy the letter to");
        var enclosures = parts.Lines(DirectiveNames.Enclosure, "the enclosed document's description");
        var postscripts = parts.Lines(DirectiveNames.Ps, "the postscript's text");

        var validator = new LetterValidator(directives, context);
        validator.ReportMissingParts();
        if (layoutKnown)
        {
            validator.ReportLayoutRules(layout);
        }
        validator.ReportUnusedParameters(parameters);

        var finalParameters = parameters
            .Select(p => signatoriesSource is not null && !signatoriesSource.RootIsLoopVariable && p.Name == signatoriesSource.Root ? p with { BindsSignatories = true } : p)
            .ToEquatableArray();

        return new LetterSpec(
            input.FilePath,
            HintNames.For(input.FilePath, input.Options.ProjectDirectory, className),
            className,
            LetterNaming.ClassNameLocation(directives, context.Source),
            ns,
            usings,
            cultureName,
            layout,
            LetterSettings.Summary(directives),
            labels,
            finalParameters,
            senders,
            place,
            date,
            recipients,
            references,
            subject,
            salutation,
            body,
            closing,
            signatories,
            signatoriesSource,
            carbonCopies,
            enclosures,
            postscripts);
    }

    /// <summary>
    /// Reports each letterdsl_diagnostic setting that is not a severity once, at the top of every letter it applies to,
    /// so a typo is seen even when the diagnostic it meant to change never occurs.
    /// </summary>
    private static void ReportInvalidSeveritySettings(LetterInput input, ParseContext context)
    {
        foreach (var entry in input.Options.SeverityOverrides)
        {
            var separator = entry.IndexOf('=');
            var id = entry.Substring(0, separator);
            var value = entry.Substring(separator + 1);
            if (!SeveritySettings.TryParse(value, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, out _))
            {
                context.Report(DiagnosticDescriptors.InvalidSeverityOverride, 0, 0, value, LetterInputReader.SeverityKeyPrefix + id + ".severity");
            }
        }
    }

    private static List<ParameterSpec> ReadParameters(LetterDirectives directives, string className, ParseContext context)
    {
        var parameters = new List<ParameterSpec>();
        foreach (var directive in directives.All(DirectiveNames.Param))
        {
            if (directive.Value.Length == 0)
            {
                context.Report(DiagnosticDescriptors.EmptyDirective, directive.Offset, directive.Length, DirectiveNames.Param, "a name and a type, such as '@param Session: int'");
                continue;
            }

            var parameter = ParameterParser.Parse(directive.Value, directive.ValueOffset, directive.Offset, directive.Length, context);
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
                context.Report(DiagnosticDescriptors.NameTakenByGeneratedCode, parameter.NameLocation, parameter.Name, "a parameter", reason, parameter.Name + "Text");
                context.BrokenNames.Add(parameter.Name);
                continue;
            }

            if (context.Parameters.TryGetValue(parameter.Name, out var existing))
            {
                context.Report(DiagnosticDescriptors.DuplicateParameter, parameter.NameLocation, parameter.Name, existing.NameLocation.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                continue;
            }

            context.Parameters.Add(parameter.Name, parameter);
            parameters.Add(parameter);
        }

        return parameters;
    }
}
