using System.IO;
using System.Text;
using CoalitionLetters;
using LetterDsl.Docx;
using LetterDsl.Testing;

namespace LetterDsl.Rendering.Tests;

public class LibreOfficeTests
{
    [LibreOfficeFact]
    public void LibreOffice_converts_the_2010_docx_to_a_pdf()
    {
        using var work = new TempDirectory();
        string docx = work.File("letter-2010.docx");
        File.WriteAllBytes(docx, SeedLetters.Kampala2010().ToDocx());

        var (exit, _, errors) = ExternalTool.Run(ExternalTool.LibreOffice!, new[]
        {
            "-env:UserInstallation=" + new System.Uri(work.File("profile")).AbsoluteUri,
            "--headless", "--convert-to", "pdf", "--outdir", work.Path, docx,
        });

        Assert.True(exit == 0, errors);
        byte[] pdf = File.ReadAllBytes(work.File("letter-2010.pdf"));
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5), System.StringComparison.Ordinal);
        Assert.True(pdf.Length > 10_000, $"the PDF is only {pdf.Length} bytes");
    }
}
