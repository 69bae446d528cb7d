using System;
using System.Linq;
using LetterDsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using LetterDsl.Testing.Letters;

namespace LetterDsl.Generator.Tests.Diagnostics;

/// <summary>
/// One representative mistake per diagnostic, each alone in an otherwise valid letter: the ID, the severity, the
/// exact place (line, column, length) and the part of the message that names the fix. LTR001–LTR005, LTR017–LTR019
/// and LTR023 are covered by MissingPartDiagnosticTests, TemplateDiagnosticTests and LetterFileTests.
/// </summary>
public sealed class DiagnosticCatalogTests
{
    private const string Path = "/letters/Test.letter";
    private const string Error = nameof(DiagnosticSeverity.Error);
    private const string Warning = nameof(DiagnosticSeverity.Warning);

    // ProbeLetter.Text puts @letter on line 1, @namespace on 2, the header on 3, @date on the line after the header,
    // and the body two lines below @date.
    private const int Header = 3;
    private const int Body = 7;

    private static readonly string s_deeplyNested =
        string.Concat(Enumerable.Repeat("{{ if A }}\n", 33)) + "Deep.\n" + string.Concat(Enumerable.Repeat("{{ end }}\n", 33)).TrimEnd('\n');

    /// <summary>ID, severity, letter, line, column, length, and a part of the message.</summary>
    public static TheoryData<string, string, string, int, int, int, string> Mistakes() => new()
    {
        { "LTR006", Error, Letter("Text.", "@subjet The session"), Header, 1, "@subjet".Length, "'@subjet' is not a directive; write '@@' at the start of the line for a literal '@'; did you mean '@subject'?" },
        { "LTR006", Error, Letter("Text.", "@xyzzy The session"), Header, 1, "@xyzzy".Length, "for a literal '@'." },
        { "LTR007", Error, Letter("Text.", "@date 2020-12-08"), Header + 1, 1, "@date".Length, "'@date' may appear only once; remove this one or merge it with the first on line 3." },
        { "LTR008", Error, Letter("The {{ Session }}.", "@param Session: int\n@param Session: long"), Header + 1, 8, "Session".Length, "Parameter 'Session' is already declared on line 3; remove or rename this one." },
        { "LTR009", Warning, Letter("Text.", "@param Session: int"), Header, 8, "Session".Length, "use it in a placeholder such as '{{ Session }}' or remove the '@param' line." },
        { "LTR010", Error, ProbeLetter.Text("Text.", className: "Asp-19"), 1, 9, "Asp-19".Length, "'Asp-19' is not a valid C# identifier for a letter class; use letters, digits and '_'" },
        { "LTR010", Error, Letter("Text.", "@param __Session: int"), Header, 8, "__Session".Length, "for a parameter" },
        { "LTR011", Error, Letter("The {{ event }}.", "@param event: string"), Header, 8, "event".Length, "'event' is a C# keyword and cannot name a parameter; choose another name, such as 'Event'." },
        { "LTR011", Error, Letter("{{ for class in Items }}\n- {{ class }}\n{{ end }}", "@param Items: IReadOnlyList<string>"), Body, 8, "class".Length, "cannot name a loop variable" },
        { "LTR012", Error, Letter("The {{ Session }}.", "@param Session int"), Header, 1, "@param".Length, "there is no ':' between the name and the type. Write '@param Name: Type'" },
        { "LTR012", Error, Letter("The {{ Session }}.", "@param Session: int ="), Header, 1, "@param".Length, "the default value of 'Session' is missing after '='" },
        { "LTR013", Error, Letter("From {{ Dates }}.", "@param Dates: List<DateOnly"), Header, 15, "List<DateOnly".Length, "'List<DateOnly' is not a valid C# type" },
        { "LTR014", Error, Letter("The {{ Session }}.", "@param Session: int = \"nineteen\""), Header, 23, "\"nineteen\"".Length, "does not fit type 'int': a text literal cannot be converted to it; write a value of that type, or change the type." },
        { "LTR014", Error, Letter("The {{ Session }}.", "@param Session: int = null"), Header, 23, "null".Length, "null needs a nullable type; write the type with '?'." },
        { "LTR015", Error, ProbeLetter.Text("Text.", date: "February 30, 2021"), Header + 1, 7, "February 30, 2021".Length, "'February 30, 2021' is not a valid date: February 2021 has 28 days." },
        { "LTR015", Error, ProbeLetter.Text("Text.", "@culture es-ES", date: "17 de brumario de 2004"), Header + 1, 7, "17 de brumario de 2004".Length, "'17 de brumario de 2004' is not a valid date: 'brumario' is not a month name in 'es-ES' or in English." },
        { "LTR015", Error, ProbeLetter.Text("Text.", "@culture fr-FR", date: "17 jui 2004"), Header + 1, 7, "17 jui 2004".Length, "'jui' is not a month name in 'fr-FR' or in English." },
        { "LTR016", Error, Letter("Text.", "@culture en-GBB"), Header, 10, "en-GBB".Length, "did you mean 'en-GB'?" },
        { "LTR016", Error, Letter("Text.", "@culture klingon"), Header, 10, "klingon".Length, "'klingon' is not a known culture name; use a name such as 'en-US', 'en-GB', 'fr-FR' or 'de-DE'." },
        { "LTR060", Warning, Letter("Text.", "@culture fr-CA"), Header, 10, "fr-CA".Length, "'fr-CA' has no letter conventions in LetterDsl, so its date line, dates, ordinals and labels are written as in 'fr-FR'; the cultures with conventions are de-DE, en-GB, en-US, es-ES, fr-FR, it-IT, nl-NL, pt-BR, pt-PT." },
        { "LTR060", Warning, Letter("Text.", "@culture EN-au"), Header, 10, "EN-au".Length, "'en-AU' has no letter conventions in LetterDsl, so its date line, dates, ordinals and labels are written as in 'en-GB'" },
        { "LTR060", Warning, Letter("Text.", "@culture ja-JP"), Header, 10, "ja-JP".Length, "so its dates follow .NET's culture data on the machine that renders the letter, its ordinals are written '19.' and its labels are English" },
        { "LTR042", Error, Letter("Text.", "@place Berlin\n@label dateline: {place}, den"), Header + 1, 18, "{place}, den".Length, "'@label' is malformed: the 'dateline' label needs '{place}' and '{date}' once each, such as '{place}, den {date}'." },
        { "LTR042", Error, Letter("Text.", "@place Berlin\n@label dateline: {place}, {date}, {date}"), Header + 1, 18, "{place}, {date}, {date}".Length, "needs '{place}' and '{date}' once each" },
        { "LTR020", Error, Letter("{{ for c Items }}\n- {{ c }}\n{{ end }}", "@param Items: IReadOnlyList<string>"), Body, 1, "{{ for c Items }}".Length, "write '{{ for item in Items }}'" },
        { "LTR021", Error, Letter("Text.", "@place"), Header, 1, "@place".Length, "'@place' needs a place, such as '@place The Hague'." },
        { "LTR021", Error, Letter("Text.", "@signatory | Convenor"), Header, 1, "@signatory".Length, "'@signatory' needs a name before the first '|'" },
        { "LTR022", Error, Letter("Text.", "@signatory A | B | C | D | E | F | G"), Header, 12, "A | B | C | D | E | F | G".Length, "takes at most 6 fields, a name and up to five lines ('Name | Title | Office | Mission'), but has 7" },
        { "LTR024", Error, Letter("Text.", "Dear friends"), Header, 1, "Dear friends".Length, "Text appears before '@salutation'" },
        { "LTR024", Error, ProbeLetter.Text("Text.") + "  PS: late. \n", 11, 3, "PS: late.".Length, "Use '@ps' for a postscript" },
        { "LTR025", Error, Letter(s_deeplyNested, "@param A: bool"), Body + 32, 1, "{{ if A }}".Length, "Blocks are nested deeper than 32 levels" },
        { "LTR026", Error, "  \n\n", 1, 1, 0, "The file is empty" },
        { "LTR027", Error, Letter("The {{ Session | ordinl }}.", "@param Session: int"), Body, 18, "ordinl".Length, "'ordinl' is not a filter; the filters are capitalize, list, lower, ordinal, trim, upper; did you mean 'ordinal'?" },
        { "LTR027", Error, Letter("The {{ Session | shout }}.", "@param Session: int"), Body, 18, "shout".Length, "the filters are capitalize, list, lower, ordinal, trim, upper." },
        { "LTR028", Error, Letter("The {{ Session + 1 }}.", "@param Session: int"), Body, 8, "Session + 1".Length, "compute anything else in C# and pass it in as a parameter." },
        { "LTR028", Error, Letter("The {{ Session | upper | ordinal }}.", "@param Session: int"), Body, 26, "ordinal".Length, "put '| ordinal' before the other filters." },
        { "LTR028", Error, Letter("{{ if }}\nText.\n{{ end }}"), Body, 1, "{{ if }}".Length, "write the condition after 'if'" },
        { "LTR028", Error, Letter("A{{ if A }}x{{ else if A }}y{{ end }}.", "@param A: bool"), Body, 13, "{{ else if A }}".Length, "put an '{{ if }}' inside the '{{ else }}'" },
        { "LTR029", Error, Letter("{{ else }}\nText."), Body, 1, "{{ else }}".Length, "'{{ else }}' is not inside an '{{ if }}'; remove it or add the '{{ if }}'." },
        { "LTR029", Error, Letter("{{ if A }}a{{ else }}b{{ else }}c{{ end }}", "@param A: bool"), Body, 23, "{{ else }}".Length, "(this 'if' already has one)" },
        { "LTR030", Error, Letter("Before{{ if A }} and\n\nafter.{{ end }}", "@param A: bool"), Body, 7, "{{ if A }}".Length, "close it in the same paragraph" },
        { "LTR031", Error, Letter("{{ for Session in Sessions }}\n- {{ Session }}\n{{ end }}", "@param Session: int\n@param Sessions: IReadOnlyList<int>"), Body + 1, 8, "Session".Length, "has the same name as the parameter 'Session'; choose another name." },
        { "LTR032", Error, Letter("Text.", "@param Signers: IReadOnlyList<Signatory>\n@signatories {{ Signers }}"), Header + 1, 1, "@signatories".Length, "Use either '@signatory' lines or '@signatories', not both." },
        { "LTR033", Error, ProbeLetter.Text("Text.", @namespace: "Cicc..Letters"), 2, 12, "Cicc..Letters".Length, "write dot-separated identifiers such as 'Cicc.Letters'." },
        { "LTR033", Error, Letter("Text.", "@using System..Text"), Header, 8, "System..Text".Length, "'System..Text' is not a valid namespace" },
        { "LTR035", Error, Letter("We {{ }} write."), Body, 4, "{{ }}".Length, "'{{ }}' is empty; write a parameter name inside it, or '{{{{' for a literal '{{'." },
        { "LTR038", Error, Letter("{{ Salutation }}.", "@param Salutation: string"), Header, 8, "Salutation".Length, "every letter class already has a member of that name; choose another name, such as 'SalutationText'." },
        { "LTR038", Error, ProbeLetter.Text("The {{ Appeal }}.", "@param Appeal: string", className: "Appeal"), Header, 8, "Appeal".Length, "it is the letter's class name" },
        { "LTR038", Error, ProbeLetter.Text("Text.", className: "Closing"), 1, 9, "Closing".Length, "'Closing' cannot name a letter class" },
        { "LTR013", Error, Letter("The {{ Session }}.", "@param Session: int // the session"), Header, 17, "int // the session".Length, "'int // the session' is not a valid C# type" },
        { "LTR014", Error, Letter("The {{ Place }}.", "@param Place: string = \"The Hague\" // default"), Header, 24, "\"The Hague\" // default".Length, "does not fit type 'string'" },
        { "LTR028", Error, Letter("The {{ Session:D3 | ordinal }}.", "@param Session: int"), Body, 21, "ordinal".Length, "it takes no ':format'" },
        { "LTR005", Error, Letter("{{ for c in Itemz }}\n- {{ c }}\n{{ end }}", "@param Items: IReadOnlyList<string>"), Body, 13, "Itemz".Length, "did you mean 'Items'?" },
        { "LTR047", Error, Letter("Dated {{ Date:d MMMM yyyy, in Room }}.", "@param Date: DateOnly"), Body, "Dated {{ Date:".Length + 1, "d MMMM yyyy, in Room".Length, "'d MMMM yyyy, in Room' is not a date format for 'Date': 'i' is not a date pattern letter, so it would print as itself; put literal text in quotes" },
        { "LTR047", Error, Letter("Dated {{ Date:q }}.", "@param Date: DateOnly"), Body, "Dated {{ Date:".Length + 1, 1, "'q' is not one of the one-letter date formats, which are d, D, m, M, o, O, r, R, y and Y." },
        { "LTR047", Error, Letter("Dated {{ Date:d 'de' MMMM 'de yyyy }}.", "@param Date: DateTime"), Body, "Dated {{ Date:".Length + 1, "d 'de' MMMM 'de yyyy".Length, "the quote ' is never closed" },
        { "LTR048", Error, Letter("At {{ Date:d MMMM yyyy HH:mm }}.", "@param Date: DateOnly"), Body, "At {{ Date:".Length + 1, "d MMMM yyyy HH:mm".Length, "'d MMMM yyyy HH:mm' asks for a time, but 'Date' is a DateOnly, which has none: 'HH' is the hour; remove the time from the format, or declare the parameter as a DateTime." },
        { "LTR048", Error, Letter("At {{ Date:t }}.", "@param Date: DateOnly?"), Body, "At {{ Date:".Length + 1, 1, "'t' is the one-letter format of a date with its time" },
        { "LTR049", Error, Letter("On {{ Date:N2 }}.", "@param Date: DateOnly"), Body, "On {{ Date:".Length + 1, 2, "'N2' is a number format, but 'Date' is a date (DateOnly); write a date format such as 'd MMMM yyyy'" },
        { "LTR049", Error, Letter("On {{ Range.Start:0.00 }}.", "@param Range: DateRange"), Body, "On {{ Range.Start:".Length + 1, 4, "but 'Range.Start' is a date (DateOnly)" },
        { "LTR050", Error, Letter("Pay {{ Amount:Q2 }}.", "@param Amount: decimal"), Body, "Pay {{ Amount:".Length + 1, 2, "'Q2' is not a number format for 'Amount': 'Q' is not a standard number format; they are C, D, E, F, G, N, P, R, X and B." },
        { "LTR050", Error, Letter("Pay {{ Amount:d MMMM yyyy }}.", "@param Amount: int"), Body, "Pay {{ Amount:".Length + 1, "d MMMM yyyy".Length, "it is a date format; write a number format such as 'N2' or '#,##0.00'." },
        { "LTR050", Error, Letter("Pay {{ Amount:X4 }}.", "@param Amount: double"), Body, "Pay {{ Amount:".Length + 1, 2, "'X' formats whole numbers only; use 'F' or 'N' for double." },
        { "LTR050", Error, Letter("Pay {{ Amount:#,##0.00 EUR }}.", "@param Amount: decimal"), Body, "Pay {{ Amount:".Length + 1, "#,##0.00 EUR".Length, "put literal text in quotes, as in '#,##0.00 \"EUR\"'." },
        { "LTR050", Error, Letter("{{ for n in Amounts }}\n- {{ n:N1000000000 }}\n{{ end }}", "@param Amounts: int[]"), Body + 1, "- {{ n:".Length + 1, "N1000000000".Length, "the precision 1000000000 is above the largest .NET takes, 999,999,999." },
        { "LTR051", Error, Letter("Pay {{ Amount:N2 }}.", "@param Amount: string"), Body, "Pay {{ Amount:".Length + 1, 2, "'Amount' is text (a string), which takes no format; only dates, date ranges and numbers do. Remove ':N2', or format the value in C# and pass the text in." },
        { "LTR051", Error, Letter("By {{ Signers:N2 | list }}.", "@param Signers: IReadOnlyList<Signatory>"), Body, "By {{ Signers:".Length + 1, 2, "Each item of 'Signers' is a Signatory, which takes no format" },
        { "LTR052", Error, Letter("On {{ Date:d MMMM yyyy }, in {{ Room }}.", "@param Date: DateOnly\n@param Room: string"), Body + 1, "On {{ Date:d MMMM yyyy }, in ".Length + 1, 2, "'{{' opens a placeholder inside the one that starts at column 4, which is not closed before it; close the first placeholder with '}}'." },
        { "LTR053", Error, Letter("From {{ Dates }}.", "@param Dates: List<DateOnly>"), Body, "From {{ ".Length + 1, "Dates".Length, "'Dates' is a list (List<DateOnly>), which a placeholder does not write as one value; write each item with '{{ for item in Dates }}…{{ end }}', or all of them as one phrase (\"A, B and C\") with '{{ Dates | list }}'." },
        { "LTR053", Error, Letter("By {{ Signer.Lines | upper }}.", "@param Signer: Signatory"), Body, "By {{ ".Length + 1, "Signer.Lines".Length, "'Signer.Lines' is a list (IReadOnlyList<string>)" },
        { "LTR054", Error, Letter("{{ for s in Session }}\n- {{ s }}\n{{ end }}", "@param Session: int"), Body, "{{ for s in ".Length + 1, "Session".Length, "'Session' is an int, not a list, so '{{ for s in Session }}' has nothing to repeat; write '{{ Session }}' for the value, or declare 'Session' as a list, such as 'IReadOnlyList<int>'." },
        { "LTR054", Error, Letter("Dear {{ for c in Name }}{{ c }}{{ end }}.", "@param Name: string"), Body, "Dear {{ for c in ".Length + 1, "Name".Length, "'Name' is text (a string), not a list" },
        { "LTR055", Error, Letter("The {{ Session | list }}.", "@param Session: int"), Body, "The {{ Session | ".Length + 1, "list".Length, "'list' takes a list, but 'Session' is an int; remove '| list'." },
        { "LTR055", Error, Letter("The {{ Amount | ordinal }}.", "@param Amount: decimal"), Body, "The {{ Amount | ".Length + 1, "ordinal".Length, "'ordinal' takes a whole number, but 'Amount' is a decimal; remove '| ordinal', or pass a whole number." },
        { "LTR028", Error, Letter("The {{ Dates | upper | list }}.", "@param Dates: IReadOnlyList<string>"), Body, "The {{ Dates | upper | ".Length + 1, "list".Length, "'list' takes the list itself, so put '| list' before the other filters." },
        { "LTR039", Error, Letter("Text.", "@layout uno"), Header, 9, "uno".Length, "'uno' is not a layout; did you mean 'un'? The layouts are block, un, din5008-a, din5008-b." },
        { "LTR040", Error, Letter("Text.", "@ref CICC/2020/17"), Header, 1, "@ref CICC/2020/17".Length, "it needs a label before a ':'" },
        { "LTR040", Error, Letter("Text.", "@ref Our ref.:"), Header, 1, "@ref Our ref.:".Length, "it has no value after the ':'" },
        { "LTR041", Error, Letter("Text.", "@label enclosres: Attachments"), Header, 8, "enclosres".Length, "'enclosres' is not a label key; did you mean 'enclosures'?" },
        { "LTR042", Error, Letter("Text.", "@label page: Seite"), Header, 14, "Seite".Length, "the 'page' label needs '{page}' where the page number goes" },
        { "LTR042", Error, Letter("Text.", "@label enclosures"), Header, 1, "@label enclosures".Length, "'@label' takes a key, a ':' and the text" },
        { "LTR007", Error, Letter("Text.", "@label cc: Copies\n@label cc: Copy to"), Header + 1, 1, "@label cc".Length, "'@label cc' may appear only once; remove this one or merge it with the first on line 3." },
        { "LTR043", Error, Letter("Text.", "@layout din5008-b\n@to 1\n@to 2\n@to 3\n@to 4\n@to 5\n@to 6\n@to 7"), Header + 7, 1, "@to".Length, "holds 6 lines, but the letter has 7 '@to' lines" },
        { "LTR043", Error, Letter("Text.", "@layout un\n@to 1\n@to 2\n@to 3\n@to 4\n@to 5\n@to 6\n@to 7"), Header + 7, 1, "@to".Length, "the addressee block at the foot of the first page" },
        { "LTR044", Error, Letter("Text.", "@layout un"), Header, 9, "un".Length, "The 'un' layout needs an addressee ('@to' lines): it prints the addressee below the signatures." },
        { "LTR044", Error, Letter("Text.", "@layout din5008-a"), Header, 9, "din5008-a".Length, "its address field, the envelope window, holds the addressee" },
        { "LTR045", Warning, ProbeLetter.Text("Text.") + "@to H.E. the President\n", 11, 1, "@to".Length, "use '@layout un'" },
        { "LTR046", Warning, Letter("Text.", "@layout din5008-a\n@to Amt\n@place Berlin"), Header + 2, 1, "@place".Length, "'@place' is not printed in the 'din5008-a' layout" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void TheMistakeIsReportedAloneAtItsExactPlace(string id, string severity, string letter, int line, int column, int length, string message)
    {
        var run = GeneratorHarness.RunLetter(letter, Path);

        Assert.True(run.GeneratorDiagnostics.Length == 1, "Expected one diagnostic, got:\n" + string.Join("\n", run.GeneratorDiagnostics));
        var diagnostic = run.GeneratorDiagnostics[0];
        DiagnosticAssert.At(diagnostic, id, Path, line, column, length, Enum.Parse<DiagnosticSeverity>(severity));
        Assert.Contains(message, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void TheMessageIsFormattedAndEndsAsASentence(string id, string severity, string letter, int line, int column, int length, string message)
    {
        _ = (id, severity, line, column, length, message);
        var text = Assert.Single(GeneratorHarness.RunLetter(letter, Path).GeneratorDiagnostics).GetMessage();

        // '}}}}' (a doubled '}}') or a {0} would mean the message was not formatted the way its descriptor expects;
        // '{{{{' may be meant, as the escape for a literal '{{'.
        Assert.DoesNotContain("}}}}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{0}", text, StringComparison.Ordinal);
        Assert.True(text.EndsWith(".", StringComparison.Ordinal) || text.EndsWith("?", StringComparison.Ordinal), "Unfinished message: " + text);
    }

    [Fact]
    public void AClassNameFromAnInvalidFileNameIsLTR010AtTheStartOfTheFile()
    {
        const string FromFileName = "/letters/2020 appeal.letter";
        var diagnostic = Assert.Single(GeneratorHarness.RunLetter(ProbeLetter.Text("Text.", className: null), FromFileName).GeneratorDiagnostics);

        DiagnosticAssert.At(diagnostic, "LTR010", FromFileName, 1, 1, 0);
        Assert.Contains("taken from the file name); add '@letter Name'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    private static string Letter(string body, string header = "") => ProbeLetter.Text(body, header);
}
