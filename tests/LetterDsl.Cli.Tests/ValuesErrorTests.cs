using System;
using System.IO;
using LetterDsl.Cli.Tests.Infrastructure;

namespace LetterDsl.Cli.Tests;

/// <summary>Bad values: every message names the file, the JSON path, the parameter and what was expected, and the exit code is 2.</summary>
public sealed class ValuesErrorTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _letter;

    public ValuesErrorTests()
    {
        _letter = _folder.Write("Welcome.letter", File.ReadAllText(Samples.Asp19Appeal));
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_the_parameter_the_path_and_the_expected_type()
    {
        var error = RenderWith("""{ "Session": "nineteen", "Date": "2020-12-07", "HagueDates": "2020-12-14/2020-12-16" }""");

        Assert.Equal("error: Welcome.values.json: $.Session: expected a whole number (int) for parameter 'Session', got \"nineteen\"", error);
    }

    [Fact]
    public void Every_missing_required_parameter_is_named_in_one_error()
    {
        var error = RenderWith("""{ "Place": "Geneva" }""");

        Assert.Equal("error: Welcome.values.json: missing required parameters of Asp19Appeal: Session (int), Date (DateOnly), HagueDates (DateRange)", error);
    }

    [Fact]
    public void Without_any_values_file_the_error_says_where_to_put_the_values()
    {
        var run = CliRun.InProcess("render", _letter).ShouldExit(2);

        Assert.Contains("Asp19Appeal needs values for its required parameters Session (int), Date (DateOnly), HagueDates (DateRange): write them as JSON in ", run.Error, StringComparison.Ordinal);
        Assert.Contains("Welcome.values.json or pass --values <file.json>", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_parameter_is_an_error_with_a_suggestion()
    {
        var error = RenderWith("""{ "Sesion": 19, "Date": "2020-12-07", "HagueDates": "2020-12-14/2020-12-16" }""");

        Assert.Contains("error: Welcome.values.json: $.Sesion: Asp19Appeal has no parameter 'Sesion' (did you mean 'Session'?); its parameters are Session (int), Place (string), Date (DateOnly), HagueDates (DateRange), NewYorkDates (DateRange?)", error, StringComparison.Ordinal);
        Assert.Contains("missing required parameter of Asp19Appeal: Session (int)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_that_does_not_parse_is_reported_at_its_line_and_column()
    {
        var error = RenderWith("{\n  \"Session\": 19,\n  \"Date\": 2020-12-07\n}");

        Assert.StartsWith("error: Welcome.values.json(3,15): not valid JSON: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_says_so()
    {
        var error = RenderWith("""{ "Session": 19, "Date": "2020-12-07", "HagueDates": { "start": "2020-12-16", "end": "2020-12-14" } }""");

        Assert.Equal(
            "error: Welcome.values.json: $.HagueDates: expected a date range such as \"2020-12-14/2020-12-16\" or {\"start\": \"2020-12-14\", \"end\": \"2020-12-16\"} (DateRange) for parameter 'HagueDates', got { \"start\": \"2020-12-16\", \"end\": \"2020-12-14\" }: The range ends (2020-12-14) before it starts (2020-12-16).",
            error);
    }

    [Fact]
    public void A_date_in_another_form_names_the_expected_form()
    {
        var error = RenderWith("""{ "Session": 19, "Date": "7 December 2020", "HagueDates": "2020-12-14/2020-12-16" }""");

        Assert.Equal("error: Welcome.values.json: $.Date: expected a date such as \"2020-12-07\" (DateOnly) for parameter 'Date', got \"7 December 2020\"", error);
    }

    [Fact]
    public void Null_for_a_parameter_that_cannot_be_null_is_an_error_and_null_for_an_optional_one_is_not()
    {
        var error = RenderWith("""{ "Session": 19, "Date": "2020-12-07", "HagueDates": "2020-12-14/2020-12-16", "NewYorkDates": null, "Place": null }""");

        Assert.Equal("error: Welcome.values.json: $.Place: expected a string for parameter 'Place', got null", error);
    }

    [Fact]
    public void A_root_that_is_not_an_object_is_an_error()
    {
        var error = RenderWith("[19]");

        Assert.StartsWith("error: Welcome.values.json: $: expected an object with Asp19Appeal's parameters (Session (int), ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_values_file_that_does_not_exist_is_an_error()
    {
        var run = CliRun.InProcess("render", _letter, "--values", Path.Combine(_folder.Path, "missing.json")).ShouldExit(2);

        Assert.Contains("missing.json: no such values file.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_member_of_an_app_type_names_the_json_path_into_it()
    {
        var values = _folder.Write("minister.json", """
            { "Recipient": { "Honorific": "H.E. Ms.", "Nmae": "Amara Okonjo", "Title": "Minister", "Country": "Arcadia", "Salutation": "Excellency," },
              "Session": 19, "Date": "2020-12-07", "HagueDates": "2020-12-14/2020-12-16" }
            """);

        var run = CliRun.InProcess("render", Samples.MinisterAppeal, "--values", values, "--project", Samples.Project, "--no-build", "-c", Samples.Configuration).ShouldExit(2);

        Assert.Contains("minister.json: $.Recipient.Nmae: The JSON property 'Nmae' could not be mapped to any .NET member contained in type 'CoalitionLetters.Recipient'. (parameter 'Recipient')", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Renders the letter with <paramref name="json"/> as its default values file; returns standard error, trimmed.</summary>
    private string RenderWith(string json)
    {
        _folder.Write("Welcome.values.json", json);
        var run = CliRun.InProcess("render", _letter).ShouldExit(2);
        Assert.Equal("", run.Out);
        return run.Error.Trim().Replace(_folder.Path + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
    }
}
