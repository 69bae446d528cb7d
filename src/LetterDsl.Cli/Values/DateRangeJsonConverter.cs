using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LetterDsl.Cli.Values;

/// <summary>Reads a <see cref="DateRange"/> as <c>"2020-12-14/2020-12-16"</c> or <c>{"start": "2020-12-14", "end": "2020-12-16"}</c>.</summary>
internal sealed class DateRangeJsonConverter : JsonConverter<DateRange>
{
    private const string DateFormat = "yyyy-MM-dd";

    public override DateRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var parts = reader.GetString()!.Split('/');
            if (parts.Length != 2)
            {
                throw new ValueFormException("a range in one string is two dates with a '/' between them");
            }

            return Create(ParseDate(parts[0], "start"), ParseDate(parts[1], "end"));
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException();
        }

        DateOnly? start = null;
        DateOnly? end = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new ValueFormException($"'{name}' must be a date string such as \"2020-12-14\"");
            }

            var value = reader.GetString()!;
            if (name.Equals("start", StringComparison.OrdinalIgnoreCase))
            {
                start = ParseDate(value, "start");
            }
            else if (name.Equals("end", StringComparison.OrdinalIgnoreCase))
            {
                end = ParseDate(value, "end");
            }
            else
            {
                throw new ValueFormException($"a range has only \"start\" and \"end\", not \"{name}\"");
            }
        }

        return start is { } first && end is { } last
            ? Create(first, last)
            : throw new ValueFormException("a range needs both \"start\" and \"end\"");
    }

    public override void Write(Utf8JsonWriter writer, DateRange value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Start.ToString(DateFormat, CultureInfo.InvariantCulture) + "/" + value.End.ToString(DateFormat, CultureInfo.InvariantCulture));

    private static DateOnly ParseDate(string text, string end) =>
        DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ValueFormException($"the {end} \"{text.Trim()}\" is not a date in the form yyyy-MM-dd");

    private static DateRange Create(DateOnly start, DateOnly end)
    {
        try
        {
            return new DateRange(start, end);
        }
        catch (ArgumentException ex)
        {
            throw new ValueFormException(ex.Message.Split(" (Parameter", 2)[0]);
        }
    }
}
