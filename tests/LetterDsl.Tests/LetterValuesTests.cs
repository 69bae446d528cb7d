using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
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
        Assert.Equal("The Hague", Render(w => LetterValues.Write(w, Gb, text)));
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
        IFormattable number = 1234.5m;

        Assert.Equal("7 December 2020", Render(w => LetterValues.Write(w, Gb, boxedDate)));
        Assert.Equal("14-16 December 2020", Render(w => LetterValues.Write(w, Gb, boxedRange)));
        Assert.Equal("1.234,5", Render(w => LetterValues.Write(w, LetterCulture.Get("de-DE"), number, "N1")));
        Assert.Equal("formatted N1 in de-DE", Render(w => LetterValues.Write(w, LetterCulture.Get("de-DE"), new OnlyFormattable(), "N1")));
        Assert.Equal("Her Excellency", LetterValues.Format(Gb, new Recipient("Her Excellency")));
        Assert.Equal("", LetterValues.Format(Gb, (object?)null));
    }

    [Theory]
    [InlineData("HH:mm")]
    [InlineData("d MMMM yyyy, in {{ Room")]
    [InlineData("'unclosed")]
    [InlineData("%")]
    public void A_date_format_that_NET_rejects_writes_the_letter_date_style(string format)
    {
        Assert.Equal("7 December 2020", Render(w => LetterValues.Write(w, Gb, Date, format)));
        Assert.Equal("7 December 2020", Render(w => LetterValues.Write(w, Gb, (object)Date)));
        Assert.Equal("7 December 2020", LetterValues.Format(Gb, Date, format));
        Assert.Equal("7 December 2020", Render(w => LetterValues.Write(w, Gb, new DateTime(2020, 12, 7, 10, 30, 0), "'unclosed")));
        Assert.Equal("7 December 2020", Render(w => LetterValues.Write(w, Gb, new DateTimeOffset(2020, 12, 7, 10, 30, 0, TimeSpan.Zero), "%")));
        Assert.Equal("7 December 2020", Render(w => LetterValues.Write(w, Gb, (IFormattable)Date, format)));
    }

    [Fact]
    public void A_number_format_that_NET_rejects_writes_the_number_in_the_culture_default()
    {
        Assert.Equal("1234.5", Render(w => LetterValues.Write(w, Gb, 1234.5m, "Q2")));
        Assert.Equal("1234", Render(w => LetterValues.Write(w, Gb, (int?)1234, "N1000000000")));
        Assert.Equal("1234.5", LetterValues.Format(Gb, 1234.5, "D"));
        Assert.Equal("Guid 00000000-0000-0000-0000-000000000000", "Guid " + LetterValues.Format(Gb, Guid.Empty, "Q"));
    }

    [Fact]
    public void A_formattable_type_that_throws_on_a_format_is_written_with_its_default_format()
    {
        Assert.Equal("default in en-GB", Render(w => LetterValues.Write(w, Gb, new Picky(), "X")));
        Assert.Equal("default in en-GB", LetterValues.Format(Gb, new Picky(), "X"));
        Assert.Equal("formatted G in en-GB", Render(w => LetterValues.Write(w, Gb, new Picky(), "G")));
    }

    [Fact]
    public void LetterCulture_itself_still_throws_for_a_format_NET_rejects()
    {
        Assert.Throws<FormatException>(() => Gb.FormatDate(Date, "HH:mm"));
    }

    [Fact]
    public void A_list_whose_type_the_generated_code_did_not_know_is_written_as_a_phrase()
    {
        object dates = new List<DateOnly> { Date, new(2020, 12, 8) };
        object nested = new List<object?> { "A", null, new[] { "B", "C" }, "" };

        Assert.Equal("7 December 2020 and 8 December 2020", Render(w => LetterValues.Write(w, Gb, dates)));
        Assert.Equal("A and B and C", LetterValues.Format(Gb, nested));
    }

    [Fact]
    public void The_overloads_the_compiler_rejects_still_write_what_they_can_when_called_by_reflection()
    {
        var list = new List<int> { 1, 2, 3 };
        Assert.Equal("1, 2 and 3", Invoke(nameof(LetterValues.Format), typeof(IEnumerable<>), Gb, list));
        Assert.Equal("1.0, 2.0 and 3.0", Invoke(nameof(LetterValues.Format), typeof(IEnumerable<>), Gb, list, "N1"));
        Assert.Equal("The Hague", Invoke(nameof(LetterValues.Format), typeof(string), Gb, "The Hague", "N2"));
        Assert.Equal("Her Excellency", Invoke(nameof(LetterValues.Format), typeof(object), Gb, new Recipient("Her Excellency"), "N2"));

        static string Invoke(string name, Type valueType, params object[] arguments)
        {
            var method = typeof(LetterValues).GetMethods().Single(m => m.Name == name
                && m.GetParameters().Length == arguments.Length
                && (m.GetParameters()[1].ParameterType == valueType || (m.GetParameters()[1].ParameterType.IsGenericType && m.GetParameters()[1].ParameterType.GetGenericTypeDefinition() == valueType)));
            Assert.NotNull(method.GetCustomAttribute<ObsoleteAttribute>());
            var concrete = method.IsGenericMethodDefinition ? method.MakeGenericMethod(typeof(int)) : method;
            return (string)concrete.Invoke(null, arguments)!;
        }
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

    [Fact]
    public void A_nullable_ordinal_writes_nothing_for_null()
    {
        Assert.Equal("", Render(w => LetterValues.WriteOrdinal(w, Gb, (int?)null)));
        Assert.Equal("3rd", Render(w => LetterValues.WriteOrdinal(w, Gb, (int?)3)));
        Assert.Equal("", LetterFilters.Ordinal(Gb, (long?)null));
        Assert.Equal("21st", LetterFilters.Ordinal(Gb, (int?)21));
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

    /// <summary>An app's type that, like many, accepts only the formats it knows.</summary>
    private sealed class Picky : IFormattable
    {
        public string ToString(string? format, IFormatProvider? formatProvider) => format switch
        {
            null or "" => $"default in {((CultureInfo)formatProvider!).Name}",
            "G" => $"formatted G in {((CultureInfo)formatProvider!).Name}",
            _ => throw new FormatException($"The format '{format}' is not supported."),
        };
    }

    private sealed class OnlyFormattable : IFormattable
    {
        public string ToString(string? format, IFormatProvider? formatProvider)
            => $"formatted {format} in {((CultureInfo)formatProvider!).Name}";
    }
}
