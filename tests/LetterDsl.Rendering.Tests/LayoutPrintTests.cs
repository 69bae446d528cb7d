using System;
using System.Globalization;
using System.IO;
using System.Linq;
using AngleSharp.Html.Parser;
using CoalitionLetters;
using LetterDsl.Rendering.Tests.Letters;
using LetterDsl.Testing;

namespace LetterDsl.Rendering.Tests;

/// <summary>
/// The HTML print CSS places the parts where the layout's geometry says, measured in the browser and on the page
/// Chromium prints. The pictures in <c>docs/</c> come from these prints.
/// </summary>
public sealed class LayoutPrintTests
{
    private const double Tolerance = 1.0;

    [ChromiumFact]
    public void The_din_5008_boxes_measure_their_designed_size_and_place_in_the_browser()
    {
        foreach ((ILetter letter, LetterGeometry geometry) in DinLetters())
        {
            // The script runs in the page Chromium lays out and writes each box, in millimetres from the corner of the
            // first page (the article's corner), into the DOM that --dump-dom prints.
            const string Measure = """
                <script>
                const px = 96 / 25.4, page = document.querySelector('article.letter').getBoundingClientRect();
                const box = s => { const r = document.querySelector(s).getBoundingClientRect();
                  return [r.left - page.left, r.top - page.top, r.width, r.height].map(v => (v / px).toFixed(2)).join(' '); };
                document.body.setAttribute('data-field', box('.letter-address-field'));
                document.body.setAttribute('data-information', box('.letter-information'));
                </script>
                """;
            string html = letter.ToHtml().Replace("</body>", Measure + "</body>", StringComparison.Ordinal);

            var body = new HtmlParser().ParseDocument(DumpDom(html)).Body!;
            double[] field = Numbers(body.GetAttribute("data-field"));
            double[] information = Numbers(body.GetAttribute("data-information"));

            PageBox expected = geometry.AddressField!.Value;
            AssertNear(new[] { expected.Left, expected.Top, expected.Width, expected.Height }, field);
            AssertNear(new[] { geometry.InformationBlock!.Value.Left, geometry.InformationBlock.Value.Top, geometry.InformationBlock.Value.Width }, information[..3]);
        }
    }

    [PrintFact]
    public void Printed_din_5008_letters_show_the_address_inside_the_window_and_the_information_block_beside_it()
    {
        foreach ((ILetter letter, LetterGeometry geometry) in DinLetters())
        {
            PrintedPage page = PrintedPage.Print(letter.ToHtml());
            PageBox window = geometry.AddressField!.Value;
            double addressZone = window.Top + geometry.RemarkZoneHeight;

            PrintedWord[] address = page.Words.Where(w => w.Page == 1 && w.Text is "Auswärtiges" or "Amt" or "Werderscher" or "10117").ToArray();
            Assert.Equal(4, address.Length);
            foreach (PrintedWord word in address)
            {
                Assert.InRange(word.Left, window.Left - Tolerance, window.Right + Tolerance);
                Assert.InRange(word.Right, window.Left - Tolerance, window.Right + Tolerance);
                Assert.InRange(word.Top, addressZone - Tolerance, window.Bottom + Tolerance);
                Assert.InRange(word.Bottom, addressZone - Tolerance, window.Bottom + Tolerance);
            }

            // The sender prints twice: in the letterhead at the top, and as the return address in the window's remark zone.
            PrintedWord returnAddress = page.Words.Last(w => w.Page == 1 && w.Text == "Chausseestraße");
            Assert.InRange(returnAddress.Top, window.Top - Tolerance, addressZone + Tolerance);
            Assert.InRange(returnAddress.Left, window.Left - Tolerance, window.Right + Tolerance);

            PrintedWord reference = page.Word("Unser");
            Assert.InRange(reference.Left, geometry.InformationBlock!.Value.Left - Tolerance, geometry.InformationBlock.Value.Left + Tolerance);
            Assert.InRange(reference.Top, geometry.InformationBlock.Value.Top - Tolerance, geometry.InformationBlock.Value.Top + 6);

            // The text starts below the address field.
            Assert.True(page.Word("Sehr").Top > window.Bottom, "the salutation prints inside the address field");
        }
    }

    [PrintFact]
    public void A_printed_un_letter_has_its_addressee_flush_left_at_the_foot_of_the_first_page()
    {
        PrintedPage page = PrintedPage.Print(LayoutLetters.Un().ToHtml());
        LetterGeometry geometry = LetterLayout.Un.Geometry;

        PrintedWord president = page.Word("Bozkır");
        PrintedWord lastLine = page.Words.Last(w => w.Page == 1 && w.Text == "York");
        Assert.Equal(1, president.Page);
        Assert.InRange(page.Word("His").Left, geometry.Margins.Left - Tolerance, geometry.Margins.Left + Tolerance);
        Assert.True(president.Top > page.Word("Ambassador").Bottom + 20, "the addressee follows the signature at a distance, at the foot of the page");
        Assert.InRange(lastLine.Bottom, 297 - geometry.Margins.Bottom - 8, 297 - geometry.Margins.Bottom + Tolerance);
    }

    [PrintFact]
    public void Printed_pages_after_the_first_are_numbered_in_the_letters_language()
    {
        PrintedPage page = PrintedPage.Print(SeedLetters.Asp2020().ToHtml());

        Assert.True(page.Pages >= 2);
        Assert.DoesNotContain(page.Words, w => w.Page == 1 && w.Text == "Page");
        Assert.Contains(page.Words, w => w.Page == 2 && w.Text == "Page");
        Assert.Contains(page.Words, w => w.Page == 2 && w.Text == page.Pages.ToString(CultureInfo.InvariantCulture));
    }

    [PrintFact]
    public void Each_layout_is_pictured_in_the_docs()
    {
        foreach ((string name, ILetter letter) in new (string, ILetter)[] { ("un", LayoutLetters.Un()), ("din5008-b", LayoutLetters.Din()), ("block", LayoutLetters.Senator()) })
        {
            PrintedPage page = PrintedPage.Print(letter.ToHtml());
            using var work = new TempDirectory();
            string pdf = work.File("letter.pdf");
            File.WriteAllBytes(pdf, page.Pdf);
            var (exit, _, errors) = ExternalTool.Run(ExternalTool.PdfToPpm!, new[] { "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, work.File("page") });
            Assert.True(exit == 0, errors);
            byte[] png = File.ReadAllBytes(work.File("page.png"));
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
            Assert.True(png.Length > 20_000, $"the {name} page is only {png.Length} bytes: is it blank?");

            // The pictures in docs/ are refreshed on request only, so a test run never dirties the working tree.
            if (Environment.GetEnvironmentVariable("LETTERDSL_UPDATE_SCREENSHOT") == "1")
            {
                File.Copy(work.File("page.png"), Path.Combine(RepoPaths.Docs, $"layout-{name}.png"), overwrite: true);
            }
        }
    }

    private static (ILetter Letter, LetterGeometry Geometry)[] DinLetters() =>
    [
        (new DinFormA(), LetterLayout.Din5008A.Geometry),
        (LayoutLetters.Din(), LetterLayout.Din5008B.Geometry),
    ];

    private static void AssertNear(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= Tolerance, $"expected {string.Join(", ", expected)} mm, measured {string.Join(", ", actual)} mm");
        }
    }

    private static double[] Numbers(string? text) =>
        (text ?? throw new Xunit.Sdk.XunitException("the measuring script did not run")).Split(' ').Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToArray();

    private static string DumpDom(string html)
    {
        using var work = new TempDirectory();
        string page = work.File("page.html");
        File.WriteAllText(page, html);
        var arguments = ExternalTool.ChromiumArguments(work.File("profile"));
        arguments.AddRange(new[] { "--window-size=1000,1400", "--virtual-time-budget=2000", "--dump-dom", new Uri(page).AbsoluteUri });
        var (exit, output, errors) = ExternalTool.Run(ExternalTool.Chromium, arguments);
        Assert.True(exit == 0, errors);
        return output;
    }
}
