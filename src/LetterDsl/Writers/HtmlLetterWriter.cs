using System;
using System.Collections.Generic;
using System.IO;

namespace LetterDsl;

/// <summary>
/// Writes a letter as HTML: an <c>&lt;article class="letter" lang="…"&gt;</c>, by default inside a complete,
/// self-contained document with print CSS (see <see cref="HtmlOptions"/>).
/// </summary>
/// <remarks>
/// <para>Blocks map to <c>&lt;p class="letter-date"&gt;</c>, <c>&lt;address class="letter-recipient"&gt;</c> (one
/// per run of recipient lines, joined by <c>&lt;br&gt;</c>), <c>&lt;p class="letter-subject"&gt;&lt;strong&gt;</c>,
/// <c>&lt;p class="letter-salutation"&gt;</c>, <c>&lt;p&gt;</c> for body paragraphs, <c>&lt;ul&gt;</c> or
/// <c>&lt;ol start="n"&gt;</c> with <c>&lt;li&gt;</c>, <c>&lt;p class="letter-closing"&gt;</c>,
/// <c>&lt;div class="letter-signatures"&gt;</c> with one <c>&lt;div class="letter-signatory"&gt;</c> column per
/// signatory, <c>&lt;p class="letter-cc"&gt;</c> (lines prefixed <c>cc: </c>), <c>&lt;p class="letter-enclosure"&gt;</c>
/// (<c>Encl.: </c>) and <c>&lt;p class="letter-ps"&gt;</c> (<c>P.S. </c>). Emphasis is <c>&lt;strong&gt;</c> and
/// <c>&lt;em&gt;</c>, a hard break <c>&lt;br&gt;</c>, a soft break a space.</para>
/// <para>Template text and values are both HTML-encoded (<c>&amp; &lt; &gt; " '</c>), and control characters in them
/// (C0 except tab, DEL, C1, U+2028 and U+2029) become spaces. The output is deterministic and uses <c>\n</c> line
/// endings.</para>
/// </remarks>
public sealed class HtmlLetterWriter : LetterWriter, IPooledLetterWriter<HtmlLetterWriter>
{
    private const string StyleSheet = """
        body { margin: 0; background: #fff; color: #111; }
        .letter { font-family: Georgia, Cambria, "Times New Roman", Times, serif; font-size: 12pt; line-height: 1.45; max-width: 40em; margin: 0 auto; }
        .letter p, .letter address { margin: 0 0 1em; }
        .letter address { font-style: normal; }
        .letter-date { margin-bottom: 2em; }
        .letter-recipient { margin-bottom: 2em; }
        .letter-subject { margin: 1.5em 0; }
        .letter ul, .letter ol { margin: 0 0 1em; padding-left: 1.75em; }
        .letter li { margin: 0 0 0.4em; }
        .letter-closing { margin-top: 1.5em; break-after: avoid; page-break-after: avoid; }
        .letter-signatures { display: flex; flex-wrap: wrap; gap: 1.5em 3em; margin: 0 0 2em; padding-top: 4em; break-inside: avoid; page-break-inside: avoid; }
        .letter-signatory { flex: 1 1 0; min-width: 12em; }
        .letter-signatory-name { font-weight: bold; }
        .letter-cc, .letter-enclosure, .letter-ps { font-size: 0.95em; }
        @media screen { body { padding: 2em; } }

        """;

    private readonly OutputBuffer _output;
    private HtmlOptions _options = HtmlOptions.Default;
    private string _blockEnd = string.Empty;
    private string _groupEnd = string.Empty;
    private LetterBlock? _group;
    private ListKind? _list;

    /// <summary>Creates a writer that streams a complete A4 HTML document to <paramref name="writer"/>.</summary>
    /// <param name="writer">The target; it is written to as the letter renders and is not flushed or closed.</param>
    public HtmlLetterWriter(TextWriter writer)
        : this(writer, HtmlOptions.Default)
    {
    }

    /// <summary>Creates a writer that streams HTML shaped by <paramref name="options"/> to <paramref name="writer"/>.</summary>
    /// <param name="writer">The target; it is written to as the letter renders and is not flushed or closed.</param>
    /// <param name="options">Whether to write a fragment or a document, the page size and the title.</param>
    public HtmlLetterWriter(TextWriter writer, HtmlOptions options)
        : this(new OutputBuffer(writer))
    {
        Configure(options);
    }

    private HtmlLetterWriter(OutputBuffer output) => _output = output;

    OutputBuffer IPooledLetterWriter<HtmlLetterWriter>.Output => _output;

    static HtmlLetterWriter IPooledLetterWriter<HtmlLetterWriter>.Create() => new(new OutputBuffer());

    void IPooledLetterWriter<HtmlLetterWriter>.Configure(object? options) => Configure(options as HtmlOptions ?? HtmlOptions.Default);

    /// <inheritdoc/>
    public override void BeginLetter(string cultureName)
    {
        _blockEnd = string.Empty;
        _groupEnd = string.Empty;
        _group = null;
        _list = null;
        if (!_options.FragmentOnly)
        {
            WriteDocumentStart(cultureName);
        }

        _output.Write("<article class=\"letter\"");
        WriteLang(cultureName);
        _output.Write(">\n");
    }

    /// <inheritdoc/>
    public override void EndLetter()
    {
        EndBlock();
        CloseContainers();
        _output.Write("</article>\n");
        if (!_options.FragmentOnly)
        {
            _output.Write("</body>\n</html>\n");
        }

        _output.Flush();
    }

    /// <inheritdoc/>
    public override void BeginBlock(LetterBlock block)
    {
        EndBlock();
        CloseList();
        if (LetterBlocks.IsGrouped(block))
        {
            if (_group == block)
            {
                _output.Write("<br>\n");
            }
            else
            {
                CloseGroup();
                _group = block;
                (string open, _groupEnd) = block switch
                {
                    LetterBlock.Recipient => ("<address class=\"letter-recipient\">", "</address>\n"),
                    LetterBlock.CarbonCopy => ("<p class=\"letter-cc\">", "</p>\n"),
                    _ => ("<p class=\"letter-enclosure\">", "</p>\n"),
                };
                _output.Write(open);
            }

            _output.Write(LetterBlocks.Prefix(block));
            return;
        }

        CloseGroup();
        (string start, _blockEnd) = block switch
        {
            LetterBlock.DateLine => ("<p class=\"letter-date\">", "</p>\n"),
            LetterBlock.Subject => ("<p class=\"letter-subject\"><strong>", "</strong></p>\n"),
            LetterBlock.Salutation => ("<p class=\"letter-salutation\">", "</p>\n"),
            LetterBlock.Closing => ("<p class=\"letter-closing\">", "</p>\n"),
            LetterBlock.Postscript => ("<p class=\"letter-ps\">", "</p>\n"),
            _ => ("<p>", "</p>\n"),
        };
        _output.Write(start);
        _output.Write(LetterBlocks.Prefix(block));
    }

    /// <inheritdoc/>
    public override void BeginListItem(ListKind kind, int number)
    {
        EndBlock();
        CloseGroup();
        if (_list != kind)
        {
            CloseList();
            _list = kind;
            if (kind == ListKind.Bulleted)
            {
                _output.Write("<ul>\n");
            }
            else if (number == 1)
            {
                _output.Write("<ol>\n");
            }
            else
            {
                _output.Write("<ol start=\"");
                _output.Write(number);
                _output.Write("\">\n");
            }
        }

        _output.Write("<li>");
        _blockEnd = "</li>\n";
    }

    /// <inheritdoc/>
    public override void EndBlock()
    {
        _output.Write(_blockEnd);
        _blockEnd = string.Empty;
    }

    /// <inheritdoc/>
    public override void EndList() => CloseList();

    /// <inheritdoc/>
    /// <remarks>The text is HTML-encoded.</remarks>
    public override void WriteText(string text) => WriteEncoded(text);

    /// <inheritdoc/>
    public override void WriteValue(ReadOnlySpan<char> value) => WriteEncoded(value);

    /// <inheritdoc/>
    public override void BeginEmphasis(Emphasis emphasis) => _output.Write(emphasis == Emphasis.Bold ? "<strong>" : "<em>");

    /// <inheritdoc/>
    public override void EndEmphasis(Emphasis emphasis) => _output.Write(emphasis == Emphasis.Bold ? "</strong>" : "</em>");

    /// <inheritdoc/>
    public override void WriteSoftBreak() => _output.Write(' ');

    /// <inheritdoc/>
    public override void WriteLineBreak() => _output.Write("<br>\n");

    /// <inheritdoc/>
    public override void WriteSignatories(IReadOnlyList<Signatory> signatories)
    {
        ArgumentNullException.ThrowIfNull(signatories);
        EndBlock();
        CloseContainers();
        if (signatories.Count == 0)
        {
            return;
        }

        _output.Write("<div class=\"letter-signatures\">\n");
        foreach (Signatory signatory in signatories)
        {
            _output.Write("<div class=\"letter-signatory\">");
            WriteSignatoryLine("name", signatory.Name, first: true);
            WriteSignatoryLine("title", signatory.Title, first: false);
            WriteSignatoryLine("organization", signatory.Organization, first: false);
            _output.Write("</div>\n");
        }

        _output.Write("</div>\n");
    }

    private void Configure(HtmlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    private void WriteSignatoryLine(string part, string? text, bool first)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (!first)
        {
            _output.Write("<br>");
        }

        _output.Write("<span class=\"letter-signatory-");
        _output.Write(part);
        _output.Write("\">");
        WriteEncoded(text);
        _output.Write("</span>");
    }

    private void WriteDocumentStart(string cultureName)
    {
        _output.Write("<!DOCTYPE html>\n<html");
        WriteLang(cultureName);
        _output.Write(">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        WriteEncoded(_options.Title ?? "Letter");
        _output.Write("</title>\n<style>\n@page { size: ");
        _output.Write(_options.PageSize == HtmlPageSize.Letter ? "letter" : "A4");
        _output.Write("; margin: 25mm; }\n");
        _output.Write(StyleSheet);
        _output.Write("</style>\n</head>\n<body>\n");
    }

    private void WriteLang(string cultureName)
    {
        if (string.IsNullOrEmpty(cultureName))
        {
            return;
        }

        _output.Write(" lang=\"");
        WriteEncoded(cultureName);
        _output.Write('"');
    }

    private void CloseContainers()
    {
        CloseGroup();
        CloseList();
    }

    private void CloseGroup()
    {
        _output.Write(_groupEnd);
        _groupEnd = string.Empty;
        _group = null;
    }

    private void CloseList()
    {
        if (_list is ListKind kind)
        {
            _output.Write(kind == ListKind.Bulleted ? "</ul>\n" : "</ol>\n");
            _list = null;
        }
    }

    private void WriteEncoded(ReadOnlySpan<char> text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => ValueText.IsReplacedBySpace(c) ? " " : null,
            };
            if (replacement is not null)
            {
                _output.Write(text[start..i]);
                _output.Write(replacement);
                start = i + 1;
            }
        }

        _output.Write(text[start..]);
    }
}
