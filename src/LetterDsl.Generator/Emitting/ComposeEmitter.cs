using System;
using System.Collections.Generic;
using System.Globalization;
using LetterDsl.Generator.Model;
using LetterDsl.Generator.Parsing;

namespace LetterDsl.Generator.Emitting;

/// <summary>
/// Writes the letter's <c>Compose</c> method: each directive's lines and the body's blocks recorded on the
/// <c>LetterComposer</c> in file order, literal text as constants and placeholders as typed value calls. Where each
/// part prints is the runtime layout's business, so nothing here knows the layout.
/// </summary>
internal static class ComposeEmitter
{
    private const string Composer = ComposeContext.Composer;
    private const string Section = LetterEmitter.Composition + "LetterSection.";

    public static void EmitCompose(ComposeContext context, LetterSpec spec)
    {
        var output = context.Output;
        output.WriteLine("/// <inheritdoc />");
        output.WriteLine("void " + LetterEmitter.Runtime + "ILetter.Compose(" + LetterEmitter.Composition + "LetterComposer " + Composer + ")");
        output.OpenBlock();
        output.WriteLine(Composer + ".BeginLetter(" + LetterEmitter.Definition + ");");
        Lines(context, "Sender", spec.Senders);
        Line(context, "Place", spec.Place);
        Line(context, "Date", spec.Date);
        Lines(context, "Recipient", spec.Recipients);
        foreach (var reference in spec.References)
        {
            output.WriteLiteralLine(Composer + ".BeginReference(", reference.Label, ");");
            EmitInlines(context, reference.Value);
            output.WriteLine(Composer + ".EndLine();");
        }

        Line(context, "Subject", spec.Subject);
        Line(context, "Salutation", spec.Salutation);
        EmitBody(context, spec.Body);
        Line(context, "Closing", spec.Closing);
        output.WriteLine(Composer + ".WriteSignatories(this.Signatories);");
        Lines(context, "Enclosure", spec.Enclosures);
        Lines(context, "CarbonCopy", spec.CarbonCopies);
        Lines(context, "Postscript", spec.Postscripts);
        output.WriteLine(Composer + ".EndLetter();");
        output.CloseBlock();
    }

    /// <summary>Writes the helper methods collected while the class was written.</summary>
    public static void EmitHelpers(ComposeContext context)
    {
        for (var i = 0; i < context.Helpers.Count; i++)
        {
            var (name, content) = context.Helpers[i];
            context.Output.WriteLine();
            context.Output.WriteLine("private void " + name + "(" + LetterEmitter.Composition + "LetterComposer " + Composer + ")");
            context.Output.OpenBlock();
            EmitInlines(context, content);
            context.Output.CloseBlock();
        }
    }

    public static void EmitInlines(ComposeContext context, EquatableArray<InlineNode> inlines)
    {
        foreach (var inline in inlines)
        {
            EmitInline(context, inline);
        }
    }

    private static void Lines(ComposeContext context, string section, EquatableArray<InlineLine> lines)
    {
        foreach (var line in lines)
        {
            Line(context, section, line.Content);
        }
    }

    private static void Line(ComposeContext context, string section, EquatableArray<InlineNode> content)
    {
        if (content.IsEmpty)
        {
            return;
        }

        context.Output.WriteLine(Composer + ".BeginLine(" + Section + section + ");");
        EmitInlines(context, content);
        context.Output.WriteLine(Composer + ".EndLine();");
    }

    /// <summary>Writes the body, its static statements held back in runs (<see cref="StaticRun"/>).</summary>
    private static void EmitBody(ComposeContext context, EquatableArray<BlockNode> blocks)
    {
        var run = new StaticRun();
        EmitBlocks(context, blocks, run);
        run.Flush(context.Output);
    }

    private static void EmitBlocks(ComposeContext context, EquatableArray<BlockNode> blocks, StaticRun run)
    {
        var output = context.Output;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    run.Add(() => output.WriteLine(Composer + ".BeginParagraph();"));
                    EmitBodyInlines(context, paragraph.Content, run);
                    run.Add(() => output.WriteLine(Composer + ".EndBlock();"));
                    break;
                case ListItemBlock item:
                    run.Add(() => output.WriteLine(Composer + ".BeginListItem(" + LetterEmitter.Runtime + "ListKind." + (item.Numbered ? "Numbered" : "Bulleted") + ", " + item.Number.ToString(CultureInfo.InvariantCulture) + ");"));
                    EmitBodyInlines(context, item.Content, run);
                    run.Add(() => output.WriteLine(Composer + ".EndBlock();"));
                    break;
                case ListBreakBlock:
                    run.Add(() => output.WriteLine(Composer + ".EndList();"));
                    break;
                case IfBlock conditional:
                    run.Flush(output);
                    EmitIf(context, conditional.Condition, () => EmitBody(context, conditional.Then), conditional.Else.IsEmpty ? null : () => EmitBody(context, conditional.Else));
                    break;
                case ForBlock loop:
                    run.Flush(output);
                    EmitFor(context, loop.Variable, loop.Source, () => EmitBody(context, loop.Body));
                    break;
            }
        }
    }

    private static void EmitBodyInlines(ComposeContext context, EquatableArray<InlineNode> inlines, StaticRun run)
    {
        foreach (var inline in inlines)
        {
            if (IsStatic(inline))
            {
                run.Add(() => EmitInline(context, inline));
                continue;
            }

            switch (inline)
            {
                case EmphasisInline emphasis:
                    // Emphasis around a value: its markers are static, its content is not.
                    var kind = LetterEmitter.Runtime + "Emphasis." + (emphasis.Bold ? "Bold" : "Italic");
                    run.Add(() => context.Output.WriteLine(Composer + ".BeginEmphasis(" + kind + ");"));
                    EmitBodyInlines(context, emphasis.Children, run);
                    run.Add(() => context.Output.WriteLine(Composer + ".EndEmphasis(" + kind + ");"));
                    break;
                case IfInline conditional:
                    run.Flush(context.Output);
                    EmitIf(context, conditional.Condition, () => EmitBodyInlines(context, conditional.Then), conditional.Else.IsEmpty ? null : () => EmitBodyInlines(context, conditional.Else));
                    break;
                case ForInline loop:
                    run.Flush(context.Output);
                    EmitFor(context, loop.Variable, loop.Source, () => EmitBodyInlines(context, loop.Body));
                    break;
                default:
                    run.Flush(context.Output);
                    EmitInline(context, inline);
                    break;
            }
        }
    }

    /// <summary>Writes a branch's or a loop's inline content, its static nodes held back in runs of their own.</summary>
    private static void EmitBodyInlines(ComposeContext context, EquatableArray<InlineNode> inlines)
    {
        var run = new StaticRun();
        EmitBodyInlines(context, inlines, run);
        run.Flush(context.Output);
    }

    /// <summary>Whether a node writes the same thing whatever the letter's values.</summary>
    private static bool IsStatic(InlineNode inline) => inline switch
    {
        TextInline or SoftBreakInline or LineBreakInline => true,
        EmphasisInline emphasis => AllStatic(emphasis.Children),
        _ => false,
    };

    private static bool AllStatic(EquatableArray<InlineNode> inlines)
    {
        foreach (var inline in inlines)
        {
            if (!IsStatic(inline))
            {
                return false;
            }
        }

        return true;
    }

    private static void EmitInline(ComposeContext context, InlineNode inline)
    {
        var output = context.Output;
        switch (inline)
        {
            case TextInline text:
                output.WriteLiteralLine(Composer + ".WriteText(", text.Text, ");");
                break;
            case ValueInline value:
                ValueEmitter.Emit(context, value);
                break;
            case DateLiteralInline date:
                output.WriteLine(LetterEmitter.Composition + "LetterValues.Write(" + Composer + ", " + LetterEmitter.Culture + ", new global::System.DateOnly("
                    + date.Year.ToString(CultureInfo.InvariantCulture) + ", " + date.Month.ToString(CultureInfo.InvariantCulture) + ", " + date.Day.ToString(CultureInfo.InvariantCulture) + "));");
                break;
            case EmphasisInline emphasis:
                var kind = LetterEmitter.Runtime + "Emphasis." + (emphasis.Bold ? "Bold" : "Italic");
                output.WriteLine(Composer + ".BeginEmphasis(" + kind + ");");
                EmitInlines(context, emphasis.Children);
                output.WriteLine(Composer + ".EndEmphasis(" + kind + ");");
                break;
            case SoftBreakInline:
                output.WriteLine(Composer + ".WriteSoftBreak();");
                break;
            case LineBreakInline:
                output.WriteLine(Composer + ".WriteLineBreak();");
                break;
            case IfInline conditional:
                EmitIf(context, conditional.Condition, () => EmitInlines(context, conditional.Then), conditional.Else.IsEmpty ? null : () => EmitInlines(context, conditional.Else));
                break;
            case ForInline loop:
                EmitFor(context, loop.Variable, loop.Source, () => EmitInlines(context, loop.Body));
                break;
        }
    }

    private static void EmitIf(ComposeContext context, ConditionSpec condition, Action then, Action? otherwise)
    {
        var output = context.Output;
        // The composer records each outcome: it is part of the letter's shape, which render plans are kept by.
        context.Map(condition.Expression.Location, "if (" + Composer + ".If(" + (condition.Negated ? "!" : "") + LetterEmitter.Composition + "LetterConditions.IsTrue(" + ValueEmitter.This(condition.Expression), ValueEmitter.ExpressionCode(condition.Expression), ")))");
        output.OpenBlock();
        then();
        output.CloseBlock();
        if (otherwise is not null)
        {
            output.WriteLine("else");
            output.OpenBlock();
            otherwise();
            output.CloseBlock();
        }
    }

    private static void EmitFor(ComposeContext context, string variable, ExpressionSpec source, Action body)
    {
        context.Map(source.Location, "foreach (var " + Identifiers.Escape(variable) + " in " + ValueEmitter.This(source), ValueEmitter.ExpressionCode(source), ")");
        context.Output.OpenBlock();
        context.Output.WriteLine(Composer + ".Loop();");
        body();
        context.Output.CloseBlock();
        context.Output.WriteLine(Composer + ".EndLoop();");
    }
}
