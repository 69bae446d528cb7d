using LetterDsl.Generator.Model;
using LetterDsl.Generator.Parsing;

namespace LetterDsl.Generator.Emitting;

/// <summary>
/// The C# for one placeholder: a typed <c>LetterValues.Write</c> call, so overload resolution picks the formatting
/// at compile time, with filters composed around the value. The expression is written under <c>#line</c>.
/// </summary>
internal static class ValueEmitter
{
    public static void Emit(ComposeContext context, ValueInline value)
    {
        var composer = ComposeContext.Composer;
        var culture = LetterEmitter.Culture;
        var expression = ExpressionCode(value.Expression);
        var format = value.Format is null ? "" : ", " + CSharpLiteral.String(value.Format);
        if (value.Filters.IsEmpty)
        {
            context.Map(value.Expression.Location, LetterEmitter.Composition + "LetterValues.Write(" + composer + ", " + culture + ", " + This(value.Expression), expression, format + ");");
            return;
        }

        if (value.Filters.Count == 1 && value.Filters[0].Name == "ordinal")
        {
            context.Map(value.Expression.Location, LetterEmitter.Composition + "LetterValues.WriteOrdinal(" + composer + ", " + culture + ", " + This(value.Expression), expression, ");");
            return;
        }

        // Filters compose inside out: the first one applies to the value, the next to its result.
        var prefix = "";
        var suffix = "";
        for (var i = 0; i < value.Filters.Count; i++)
        {
            var filter = value.Filters[i];
            var method = LetterEmitter.Composition + "LetterFilters." + char.ToUpperInvariant(filter.Name[0]) + filter.Name.Substring(1);
            prefix = method + "(" + culture + ", " + prefix;
            suffix += ")";
        }

        var inner = value.Filters[0].Name == "ordinal"
            ? prefix
            : prefix + LetterEmitter.Composition + "LetterValues.Format(" + culture + ", ";
        var close = value.Filters[0].Name == "ordinal" ? suffix : format + ")" + suffix;
        context.Map(value.Expression.Location, composer + ".WriteValue(" + inner + This(value.Expression), expression, close + ");");
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
}
