using System;
using System.Collections.Generic;
using CoalitionLetters;

namespace LetterDsl.Rendering.Tests;

public class FileNamesTests
{
    [Theory]
    [InlineData("Arcadia-Amara Okonjo", "Arcadia-Amara Okonjo")]
    [InlineData("a/b\\c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j")]
    [InlineData("../../etc/passwd", ".._.._etc_passwd")]
    [InlineData("tab\there\nnewline", "tab_here_newline")]
    [InlineData("  padded name. . ", "padded name")]
    [InlineData("CON", "_CON")]
    [InlineData("nul.txt", "_nul.txt")]
    [InlineData("CONSOLE", "CONSOLE")]
    [InlineData("", "_")]
    [InlineData("...", "_")]
    [InlineData("Jóhanna Sigurðardóttir", "Jóhanna Sigurðardóttir")]
    public void Escape_makes_one_portable_file_name(string name, string expected) => Assert.Equal(expected, FileNames.Escape(name));

    [Fact]
    public void Escape_cuts_long_names_without_splitting_a_surrogate_pair()
    {
        string name = new string('a', FileNames.MaxLength - 1) + "\U0001F600tail";

        string escaped = FileNames.Escape(name);

        Assert.Equal(new string('a', FileNames.MaxLength - 1), escaped);
    }

    [Fact]
    public void Disambiguate_numbers_collisions_ignoring_case()
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        string[] names = { "Arcadia-A", "arcadia-a", "ARCADIA-A", "Arcadia-B" };

        Assert.Equal(
            new[] { "Arcadia-A.md", "arcadia-a (2).md", "ARCADIA-A (3).md", "Arcadia-B.md" },
            Array.ConvertAll(names, name => FileNames.Disambiguate(name, ".md", taken)));
    }

    [Fact]
    public void A_template_resolves_public_properties_and_escapes_the_values()
    {
        var template = new FileNameTemplate<Recipient>("{Country}-{Name} ({{draft}})");

        string name = template.Resolve(Recipients.Sample with { Country = "Saint Anselm / Little Anselm" });

        Assert.Equal("Saint Anselm _ Little Anselm-Amara Okonjo ({draft})", name);
    }

    [Fact]
    public void A_template_passes_formats_to_formattable_values()
    {
        var template = new FileNameTemplate<Dated>("{Day:yyyy-MM-dd}-{Count:D3}");

        Assert.Equal("2020-12-07-007", template.Resolve(new Dated(new DateOnly(2020, 12, 7), 7)));
    }

    [Theory]
    [InlineData("{Nation}-{Name}", "'Nation', which is not a public property of Recipient (it has: Country, FormalName, Honorific, Name, Salutation, Title) at position 0")]
    [InlineData("{Country", "a '{' that is not closed")]
    [InlineData("Country}", "a '}' without its '{'")]
    [InlineData("x-{ }", "an empty placeholder at position 2")]
    public void A_malformed_template_is_rejected_with_what_and_where(string template, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => new FileNameTemplate<Recipient>(template));

        Assert.Contains(message, error.Message);
    }

    public sealed record Dated(DateOnly Day, int Count);
}
