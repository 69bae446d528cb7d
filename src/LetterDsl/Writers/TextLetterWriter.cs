using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using LetterDsl.Planning;

namespace LetterDsl.Writers;

/// <summary>
/// Writes a letter as plain text, in the layout described on <see cref="LineLetterWriter"/>, without emphasis
/// markers or escapes: a soft break is a space, a hard break a line feed, bullets are <c>- </c> and numbered items
/// <c>n. </c>. With <see cref="TextOptions.Width"/> set, block content is wrapped at that width, and signatories stand
/// side by side when their columns fit in it.
/// </summary>
/// <remarks>Template text and values are written verbatim, except that control characters in values (C0 except tab,
/// DEL, C1, U+2028 and U+2029) become spaces.</remarks>
internal sealed class TextLetterWriter : LineLetterWriter, IPooledLetterWriter<TextLetterWriter>
{
    /// <summary>Creates a writer that streams text laid out by <paramref name="options"/> to <paramref name="writer"/>.</summary>
    /// <param name="writer">The target; it is written to as the letter renders and is not flushed or closed.</param>
    /// <param name="options">The text options, such as the wrapping width.</param>
    public TextLetterWriter(TextWriter writer, TextOptions options)
        : base(new OutputBuffer(writer))
    {
        Configure(options);
    }

    private TextLetterWriter(OutputBuffer output)
        : base(output)
    {
    }

    private protected override string HardBreak => "\n";

    private protected override bool SoftBreakStartsLine => false;

    OutputBuffer IPooledLetterWriter<TextLetterWriter>.Output => Output;

    PlanFormat? IPooledLetterWriter<TextLetterWriter>.PlanFormat => PlanFormatOrNull;

    object? IPooledLetterWriter<TextLetterWriter>.PlanOptions => null;

    private protected override PlanFormat? PlanFormatOrNull => WrapWidth is null ? PlanFormat.Text : null;

    static TextLetterWriter IPooledLetterWriter<TextLetterWriter>.Create() => new(new OutputBuffer());

    static TextLetterWriter IPooledLetterWriter<TextLetterWriter>.Create(TextWriter target, object? options) =>
        new(target, options as TextOptions ?? TextOptions.Default);

    void IPooledLetterWriter<TextLetterWriter>.Configure(object? options) => Configure(options as TextOptions ?? TextOptions.Default);

    private protected override string EmphasisMarker(Emphasis emphasis) => string.Empty;

    private protected override void WriteValueCore(ReadOnlySpan<char> value) =>
        ValueText.WriteReplacingControls(value, this, static (writer, run) => writer.WriteInline(run));

    /// <inheritdoc/>
    /// <remarks>With a width set, signatories stand side by side, as many to a row as fit, their columns
    /// <see cref="ColumnGap"/> spaces apart; a signatory too wide to share a row is stacked as usual.</remarks>
    public override void WriteSignatories(IReadOnlyList<Signatory> signatories)
    {
        ArgumentNullException.ThrowIfNull(signatories);
        if (WrapWidth is not int width || signatories.Count < 2)
        {
            base.WriteSignatories(signatories);
            return;
        }

        List<string[]> columns = new(signatories.Count);
        foreach (Signatory signatory in signatories)
        {
            columns.Add(Lines(signatory));
        }

        int start = 0;
        while (start < columns.Count)
        {
            int end = start + 1;
            int used = Width(columns[start]);
            while (end < columns.Count && used + ColumnGap + Width(columns[end]) <= width)
            {
                used += ColumnGap + Width(columns[end]);
                end++;
            }

            if (end - start == 1 || used > width)
            {
                base.WriteSignatories([signatories[start]]);
            }
            else
            {
                WriteRow(columns, start, end);
            }

            start = end;
        }
    }

    /// <summary>The spaces between two signatory columns.</summary>
    private const int ColumnGap = 4;

    private static string[] Lines(Signatory signatory)
    {
        var lines = new List<string>(signatory.Lines.Count + 1);
        if (signatory.Name.Length > 0)
        {
            lines.Add(ValueText.ReplaceControls(signatory.Name));
        }

        foreach (string line in signatory.Lines)
        {
            lines.Add(ValueText.ReplaceControls(line));
        }

        return lines.ToArray();
    }

    private static int Width(string[] lines)
    {
        int width = 0;
        foreach (string line in lines)
        {
            width = Math.Max(width, line.Length);
        }

        return width;
    }

    private void WriteRow(List<string[]> columns, int start, int end)
    {
        BeginSignatureBlock();
        int height = 0;
        for (int i = start; i < end; i++)
        {
            height = Math.Max(height, columns[i].Length);
        }

        var line = new StringBuilder();
        for (int row = 0; row < height; row++)
        {
            line.Clear();
            for (int i = start; i < end; i++)
            {
                string[] column = columns[i];
                if (i > start)
                {
                    line.Append(' ', Width(columns[i - 1]) - (row < columns[i - 1].Length ? columns[i - 1][row].Length : 0) + ColumnGap);
                }

                line.Append(row < column.Length ? column[row] : string.Empty);
            }

            Output.Write(row == 0 ? string.Empty : HardBreak);
            Output.Write(line.ToString().TrimEnd());
        }
    }

    private void Configure(TextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        SetWrapWidth(options.Width);
    }
}
