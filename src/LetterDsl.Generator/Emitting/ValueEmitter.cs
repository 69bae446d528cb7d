using LetterDsl.Generator.Model;
using LetterDsl.Generator.Parsing;

namespace LetterDsl.Generator.Emitting;

/// <summary>
/// The C# for one placeholder: a typed <c>LetterValues.Write</c> call, so overload resolution picks the formatting
/// at compile time, with filters composed around the value. The expression is written under <c>#line</c>.
/// </summary>
/// <remarks>
/// A placeholder with a format is written in two statements: the value, read under the expression's <c>#line</c>,
/// then the call that formats it, under the format's. The format-taking overloads accept only values that can be
/// formatted, so when a value's type does not take the format, the compiler's error points at the format in the letter.
/// </remarks>
internal static class ValueEmitter
{
    private const string Value = "__value";

    public static void Emit(ComposeContext context, ValueInline value)
    {
        var (head, rest) = Call(value);
        var expression = ExpressionCode(value.Expression);
        if (value.Format is not { } format || value.FormatLocation is not { } formatLocation)
        {
            context.Map(value.Expression.Location, head + This(value.Expression), expression, rest);
            return;
        }

        context.Output.OpenBlock();
        context.Map(value.Expression.Location, "var " + Value + " = " + This(value.Expression), expression, ";");
        context.Map(formatLocation, head + Value + ", ", CSharpLiteral.String(format), rest);
        context.Output.CloseBlock();
    }

    /// <summary>The expression as written in the letter (the part #line maps); parameters get "this." in front via <see cref="This"/>.</summary>
    public static string ExpressionCode(ExpressionSpec expression)
    {
        var code = Identifiers.Escape(expression.Root);
        foreach (var member in expression.Members)
        {
            code += "." + Identifiers.Escape(member);
        }

        return code;
    }

    public static string This(ExpressionSpec expression) => expression.RootIsLoopVariable ? "" : "this.";

    /// <summary>
    /// The statement that writes the placeholder, cut where the value goes: the value follows <c>Head</c>, and the
    /// format, when there is one, comes right after the value as the next argument, before <c>Tail</c>.
    /// </summary>
    private static (string Head, string Tail) Call(ValueInline value)
    {
        var composer = ComposeContext.Composer;
        var culture = LetterEmitter.Culture;
        var values = LetterEmitter.Composition + "LetterValues.";
        var filters = value.Filters;
        if (filters.IsEmpty)
        {
            return (values + "Write(" + composer + ", " + culture + ", ", ");");
        }

        if (filters.Count == 1 && filters[0].Name == "ordinal")
        {
            return (values + "WriteOrdinal(" + composer + ", " + culture + ", ", ");");
        }

        // Filters compose inside out: the first one applies to the value, the next to its result. 'ordinal' and 'list'
        // take the value itself; the others take its text.
        var head = "";
        var rest = "";
        for (var i = filters.Count - 1; i >= 0; i--)
        {
            head += Filter(filters[i].Name) + "(" + culture + ", ";
            rest += ")";
        }

        if (filters[0].Name is not ("ordinal" or "list"))
        {
            head += values + "Format(" + culture + ", ";
            rest = ")" + rest;
        }

        return (composer + ".WriteValue(" + head, rest + ");");
    }

    private static string Filter(string name) => LetterEmitter.Composition + "LetterFilters." + char.ToUpperInvariant(name[0]) + name.Substring(1);
}
