using System.Collections.Generic;
using LetterDsl.Generator.Diagnostics;
using LetterDsl.Generator.Model;

namespace LetterDsl.Generator.Parsing;

/// <summary>
/// Checks placeholders and loops against the types the letter declares (<see cref="WrittenType"/>): a format must fit
/// its value, a list is written with <c>for</c> or <c>| list</c> and never as one value, a loop runs over a list, and
/// a filter gets a value it takes. Where the type is not known here, the emitted code makes the C# compiler check the
/// same at the placeholder (see <c>LetterValues</c>).
/// </summary>
internal static class ValueChecks
{
    /// <summary>The type of a member path: the parameter's or loop variable's, then each member's where it is known.</summary>
    public static WrittenType TypeOf(ExpressionSpec expression, ParseContext context)
    {
        var type = expression.RootIsLoopVariable
            ? context.LoopVariableType(expression.Root)
            : context.ParameterType(expression.Root);
        foreach (var member in expression.Members)
        {
            type = type.Member(member);
        }

        return type;
    }

    /// <summary>Checks a placeholder's value, filters and format; false when a mistake was reported and the placeholder is dropped.</summary>
    public static bool CheckValue(ExpressionSpec expression, string? format, LocationInfo? formatLocation, IReadOnlyList<FilterSpec> filters, ParseContext context)
    {
        var type = TypeOf(expression, context);
        var first = filters.Count > 0 ? filters[0].Name : null;
        var subject = "'" + expression.Text + "'";
        if (type.Kind == WrittenKind.List && first != "list" && !context.AcceptsListValue)
        {
            context.Report(DiagnosticDescriptors.ListInPlaceholder, expression.Location, expression.Text, type.Describe());
            return false;
        }

        if (first == "list")
        {
            if (type.IsKnown && type.Kind != WrittenKind.List)
            {
                context.Report(DiagnosticDescriptors.FilterDoesNotFit, filters[0].Location, "list", "a list", subject, type.Describe(), "remove '| list'");
                return false;
            }

            type = type.Element ?? WrittenType.Unknown;
            subject = "each item of " + subject;
        }
        else if (first == "ordinal" && type.IsKnown && type.Kind != WrittenKind.Integer)
        {
            context.Report(DiagnosticDescriptors.FilterDoesNotFit, filters[0].Location, "ordinal", "a whole number", subject, type.Describe(), "remove '| ordinal', or pass a whole number");
            return false;
        }

        return format is null || formatLocation is not { } location || CheckFormat(type, format, location, subject, context);
    }

    /// <summary>Checks that a loop's source is a list where its type is known; false when a mistake was reported.</summary>
    public static bool CheckLoopSource(string variable, ExpressionSpec source, ParseContext context)
    {
        var type = TypeOf(source, context);
        if (!type.IsKnown || type.Kind == WrittenKind.List)
        {
            return true;
        }

        context.Report(DiagnosticDescriptors.LoopOverValue, source.Location, source.Text, type.Describe(), variable, type.Name);
        return false;
    }

    private static bool CheckFormat(WrittenType type, string format, LocationInfo location, string subject, ParseContext context)
    {
        if (FormatRules.TakesNoFormat(type))
        {
            context.Report(DiagnosticDescriptors.FormatOnPlainValue, location, Capitalize(subject), type.Describe(), format);
            return false;
        }

        if (FormatRules.Check(type, format) is not { } problem)
        {
            return true;
        }

        var last = problem.Descriptor == DiagnosticDescriptors.NumberFormatOnDate ? type.Describe() : problem.Reason;
        context.Report(problem.Descriptor, location, format, subject, last);
        return false;
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
