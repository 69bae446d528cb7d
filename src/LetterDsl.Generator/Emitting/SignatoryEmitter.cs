using LetterDsl.Generator.Model;

namespace LetterDsl.Generator.Emitting;

/// <summary>
/// Writes the <c>Signatories</c> property: the bound list of <c>@signatories</c>, a list built once when every
/// field is literal text, or one built per access from the letter's values when fields hold placeholders.
/// </summary>
internal static class SignatoryEmitter
{
    private const string ListType = "global::System.Collections.Generic.IReadOnlyList<" + LetterEmitter.Runtime + "Signatory>";

    public static void Emit(ComposeContext context, LetterSpec spec)
    {
        var output = context.Output;
        output.WriteLine("/// <summary>The people who sign the letter, in order.</summary>");
        if (spec.SignatoriesSource is { } source)
        {
            output.WriteLine("public " + ListType + " Signatories => " + LetterEmitter.Composition + "LetterSignatories.AsList(");
            output.Indentation++;
            context.Map(source.Location, ValueEmitter.This(source), ValueEmitter.ExpressionCode(source), ");");
            output.Indentation--;
            output.WriteLine();
            return;
        }

        if (spec.Signatories.IsEmpty)
        {
            output.WriteLine("public " + ListType + " Signatories => global::System.Array.Empty<" + LetterEmitter.Runtime + "Signatory>();");
            output.WriteLine();
            return;
        }

        var allLiteral = true;
        foreach (var signatory in spec.Signatories)
        {
            allLiteral &= IsLiteral(signatory.Name);
            foreach (var line in signatory.Lines)
            {
                allLiteral &= IsLiteral(line.Content);
            }
        }

        if (allLiteral)
        {
            output.WriteLine("public " + ListType + " Signatories => __signatories;");
            output.WriteLine();
            output.WriteLine("private static readonly " + ListType + " __signatories = global::System.Array.AsReadOnly(new " + LetterEmitter.Runtime + "Signatory[]");
        }
        else
        {
            output.WriteLine("public " + ListType + " Signatories => new " + LetterEmitter.Runtime + "Signatory[]");
        }

        output.OpenBlock();
        foreach (var signatory in spec.Signatories)
        {
            var arguments = Field(context, signatory.Name);
            foreach (var line in signatory.Lines)
            {
                arguments += ", " + (line.Content.IsEmpty ? "(string?)null" : Field(context, line.Content));
            }

            output.WriteLine("new " + LetterEmitter.Runtime + "Signatory(" + arguments + "),");
        }

        output.CloseBlock(allLiteral ? ");" : ";");
        output.WriteLine();
    }

    private static string Field(ComposeContext context, EquatableArray<InlineNode> content)
    {
        if (IsLiteral(content))
        {
            return CSharpLiteral.String(content.IsEmpty ? "" : ((TextInline)content[0]).Text);
        }

        var name = LetterEmitter.HelperName(context.Helpers.Count);
        context.Helpers.Add((name, content));
        return LetterEmitter.Composition + "LetterComposition.Inline(this, static (__letter, " + ComposeContext.Composer + ") => __letter." + name + "(" + ComposeContext.Composer + "))";
    }

    private static bool IsLiteral(EquatableArray<InlineNode> nodes) => nodes.IsEmpty || (nodes.Count == 1 && nodes[0] is TextInline);
}
