using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using LetterDsl.Testing.Injection;

namespace LetterDsl.Generator.Tests.Reliability;

/// <summary>
/// One type a fuzzed letter's parameter can have: how <c>@param</c> writes it, the placeholders that use it (with
/// <c>{0}</c> for the name) and are valid for it, and the values it is instantiated with. A list type also says how
/// its items are used inside a <c>for</c> loop.
/// </summary>
internal sealed record FuzzParameterKind(string Type, string[] Uses, Gen<object?> Values, string[]? ItemUses = null, bool IsDate = false)
{
    public bool IsList => ItemUses is not null;

    public bool NeedsUsing => Type.Contains("Person", StringComparison.Ordinal);

    /// <summary>Whether <c>@signatories</c> can bind a parameter of this type.</summary>
    public bool IsSignatoryList => Type == "IReadOnlyList<Signatory>";
}

/// <summary>
/// Every parameter type the letter format documents (text, numbers, dates, date ranges, signatories, nullable forms,
/// lists, an app's own type and <c>object</c>), with hostile values: strings full of Markdown, HTML and control
/// characters, empty and null, the extremes of each number and date type, NaN, empty and 1,000-item lists, and
/// signatories with hostile fields.
/// </summary>
internal static class FuzzParameterKinds
{
    private static readonly string[] s_textUses = { "{0}", "{0} | upper", "{0} | lower", "{0} | capitalize", "{0} | trim", "{0} | trim | upper" };
    private static readonly string[] s_wholeUses = { "{0}", "{0} | ordinal", "{0}:N0", "{0}:D8", "{0}:X", "{0}:0.00", "{0}:#,##0", "{0}:C", "{0}:P1", "{0}:E2", "{0} | ordinal | upper", "{0}:N2 | upper" };
    private static readonly string[] s_realUses = { "{0}", "{0}:N2", "{0}:C", "{0}:E3", "{0}:F4", "{0}:0.###", "{0}:#,##0.00 'EUR'", "{0}:R", "{0}:G", "{0}:P", "{0}:0.0;(0.0);'zero'" };
    private static readonly string[] s_dateFormats = { "d MMMM yyyy", "D", "dd.MM.yyyy", "yyyy'-'MM'-'dd", "m", "y", "dddd", "%d", "gg yyyy", "MMM d", "o", "r", "d 'de' MMMM" };
    private static readonly string[] s_timeFormats = { "HH:mm", "t", "T", "G", "f", "s", "u", "yyyy-MM-dd HH:mm:ss.fff", "h:mm tt", "d MMMM yyyy 'at' H:mm" };

    public static readonly string[] HostileStrings = ((IEnumerable<object[]>)HostileValues.All).Select(row => (string)row[0])
        .Concat(new[]
        {
            "", " ", "\t", "  leading and trailing  ", new string('x', 700), "lone \uD800 surrogate", "a\u0000b", "日本語の手紙",
            "عربي", "emoji 🎉 𝄞", "<>&\"'", "{0} %s {{ x }} }}", "\r\n", "@@ at", "P.S. ", "Excellency,", "\u00A0nbsp\u00A0",
        })
        .ToArray();

    private static readonly Gen<string> s_text = Gen.Frequency((6, Gen.OneOf(HostileStrings)), (1, Gen.String));
    private static readonly Gen<string?> s_nullableText = s_text.Null(0.25);
    private static readonly Gen<int> s_int = Gen.Frequency((3, Gen.OneOf(int.MinValue, int.MaxValue, 0, -1, 1, 2, 3, 11, 12, 13, 19, 21, 101, 111)), (2, Gen.Int));
    private static readonly Gen<long> s_long = Gen.Frequency((3, Gen.OneOf(long.MinValue, long.MaxValue, 0L, -1L, 112L)), (2, Gen.Long));
    private static readonly Gen<decimal> s_decimal = Gen.Frequency((3, Gen.OneOf(decimal.MaxValue, decimal.MinValue, 0m, -0.5m, 1234.5678m, 0.0000000000000000000000000001m)), (2, Gen.Decimal));
    private static readonly Gen<double> s_double = Gen.Frequency((3, Gen.OneOf(double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, double.MaxValue, double.MinValue, -0.0, 1e-300)), (2, Gen.Double));
    private static readonly Gen<DateOnly> s_date = Gen.Frequency((3, Gen.OneOf(DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(2020, 12, 7), new DateOnly(2000, 2, 29), new DateOnly(1900, 1, 1), new DateOnly(2077, 11, 17))), (2, Gen.DateOnly));
    private static readonly Gen<DateTime> s_dateTime = Gen.Frequency((3, Gen.OneOf(DateTime.MinValue, DateTime.MaxValue, new DateTime(2020, 12, 7, 23, 59, 59, DateTimeKind.Utc), new DateTime(2020, 12, 7, 0, 0, 0, DateTimeKind.Local))), (2, Gen.DateTime));
    private static readonly Gen<DateTimeOffset> s_dateTimeOffset = Gen.Frequency((3, Gen.OneOf(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, new DateTimeOffset(2020, 12, 7, 0, 30, 0, TimeSpan.FromHours(14)), new DateTimeOffset(2020, 12, 7, 23, 30, 0, TimeSpan.FromHours(-12)))), (2, Gen.DateTimeOffset));
    private static readonly Gen<DateRange> s_range = Gen.Select(s_date, s_date, (a, b) => a <= b ? new DateRange(a, b) : new DateRange(b, a));
    private static readonly Gen<Signatory> s_signatory = Gen.Select(s_text, s_nullableText.Array[0, 6], (name, lines) => new Signatory(name, lines));
    private static readonly Gen<PersonValue> s_person = Gen.Select(s_text, s_nullableText, s_date, s_decimal, List(s_text), s_int, Gen.Bool, s_int.Nullable(0.3))
        .Select(t => new PersonValue(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6, t.Item7, t.Item8));

    /// <summary>The kinds, in a fixed order, so a seed picks the same ones everywhere.</summary>
    public static readonly FuzzParameterKind[] All =
    {
        new("string", s_textUses, Box(s_text)),
        new("string?", s_textUses, Box(s_nullableText)),
        new("int", s_wholeUses, Box(s_int)),
        new("long", s_wholeUses, Box(s_long)),
        new("int?", s_wholeUses, Box(s_int.Nullable(0.3))),
        new("decimal", s_realUses, Box(s_decimal)),
        new("decimal?", s_realUses, Box(s_decimal.Nullable(0.3))),
        new("double", s_realUses, Box(s_double)),
        new("bool", new[] { "{0}", "{0} | upper" }, Box(Gen.Bool)),
        new("DateOnly", DateUses(s_dateFormats), Box(s_date), IsDate: true),
        new("DateOnly?", DateUses(s_dateFormats), Box(s_date.Nullable(0.3)), IsDate: true),
        new("DateTime", DateUses(s_dateFormats.Concat(s_timeFormats)), Box(s_dateTime), IsDate: true),
        new("DateTimeOffset", DateUses(s_dateFormats.Concat(s_timeFormats).Where(f => f != "U")), Box(s_dateTimeOffset), IsDate: true),
        new("DateRange", new[] { "{0}", "{0}:\" to \"", "{0}:–", "{0}.Start:d MMMM", "{0}.End", "{0} | upper" }, Box(s_range)),
        new("DateRange?", new[] { "{0}", "{0}:\" bis \"" }, Box(s_range.Nullable(0.3))),
        new("Signatory", new[] { "{0}", "{0}.Name", "{0}.Title", "{0}.Organization | upper", "{0}.Lines | list", "{0}.Lines.Count | ordinal" }, Box(s_signatory)),
        new("IReadOnlyList<string>", new[] { "{0} | list", "{0} | list | upper", "{0}.Count" }, Box(List(s_text)), ItemUses: s_textUses),
        new("string?[]", new[] { "{0} | list", "{0}.Length:N0" }, Box(List(s_nullableText)), ItemUses: s_textUses),
        new("List<DateOnly>", new[] { "{0} | list", "{0}:d MMMM | list", "{0}.Count" }, Box(List(s_date).Select(a => a.ToList())), ItemUses: DateUses(s_dateFormats)),
        new("IReadOnlyList<int>", new[] { "{0} | list", "{0}:N0 | list", "{0}.Count | ordinal" }, Box(List(s_int)), ItemUses: s_wholeUses),
        new("IEnumerable<decimal?>", new[] { "{0} | list", "{0}:N2 | list" }, Box(List(s_decimal.Nullable(0.2))), ItemUses: s_realUses),
        new("IReadOnlyList<Signatory>", new[] { "{0} | list", "{0}.Count" }, Box(NonEmptyList(s_signatory)), ItemUses: new[] { "{0}", "{0}.Name | upper", "{0}.Lines | list" }),
        new("Person", new[] { "{0}.Name", "{0}.Title | upper", "{0}.Born:d MMMM yyyy", "{0}.Born:HH:mm", "{0}.Fee:N2", "{0}.Tags | list", "{0}.Rating", "{0}.Rating:X", "{0}.Code", "{0}.Code:N0" }, Box(s_person)),
        new("IReadOnlyList<Person>", new[] { "{0}.Count" }, Box(List(s_person)), ItemUses: new[] { "{0}.Name", "{0}.Born", "{0}.Fee:C", "{0}.Tags | list", "{0}.Rating:G" }),
        new("object?", new[] { "{0}", "{0} | upper" }, Gen.Frequency((1, Gen.Const((object?)null)), (4, Gen.OneOf(Box(s_text), Box(s_decimal), Box(s_date), Box(List(s_text)), Box(s_signatory))))),
    };

    private static string[] DateUses(IEnumerable<string> formats) => new[] { "{0}", "{0} | upper" }.Concat(formats.Select(f => "{0}:" + f)).ToArray();

    /// <summary>Empty lists, short ones, and a 1,000-item one.</summary>
    private static Gen<T[]> List<T>(Gen<T> items) => Gen.Frequency((2, Gen.Const(Array.Empty<T>())), (5, items.Array[1, 4]), (1, items.Array[1000, 1000]));

    private static Gen<T[]> NonEmptyList<T>(Gen<T> items) => Gen.Frequency((5, items.Array[1, 4]), (1, items.Array[1000, 1000]));

    private static Gen<object?> Box<T>(Gen<T> values) => values.Select(value => (object?)value);
}
