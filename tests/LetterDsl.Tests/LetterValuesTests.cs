using System;
using System.Globalization;
using LetterDsl;
using LetterDsl.Composition;

namespace LetterDsl.Tests;

public class LetterValuesTests
{
    private static readonly LetterCulture Gb = LetterCulture.Get("en-GB");
    private static readonly DateOnly Date = new(2020, 12, 7);
    private static readonly DateRange Range = new(new DateOnly(2020, 12, 14), new DateOnly(2020, 12, 16));

    // Each call below is resolved by the compiler from the argument's static type, as in generated code. The
    // text tells the overloads apart where they differ: a date through the ISpanFormattable overload would be
    // "07/12/2020", and a range would lose the culture's own separators. Numbers reaching the object overload
    // would be boxed, which Typed_values_write_without_allocating rules out.
    [Fact]
    public void Overload_resolution_picks_the_specific_overload()
    {
        LetterCulture dashes = Gb.WithRangeSeparators("–", " – ");
        int number = 1234;
        int? maybeNumber = 5;
        int? noNumber = null;
        DateOnly? maybeDate = Date;
        DateOnly? noDate = null;
        DateRange? maybeRange = Range;
        DateRange? noRange = null;
        string text = "The Hague";
        string? noText = null;
        Signatory signatory = new("Melinda Reed", "Acting Convenor");
        var custom = new Recipient("Her Excellency");

        Assert.Equal("1,234", Render(w => LetterValues.Write(w, Gb, number, "N0")));
        Assert.Equal("5", Render(w => LetterValues.Write(w, Gb, maybeNumber)));
        Assert.Equal("", Render(w => LetterValues.Write(w, Gb, noNumber)));
        Assert.Equal("7 December 2020", Render(w => LetterValues.Write(w, Gb, Date)));
        Assert.Equal("7 December 2020", Render(w => LetterValues.Write(w, Gb, maybeDate)));
        Assert.Equal("", Render(w => LetterValues.Write(w, Gb, noDate)));
        Assert.Equal("14–16 December 2020", Render(w => LetterValues.Write(w, dashes, Range)));
        Assert.Equal("14–16 December 2020", Render(w => LetterValues.Write(w, dashes, maybeRange)));
        Assert.Equal("", Render(w => LetterValues.Write(w, dashes, noRange)));
        Assert.Equal("The Hague", Render(w => LetterValues.Write(w, Gb, text, "ignored")));
        Assert.Equal("", Render(w => LetterValues.Write(w, Gb, noText)));
        Assert.Equal("Melinda Reed", Render(w => LetterValues.Write(w, Gb, signatory)));
        Assert.Equal("Her Excellency", Render(w => LetterValues.Write(w, Gb, custom)));
    }

    [Fact]
    public void Null_values_write_one_empty_value_each()
    {
        var writer = new RecordingComposer();
        LetterValues.Write(writer.Composer, Gb, (string?)null);
        LetterValues.Write(writer.Composer, Gb, (DateOnly?)null);
        LetterValues.Write(writer.Composer, Gb, (DateTime?)null);
        LetterValues.Write(writer.Composer, Gb, (DateRange?)null);
        LetterValues.Write(writer.Composer, Gb, (Signatory?)null);
        LetterValues.Write(writer.Composer, Gb, (decimal?)null);
        LetterValues.Write(writer.Composer, Gb, (object?)null);

        // Each is recorded, empty, so that a line whose only values are null knows to vanish.
        Assert.Equal(7, writer.ValueCount);
        Assert.Equal(string.Empty, writer.Text);
    }

    [Fact]
    public void Typed_values_write_without_allocating()
    {
        var writer = new RecordingComposer();
        DateOnly? maybeDate = Date;
        DateRange? maybeRange = Range;
        int? maybeNumber = 42;
        const int Passes = 100;

        // Warming up past the JIT's tiering thresholds keeps its one-off work out of the measurement; what is
        // left must be less than one allocation (24 bytes at the least) per pass, so no value allocates.
        for (int i = 0; i < 2 * Passes; i++)
        {
            WriteAll();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Passes; i++)
        {
            WriteAll();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < Passes * 24, $"{allocated} bytes allocated in {Passes} passes");

        void WriteAll()
        {
            writer.Clear();
            LetterValues.Write(writer.Composer, Gb, 1234);
            LetterValues.Write(writer.Composer, Gb, 12.5m, "N2");
            LetterValues.Write(writer.Composer, Gb, maybeNumber);
            LetterValues.Write(writer.Composer, Gb, Date);
            LetterValues.Write(writer.Composer, Gb, maybeDate);
            LetterValues.Write(writer.Composer, Gb, Date, "d MMMM yyyy");
            LetterValues.Write(writer.Composer, Gb, new DateTime(2020, 12, 7, 10, 0, 0));
            LetterValues.Write(writer.Composer, Gb, new DateTimeOffset(2020, 12, 7, 10, 0, 0, TimeSpan.FromHours(1)));
            LetterValues.Write(writer.Composer, Gb, Range);
            LetterValues.Write(writer.Composer, Gb, maybeRange);
            LetterValues.Write(writer.Composer, Gb, Range, "\" to \"");
            LetterValues.Write(writer.Composer, Gb, "text");
            LetterValues.WriteOrdinal(writer.Composer, Gb, 19);
        }
    }

    [Fact]
    public void Values_longer_than_the_stack_buffer_are_written_whole()
    {
        string format = new string('y', 4) + new string('-', 300);
        string expected = "2020" + new string('-', 300);

        Assert.Equal(expected, Render(w => LetterValues.Write(w, Gb, Date, format)));
        Assert.Equal(expected, LetterValues.Format(Gb, Date, format));
        Assert.Equal(expected, Gb.FormatDate(Date, format));
    }

    [Theory]
    [InlineData(null, "7 December 2020")]
    [InlineData("", "7 December 2020")]
    [InlineData("dd/MM/yyyy HH:mm", "07/12/2020 10:30")]
    public void Date_times_are_dated_unless_a_format_shows_the_time(string? format, string expected)
    {
        var dateTime = new DateTime(2020, 12, 7, 10, 30, 0);
        Assert.Equal(expected, Render(w => LetterValues.Write(w, Gb, dateTime, format)));
        Assert.Equal(expected, Render(w => LetterValues.Write(w, Gb, (DateTime?)dateTime, format)));
        Assert.Equal(expected, Render(w => LetterValues.Write(w, Gb, new DateTimeOffset(dateTime, TimeSpan.FromHours(-5)), format)));
        Assert.Equal(expected, LetterValues.Format(Gb, dateTime, format));
    }

    [Fact]
    public void Numbers_use_the_letter_culture()
    {
        Assert.Equal("1.234,5", Render(w => LetterValues.Write(w, LetterCulture.Get("de-DE"), 1234.5m, "N1")));
        Assert.Equal("1,234.5", Render(w => LetterValues.Write(w, LetterCulture.Get("en-US"), 1234.5m, "N1")));
        Assert.Equal("1234.5", LetterValues.Format(LetterCulture.Invariant, 1234.5));
    }

    [Fact]
    public void Objects_fall_back_to_their_own_formatting()
    {
        object boxedDate = Date;
        object boxedRange = Range;
        object number = 1234.5m;

        Assert.Equal("7 December 2020", Render(w => LetterValues.Write(w, Gb, boxedDate)));
        Assert.Equal("14-16 December 2020", Render(w => LetterValues.Write(w, Gb, boxedRange)));
        Assert.Equal("1.234,5", Render(w => LetterValues.Write(w, LetterCulture.Get("de-DE"), number, "N1")));
        Assert.Equal("formatted N1 in de-DE", Render(w => LetterValues.Write(w, LetterCulture.Get("de-DE"), new OnlyFormattable(), "N1")));
        Assert.Equal("Her Excellency", LetterValues.Format(Gb, new Recipient("Her Excellency")));
        Assert.Equal("", LetterValues.Format(Gb, (object?)null));
    }

    [Fact]
    public void Format_returns_what_Write_writes()
    {
        Assert.Equal("7 December 2020", LetterValues.Format(Gb, Date));
        Assert.Equal("7 December 2020", LetterValues.Format(Gb, (DateOnly?)Date));
        Assert.Equal("", LetterValues.Format(Gb, (DateOnly?)null));
        Assert.Equal("14-16 December 2020", LetterValues.Format(Gb, Range));
        Assert.Equal("14 to 16 December 2020", LetterValues.Format(Gb, (DateRange?)Range, "\" to \""));
        Assert.Equal("", LetterValues.Format(Gb, (DateRange?)null));
        Assert.Equal("1,234", LetterValues.Format(Gb, 1234, "N0"));
        Assert.Equal("5", LetterValues.Format(Gb, (int?)5));
        Assert.Equal("", LetterValues.Format(Gb, (int?)null));
        Assert.Equal("The Hague", LetterValues.Format(Gb, "The Hague"));
        Assert.Equal("", LetterValues.Format(Gb, (string?)null));
        Assert.Equal("Melinda Reed", LetterValues.Format(Gb, new Signatory("Melinda Reed")));
    }

    [Theory]
    [InlineData("en-GB", 19, "19th")]
    [InlineData("fr-FR", 19, "19e")]
    [InlineData("de-DE", 19, "19.")]
    public void WriteOrdinal_writes_the_ordinal(string culture, long number, string expected)
    {
        Assert.Equal(expected, Render(w => LetterValues.WriteOrdinal(w, LetterCulture.Get(culture), number)));
    }

    private static string Render(Action<LetterComposer> write)
    {
        var writer = new RecordingComposer();
        write(writer.Composer);
        return writer.Text;
    }

    private sealed record Recipient(string FormalName)
    {
        public override string ToString() => FormalName;
    }

    private sealed class OnlyFormattable : IFormattable
    {
        public string ToString(string? format, IFormatProvider? formatProvider)
            => $"formatted {format} in {((CultureInfo)formatProvider!).Name}";
    }
}
