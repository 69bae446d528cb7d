using System;
using LetterDsl.Writers;

namespace LetterDsl.Planning;

/// <summary>
/// How one output format writes a value into a planned render: the writer's own escaping, for a value that leaves the
/// writer's state as the plan assumed. A value that does not is left to the full render.
/// </summary>
internal abstract class PlanFormat
{
    public static PlanFormat Markdown { get; } = new MarkdownFormat();

    public static PlanFormat Text { get; } = new TextFormat();

    public static PlanFormat Html { get; } = new HtmlFormat();

    /// <summary>
    /// Whether a plan can write <paramref name="value"/> in <paramref name="context"/>, and how long it is once written.
    /// <paramref name="verbatim"/> says that it is written exactly as it is, so the render copies it without
    /// <see cref="Write"/>: the one scan of the value here serves both passes.
    /// </summary>
    public abstract bool TryMeasure(byte context, ReadOnlySpan<char> value, out int length, out bool verbatim);

    /// <summary>Writes <paramref name="value"/> into <paramref name="destination"/>, which has room for the length
    /// <see cref="TryMeasure"/> gave, and returns that length.</summary>
    public abstract int Write(byte context, ReadOnlySpan<char> value, Span<char> destination);

    private sealed class MarkdownFormat : PlanFormat
    {
        public override bool TryMeasure(byte context, ReadOnlySpan<char> value, out int length, out bool verbatim)
        {
            var state = (LineState)context;
            verbatim = false;
            length = 0;
            if (!MarkdownValues.IsPlannable(state, value))
            {
                return false;
            }

            verbatim = MarkdownValues.IsVerbatim(state, value);
            length = verbatim ? value.Length : MarkdownValues.Escape(state, value, default, out _);
            return length > 0;
        }

        public override int Write(byte context, ReadOnlySpan<char> value, Span<char> destination) =>
            MarkdownValues.Escape((LineState)context, value, destination, out _);
    }

    private sealed class TextFormat : PlanFormat
    {
        // Text writes a value as it is, but trailing spaces wait for what follows, so a plan takes only values that
        // end in a character that shows.
        public override bool TryMeasure(byte context, ReadOnlySpan<char> value, out int length, out bool verbatim)
        {
            length = value.Length;
            verbatim = false;
            if (value.IsEmpty || value[^1] == ' ' || ValueText.IsReplacedBySpace(value[^1]))
            {
                return false;
            }

            verbatim = !ValueText.HasReplaced(value);
            return true;
        }

        public override int Write(byte context, ReadOnlySpan<char> value, Span<char> destination)
        {
            ValueText.CopyReplacingControls(value, destination);
            return value.Length;
        }
    }

    private sealed class HtmlFormat : PlanFormat
    {
        public override bool TryMeasure(byte context, ReadOnlySpan<char> value, out int length, out bool verbatim)
        {
            verbatim = HtmlText.IsVerbatim(value);
            length = verbatim ? value.Length : HtmlText.Encode(value, Span<char>.Empty);
            return true;
        }

        public override int Write(byte context, ReadOnlySpan<char> value, Span<char> destination) => HtmlText.Encode(value, destination);
    }
}
