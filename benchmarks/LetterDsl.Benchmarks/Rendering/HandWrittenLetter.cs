using System;
using System.Text;
using static LetterDsl.Benchmarks.Rendering.Asp2020Text;
using static LetterDsl.Benchmarks.Rendering.SpanText;

namespace LetterDsl.Benchmarks.Rendering;

/// <summary>
/// The 2020 seed letter in Markdown, written by hand from <see cref="Asp2020Values"/> and the letter's constant
/// text, in the two ways a .NET team would write it without a template engine.
/// </summary>
public static class HandWrittenLetter
{
    // The longest date, date range or ordinal the culture formats fits easily.
    private const int ValueBuffer = 64;

    /// <summary>
    /// The practical limit: every value is formatted once into a stack buffer, the exact length is added up, and
    /// <see cref="string.Create{TState}(int, TState, System.Buffers.SpanAction{char, TState})"/> copies the pieces
    /// into the one allocation, the result.
    /// </summary>
    public static string WithStringCreate(Asp2020Values values)
    {
        LetterCulture culture = values.Culture;
        var formatted = new FormattedValues
        {
            Values = values,
            Date = stackalloc char[ValueBuffer],
            Session = stackalloc char[ValueBuffer],
            HagueDates = stackalloc char[ValueBuffer],
            NewYorkDates = stackalloc char[ValueBuffer],
        };
        formatted.Date = Formatted(culture.TryFormatDate(values.Date, formatted.Date, out int written), formatted.Date, written);
        formatted.Session = Formatted(culture.TryFormatOrdinal(values.Session, formatted.Session, out written), formatted.Session, written);
        formatted.HagueDates = Formatted(culture.TryFormatDateRange(values.HagueDates, formatted.HagueDates, out written), formatted.HagueDates, written);
        formatted.NewYorkDates = values.NewYorkDates is { } newYork
            ? Formatted(culture.TryFormatDateRange(newYork, formatted.NewYorkDates, out written), formatted.NewYorkDates, written)
            : default;

        Signatory signatory = values.Signatory;
        int length = MarkdownEscaping.EscapedLength(values.Place) + PlaceSeparator.Length + formatted.Date.Length
            + BeforeSession.Length + formatted.Session.Length + BeforeHagueDates.Length + formatted.HagueDates.Length
            + AfterHagueDates.Length
            + (values.NewYorkDates is null ? 0 : BeforeNewYorkDates.Length + formatted.NewYorkDates.Length + AfterNewYorkDates.Length)
            + BeforeSecondSession.Length + formatted.Session.Length + BeforeSignatory.Length
            + SignatoryLength(signatory) + End.Length;

        return string.Create(length, formatted, static (span, formatted) =>
        {
            Asp2020Values values = formatted.Values;
            int at = MarkdownEscaping.Escape(values.Place, span);
            Append(span, ref at, PlaceSeparator);
            Append(span, ref at, formatted.Date);
            Append(span, ref at, BeforeSession);
            Append(span, ref at, formatted.Session);
            Append(span, ref at, BeforeHagueDates);
            Append(span, ref at, formatted.HagueDates);
            Append(span, ref at, AfterHagueDates);
            if (values.NewYorkDates is not null)
            {
                Append(span, ref at, BeforeNewYorkDates);
                Append(span, ref at, formatted.NewYorkDates);
                Append(span, ref at, AfterNewYorkDates);
            }

            Append(span, ref at, BeforeSecondSession);
            Append(span, ref at, formatted.Session);
            Append(span, ref at, BeforeSignatory);
            bool first = true;
            foreach (string? line in (ReadOnlySpan<string?>)[values.Signatory.Name, values.Signatory.Title, values.Signatory.Organization])
            {
                if (string.IsNullOrEmpty(line))
                {
                    continue;
                }

                if (!first)
                {
                    Append(span, ref at, HardBreak);
                }

                first = false;
                at += MarkdownEscaping.Escape(line, span[at..]);
            }

            Append(span, ref at, End);
        });
    }

    /// <summary>The common way: a <see cref="StringBuilder"/>, with values formatted to strings by the culture.</summary>
    public static string WithStringBuilder(Asp2020Values values)
    {
        LetterCulture culture = values.Culture;
        string session = culture.FormatOrdinal(values.Session);
        var builder = new StringBuilder()
            .Append(MarkdownEscaping.Escape(values.Place))
            .Append(PlaceSeparator)
            .Append(culture.FormatDate(values.Date))
            .Append(BeforeSession)
            .Append(session)
            .Append(BeforeHagueDates)
            .Append(culture.FormatDateRange(values.HagueDates))
            .Append(AfterHagueDates);
        if (values.NewYorkDates is { } newYork)
        {
            builder.Append(BeforeNewYorkDates).Append(culture.FormatDateRange(newYork)).Append(AfterNewYorkDates);
        }

        builder.Append(BeforeSecondSession).Append(session).Append(BeforeSignatory);
        bool first = true;
        foreach (string? line in (ReadOnlySpan<string?>)[values.Signatory.Name, values.Signatory.Title, values.Signatory.Organization])
        {
            if (!string.IsNullOrEmpty(line))
            {
                builder.Append(first ? string.Empty : HardBreak).Append(MarkdownEscaping.Escape(line));
                first = false;
            }
        }

        return builder.Append(End).ToString();
    }

    private static int SignatoryLength(Signatory signatory)
    {
        int length = 0;
        int lines = 0;
        foreach (string? line in (ReadOnlySpan<string?>)[signatory.Name, signatory.Title, signatory.Organization])
        {
            if (!string.IsNullOrEmpty(line))
            {
                length += MarkdownEscaping.EscapedLength(line);
                lines++;
            }
        }

        return length + (Math.Max(lines, 1) - 1) * HardBreak.Length;
    }

    /// <summary>The values formatted on the stack, handed to the <see cref="string.Create{TState}(int, TState, System.Buffers.SpanAction{char, TState})"/> callback.</summary>
    private ref struct FormattedValues
    {
        public Asp2020Values Values;
        public Span<char> Date;
        public Span<char> Session;
        public Span<char> HagueDates;
        public Span<char> NewYorkDates;
    }
}
