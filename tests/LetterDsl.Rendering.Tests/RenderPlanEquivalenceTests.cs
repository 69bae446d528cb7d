using System;
using System.Collections.Generic;
using System.IO;
using CoalitionLetters;
using CoalitionLetters.Letters;
using LetterDsl.Rendering.Tests.Letters;
using LetterDsl.Testing.Injection;

namespace LetterDsl.Rendering.Tests;

/// <summary>
/// Generated letters render the same from a render plan as in full, in every format, for ordinary and hostile values:
/// a plan only ever stands in for the writer's own output.
/// </summary>
public sealed class RenderPlanEquivalenceTests
{
    public static TheoryData<string> Values()
    {
        var values = new TheoryData<string> { "Amara Okonjo", "19", " padded ", "", "Ends with two spaces  " };
        foreach (var value in HostileValues.All)
        {
            values.Add(value);
        }

        return values;
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void Sample_letters_render_the_same_with_and_without_a_plan(string value)
    {
        foreach (var letter in Letters(value))
        {
            AssertSame(letter, l => l.ToMarkdown());
            AssertSame(letter, l => l.ToText());
            AssertSame(letter, l => l.ToHtml());
            AssertSame(letter, l => l.ToHtml(new HtmlOptions { FragmentOnly = true }));
            foreach (LetterFormat format in Enum.GetValues<LetterFormat>())
            {
                AssertSame(letter, l => Streamed(l, format));
            }
        }
    }

    [Fact]
    public void Each_shape_of_a_letter_gets_its_own_plan()
    {
        // Every combination of the condition, the loops' length and the optional line, in an order that revisits each.
        foreach (var (formal, topics, department) in new[] { (true, 0, "Legal"), (false, 0, "Legal"), (true, 2, null), (false, 3, "Legal"), (true, 0, "Legal"), (false, 2, null), (true, 3, "Legal"), (false, 0, null) })
        {
            var names = new string[topics];
            for (var i = 0; i < topics; i++)
            {
                names[i] = "Topic " + i;
            }

            var letter = new Shapes { Formal = formal, Topics = names, Department = department };
            AssertSame(letter, l => l.ToMarkdown());
            AssertSame(letter, l => l.ToText());
            AssertSame(letter, l => l.ToHtml());
        }
    }

    private static IEnumerable<ILetter> Letters(string value)
    {
        var recipient = new Recipient(value, value, value, value, value);
        yield return MinisterLetters.For(recipient);
        yield return SeedLetters.Asp2020();
        yield return new KampalaReviewConferenceLetter { Date = new DateOnly(2010, 5, 21), ConferenceDates = new DateRange(new DateOnly(2010, 5, 31), new DateOnly(2010, 6, 11)), ConferencePlace = value };
        yield return new UnTransmittalLetter { Country = value, Reference = value, Date = new DateOnly(2020, 12, 4), Session = 19, AgendaItem = 74, Representative = value, President = value, AnnexTitle = value.Length == 0 ? null : value };
        yield return new DinAnfrage
        {
            Recipient = recipient,
            Department = value,
            TheirReference = value,
            OurReference = value,
            Date = new DateOnly(2020, 11, 23),
            Session = 19,
            HagueDates = new DateRange(new DateOnly(2020, 12, 14), new DateOnly(2020, 12, 16)),
            Caseworker = value,
            Phone = value,
        };
        yield return new SenatorLetter { Date = new DateOnly(2021, 3, 8), Senator = value, SenatorSurname = value, State = value, Resolution = value, HearingDate = new DateOnly(2021, 3, 23), Sender = value, Staffer = value };
    }

    private static string Streamed(ILetter letter, LetterFormat format)
    {
        using var writer = new StringWriter();
        letter.WriteTo(writer, format);
        return writer.ToString();
    }

    private static void AssertSame(ILetter letter, Func<ILetter, string> render)
    {
        // Twice with plans: the first render of a shape makes its plan, the second uses it.
        _ = render(letter);
        var planned = render(letter);
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
}
