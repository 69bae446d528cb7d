using System;
using System.Collections.Generic;
using System.IO;
using LetterDsl.Composition;
using LetterDsl.Tests.Fakes;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Tests.Writers;

/// <summary>
/// A render from a plan writes what the writers write: for every format, shape and value, with plans and without,
/// the output is the same. Values a plan cannot hold fall back to the full render.
/// </summary>
public sealed class RenderPlanTests
{
    public static TheoryData<string> Values() => new()
    {
        "Freedonia",
        "**Freedonia** & <b>'q'</b>",
        "# not a heading",
        "- not a bullet",
        "19. not numbered",
        "19",
        " leading space",
        "trailing space ",
        "",
        "tab\tinside",
        "line\nbreak",
        "\u2028",
        "ends with a control\u0001",
        "\\ ` * _ [ ] < > | ~ &",
        "Ünïcödé 🎉",
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Every_format_renders_the_same_with_and_without_a_plan(string value)
    {
        foreach (FakeLetter letter in Letters(value))
        {
            AssertSame(letter, l => l.ToMarkdown());
            AssertSame(letter, l => l.ToText());
            AssertSame(letter, l => l.ToHtml());
            AssertSame(letter, l => l.ToHtml(new HtmlOptions { FragmentOnly = true }));
            AssertSame(letter, l => l.ToHtml(new HtmlOptions { Title = "A <title>", PageSize = HtmlPageSize.Letter }));
        }
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void Streaming_writes_the_same_with_and_without_a_plan_and_a_declined_plan_writes_nothing_twice(string value)
    {
        foreach (FakeLetter letter in Letters(value))
        {
            foreach (LetterFormat format in Enum.GetValues<LetterFormat>())
            {
                AssertSame(letter, l => Streamed(w => l.WriteTo(w, format)));
            }

            AssertSame(letter, l => Streamed(w => l.WriteTo(w, new HtmlOptions { FragmentOnly = true })));
            AssertSame(letter, l => Streamed(w => l.WriteTo(w, new TextOptions { Width = 40 })));
            Assert.Equal(letter.ToMarkdown(), Streamed(w => letter.WriteTo(w, LetterFormat.Markdown)));
        }
    }

    [Fact]
    public void A_plan_is_made_once_per_shape_and_format()
    {
        // Three letters of one class: the same text, so one definition and one plan cache, as a generated class's.
        LetterDefinition definition = LetterDefinition.Create("en-GB", "block");
        FakeLetter first = Letter("Freedonia", "Arcadia", definition);
        FakeLetter second = Letter("Borduria", "Syldavia", definition);
        FakeLetter otherShape = Letter("Borduria", null, definition);

        _ = first.ToMarkdown();
        Assert.Equal(1, PlanCount(first));
        _ = second.ToMarkdown();
        Assert.Equal(1, PlanCount(second));

        _ = otherShape.ToMarkdown();
        Assert.Equal(2, PlanCount(otherShape));
        _ = first.ToHtml();
        Assert.Equal(3, PlanCount(first));
    }

    [Fact]
    public void A_plan_made_with_one_letters_values_serves_the_others_of_its_class()
    {
        LetterDefinition definition = LetterDefinition.Create("en-GB", "block");
        _ = Letter("Freedonia", "Arcadia", definition).ToMarkdown();
        _ = Letter("Freedonia", "Arcadia", definition).ToText();
        _ = Letter("Freedonia", "Arcadia", definition).ToHtml();
        foreach (string value in Values())
        {
            FakeLetter letter = Letter(value, value, definition);
            AssertSame(letter, l => l.ToMarkdown());
            AssertSame(letter, l => l.ToText());
            AssertSame(letter, l => l.ToHtml());
            AssertSame(letter, l => Streamed(w => l.WriteTo(w, LetterFormat.Markdown)));
        }
    }

    [Fact]
    public void Plans_shared_across_threads_write_what_the_writers_write()
    {
        LetterDefinition definition = LetterDefinition.Create("en-GB", "block");
        string[] values = ["Freedonia", "", "# heading", "19.", "trailing ", "a*b", "d&e", "Ünïcödé"];
        var expected = new Dictionary<string, string>();
        LetterRendering.UsePlans = false;
        try
        {
            foreach (string value in values)
            {
                FakeLetter letter = Letter(value, value);
                expected[value] = letter.ToMarkdown() + letter.ToText() + letter.ToHtml();
            }
        }
        finally
        {
            LetterRendering.UsePlans = true;
        }

        int differing = 0;
        System.Threading.Tasks.Parallel.For(0, 4000, i =>
        {
            string value = values[i % values.Length];
            FakeLetter letter = Letter(value, value, definition);
            if (letter.ToMarkdown() + letter.ToText() + letter.ToHtml() != expected[value])
            {
                System.Threading.Interlocked.Increment(ref differing);
            }
        });

        Assert.Equal(0, differing);
    }

    [Fact]
    public void A_layout_that_throws_while_planning_leaves_later_renders_on_the_thread_whole()
    {
        var broken = new FakeLetter("en-GB", "7 December 2020", "Dear Minister,", Body("Body."), "Yours,", new ThrowingSignatories(new Signatory("X")));
        Assert.Throws<InvalidOperationException>(() => broken.ToText());

        string text = Letter("Freedonia", "Arcadia").ToText(new TextOptions { Width = 60 });

        Assert.Contains("Freedonia", text);
        Assert.Contains("Title", text);
    }

    private static IEnumerable<FakeLetter> Letters(string value)
    {
        yield return Letter(value, value);
        yield return Letter(value, null);
        yield return new FakeLetter("en-GB", "7 December 2020", "Excellency,", Body("A {{ v }} value.\n\n{{ v }}\n\n- {{ v }}\n\n3. **{{ v }}** *{{ v }}*  \n{{ v }}", ("v", value)), "Sincerely,", [new Signatory(value, value, null, value)])
        {
            Layout = "din5008-b",
            From = [value, "Sender"],
            Recipients = [value],
            References = [("Ref.", value)],
            Subject = value,
            CarbonCopies = [value, value],
            Enclosures = [value],
            Postscripts = [value, value],
        };
        yield return new FakeLetter("d", "s", "Body.", "c", new Signatory(value)) { Layout = "un", Recipients = ["The President", value] };
    }

    private static FakeLetter Letter(string name, string? country, LetterDefinition? definition = null) =>
        new("en-GB", "7 December 2020", "Excellency,", Body("We write to {{ name }} of {{ country }}.", ("name", name), ("country", country ?? string.Empty)), "Sincerely,", [new Signatory(name, "Title")])
        {
            Recipients = [name, country ?? string.Empty],
            Subject = "About " + name,
            Definition = definition ?? LetterDefinition.Create("en-GB", "block"),
        };

    private static IReadOnlyList<BodyEvent> Body(string body, params (string Name, string Value)[] values)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string name, string text) in values)
        {
            byName[name] = text;
        }

        return BodyEvents.Parse(body, byName);
    }

    private static void AssertSame(FakeLetter letter, Func<FakeLetter, string> render)
    {
        string planned = render(letter);
        LetterRendering.UsePlans = false;
        try
        {
            Assert.Equal(render(letter), planned);
        }
        finally
        {
            LetterRendering.UsePlans = true;
        }
    }

    /// <summary>A letter's own list of signatories that fails when the layout walks it.</summary>
    private sealed class ThrowingSignatories(Signatory signatory) : IReadOnlyList<Signatory>
    {
        public Signatory this[int index] => signatory;

        public int Count => 1;

        public IEnumerator<Signatory> GetEnumerator() => throw new InvalidOperationException("The list cannot be walked.");

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static string Streamed(Action<StringWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }

    private static int PlanCount(FakeLetter letter) => letter.Definition.Plans.Count;
}
