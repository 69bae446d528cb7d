using LetterDsl.Tests.Fakes;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Tests.Writers;

public class HtmlLetterWriterTests
{
    private static FakeLetter FullLetter(string value = "value") =>
        new("The Hague, 7 December 2020", "Excellency,", "A **bold** and *it* text  \nnext\n\n- one\n- two\n\n3. three\n\nEnd.", "Sincerely,",
            new Signatory("Melinda Reed", "Acting Convenor", "Coalition"), new Signatory(value))
        {
            Recipients = ["H.E. the Minister", value],
            Subject = "Subject",
            CarbonCopies = ["Embassy"],
            Enclosures = ["Agenda"],
            Postscript = "Later.",
        };

    [Fact]
    public void Writes_the_letter_structure()
    {
        string html = FullLetter().ToHtml(new HtmlOptions { FragmentOnly = true });

        Assert.Equal(
            "<article class=\"letter\" lang=\"en-GB\">\n" +
            "<p class=\"letter-date\">The Hague, 7 December 2020</p>\n" +
            "<address class=\"letter-recipient\">H.E. the Minister<br>\nvalue</address>\n" +
            "<p class=\"letter-subject\"><strong>Subject</strong></p>\n" +
            "<p class=\"letter-salutation\">Excellency,</p>\n" +
            "<p>A <strong>bold</strong> and <em>it</em> text<br>\nnext</p>\n" +
            "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n" +
            "<ol start=\"3\">\n<li>three</li>\n</ol>\n" +
            "<p>End.</p>\n" +
            "<p class=\"letter-closing\">Sincerely,</p>\n" +
            "<div class=\"letter-signatures\">\n" +
            "<div class=\"letter-signatory\"><span class=\"letter-signatory-name\">Melinda Reed</span><br><span class=\"letter-signatory-line\">Acting Convenor</span><br><span class=\"letter-signatory-line\">Coalition</span></div>\n" +
            "<div class=\"letter-signatory\"><span class=\"letter-signatory-name\">value</span></div>\n" +
            "</div>\n" +
            "<p class=\"letter-enclosures\"><span class=\"letter-label\">Enclosure: </span>Agenda</p>\n" +
            "<p class=\"letter-cc\"><span class=\"letter-label\">cc: </span>Embassy</p>\n" +
            "<p class=\"letter-ps\"><span class=\"letter-label\">P.S. </span>Later.</p>\n" +
            "</article>\n",
            html);
    }

    [Fact]
    public void Encodes_values_and_text()
    {
        const string value = "<script>alert(\"x\" & 'y')</script>\n";
        var letter = new FakeLetter("d <&> \"q\"", "s", "Text with <b> & \"quotes\"", "c", new Signatory(value));

        string html = letter.ToHtml();

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt; </span>", html);
        Assert.Contains("<p class=\"letter-date\">d &lt;&amp;&gt; &quot;q&quot;</p>", html);
        Assert.Contains("<p>Text with &lt;b&gt; &amp; &quot;quotes&quot;</p>", html);
    }

    [Fact]
    public void Writes_a_self_contained_document_by_default()
    {
        string html = SeedLetters.Appeal2020().ToHtml();

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n", html);
        Assert.Contains("<title>Letter</title>", html);
        Assert.Contains("<style>\n@page { size: A4; margin: 25mm; }\n", html);
        Assert.Contains("serif", html);
        Assert.Contains(".letter-signatures { display: flex;", html);
        Assert.Contains("</style>\n</head>\n<body>\n<article class=\"letter\" lang=\"en-GB\">\n", html);
        Assert.EndsWith("</article>\n</body>\n</html>\n", html);
        Assert.DoesNotContain("\r", html);
        Assert.Equal(2, html.Split("<ul>").Length - 1);
    }

    [Fact]
    public void Page_size_and_title_come_from_the_options()
    {
        string html = SeedLetters.Appeal2020().ToHtml(new HtmlOptions { PageSize = HtmlPageSize.Letter, Title = "ASP19 & <you>" });

        Assert.Contains("@page { size: letter; margin: 25mm; }", html);
        Assert.DoesNotContain("size: A4", html);
        Assert.Contains("<title>ASP19 &amp; &lt;you&gt;</title>", html);
    }

    [Fact]
    public void A_fragment_is_only_the_article()
    {
        string html = SeedLetters.Appeal2020().ToHtml(new HtmlOptions { FragmentOnly = true });

        Assert.StartsWith("<article class=\"letter\" lang=\"en-GB\">", html);
        Assert.EndsWith("</article>\n", html);
        Assert.DoesNotContain("<style", html);
    }

    [Fact]
    public void Output_is_deterministic()
    {
        Assert.Equal(FullLetter().ToHtml(), FullLetter().ToHtml());
    }
}
