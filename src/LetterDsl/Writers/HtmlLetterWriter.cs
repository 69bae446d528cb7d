using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using LetterDsl.Planning;

namespace LetterDsl.Writers;

/// <summary>
/// Writes a letter as HTML: an <c>&lt;article class="letter letter-layout-…" lang="…"&gt;</c>, by default inside a
/// complete, self-contained document with print CSS that places the parts by the layout's geometry.
/// </summary>
/// <remarks>
/// <para>Parts map to <c>&lt;div class="letter-letterhead"&gt;</c>, <c>&lt;p class="letter-return-address"&gt;</c>,
/// <c>&lt;address class="letter-recipient"&gt;</c> (inside <c>&lt;div class="letter-address-field"&gt;</c> when the
/// layout has one), <c>&lt;p class="letter-references"&gt;</c>, <c>&lt;div class="letter-information"&gt;</c>,
/// <c>&lt;p class="letter-date"&gt;</c>, <c>&lt;p class="letter-subject"&gt;&lt;strong&gt;</c>,
/// <c>&lt;p class="letter-salutation"&gt;</c>, <c>&lt;p&gt;</c> and <c>&lt;ul&gt;</c>/<c>&lt;ol start="n"&gt;</c> for
/// the body, <c>&lt;p class="letter-closing"&gt;</c>, <c>&lt;div class="letter-signatures"&gt;</c> with one
/// <c>&lt;div class="letter-signatory"&gt;</c> column per signatory, <c>&lt;p class="letter-enclosures"&gt;</c>,
/// <c>&lt;p class="letter-cc"&gt;</c> and one <c>&lt;p class="letter-ps"&gt;</c> per postscript. The lines of a part
/// are joined by <c>&lt;br&gt;</c>; labels are <c>&lt;span class="letter-label"&gt;</c>. Emphasis is
/// <c>&lt;strong&gt;</c> and <c>&lt;em&gt;</c>, a hard break <c>&lt;br&gt;</c>, a soft break a space.</para>
/// <para>Template text, labels and values are all HTML-encoded (<c>&amp; &lt; &gt; " '</c>), and control characters
/// in them (C0 except tab, DEL, C1, U+2028 and U+2029) become spaces. The output is deterministic and uses
/// <c>\n</c> line endings.</para>
/// </remarks>
internal sealed class HtmlLetterWriter : LetterWriter, IPooledLetterWriter<HtmlLetterWriter>
{
    private readonly OutputBuffer _output;
    private readonly StringBuilder _footText = new();
    private HtmlOptions _options = HtmlOptions.Default;
    private LetterLayout _layout = LetterLayout.Block;
    private LetterPart _part;
    private string _partEnd = string.Empty;
    private bool _partHasLine;
    private bool _inAddressField;
    private bool _collectFoot;
    private int _footLines;
    private ListKind _list;
    private PlanBuilder? _plan;

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

    PlanFormat? IPooledLetterWriter<HtmlLetterWriter>.PlanFormat => PlanFormat.Html;

    object? IPooledLetterWriter<HtmlLetterWriter>.PlanOptions => _options;

    static HtmlLetterWriter IPooledLetterWriter<HtmlLetterWriter>.Create() => new(new OutputBuffer());

    static HtmlLetterWriter IPooledLetterWriter<HtmlLetterWriter>.Create(TextWriter target, object? options) =>
        new(target, options as HtmlOptions ?? HtmlOptions.Default);

    void IPooledLetterWriter<HtmlLetterWriter>.Configure(object? options) => Configure(options as HtmlOptions ?? HtmlOptions.Default);

    /// <inheritdoc/>
    public override void BeginLetter(LetterInfo letter)
    {
        _layout = letter.Layout;
        _partEnd = string.Empty;
        _inAddressField = false;
        _collectFoot = false;
        if (!_options.FragmentOnly)
        {
            WriteDocumentStart(letter);
        }

        _output.Write("<article class=\"letter");
        if (_layout != LetterLayout.Block)
        {
            _output.Write(" letter-layout-");
            _output.Write(_layout.Name);
        }

        _output.Write('"');
        WriteLang(letter.CultureName);
        _output.Write(">\n");
        HtmlStyleSheet.WriteMarks(_output, _layout.Geometry);
    }

    /// <inheritdoc/>
    public override void EndLetter()
    {
        CloseAddressField();
        _output.Write("</article>\n");
        if (!_options.FragmentOnly)
        {
            _output.Write("</body>\n</html>\n");
        }

        _output.Flush();
    }

    /// <inheritdoc/>
    public override void BeginPart(LetterPart part)
    {
        _part = part;
        _partHasLine = false;
        bool inField = _layout.Geometry.AddressField is not null && part is LetterPart.ReturnAddress or LetterPart.Recipient;
        if (inField && !_inAddressField)
        {
            _output.Write("<div class=\"letter-address-field\">\n");
            _inAddressField = true;
        }
        else if (!inField)
        {
            CloseAddressField();
        }

        _collectFoot = part == LetterPart.Recipient && _layout.Geometry.RecipientAtFoot && !_options.FragmentOnly;
        _footText.Clear();
        _footLines = 0;
        (string start, _partEnd) = part switch
        {
            LetterPart.Letterhead => ("<div class=\"letter-letterhead\">", "</div>\n"),
            LetterPart.ReturnAddress => ("<p class=\"letter-return-address\">", "</p>\n"),
            LetterPart.Recipient => ("<address class=\"letter-recipient\">", "</address>\n"),
            LetterPart.References => ("<p class=\"letter-references\">", "</p>\n"),
            LetterPart.InformationBlock => ("<div class=\"letter-information\">", "</div>\n"),
            LetterPart.DateLine => ("<p class=\"letter-date\">", "</p>\n"),
            LetterPart.Subject => ("<p class=\"letter-subject\"><strong>", "</strong></p>\n"),
            LetterPart.Salutation => ("<p class=\"letter-salutation\">", "</p>\n"),
            LetterPart.Closing => ("<p class=\"letter-closing\">", "</p>\n"),
            LetterPart.Enclosures => ("<p class=\"letter-enclosures\">", "</p>\n"),
            LetterPart.CarbonCopies => ("<p class=\"letter-cc\">", "</p>\n"),
            _ => (string.Empty, string.Empty),
        };
        _output.Write(start);
    }

    /// <inheritdoc/>
    public override void EndPart()
    {
        _output.Write(_partEnd);
        _partEnd = string.Empty;
        if (_collectFoot)
        {
            HtmlStyleSheet.WriteAddresseeAtFoot(_output, _layout.Geometry, _footText.ToString(), _footLines);
            _collectFoot = false;
        }
    }

    /// <inheritdoc/>
    public override void BeginLine()
    {
        if (_partHasLine)
        {
            _output.Write("<br>\n");
            if (_collectFoot)
            {
                _footText.Append('\n');
            }
        }

        _partHasLine = true;
        _footLines++;
    }

    /// <inheritdoc/>
    public override void EndLine()
    {
    }

    /// <inheritdoc/>
    public override void BeginParagraph() => _output.Write(_part == LetterPart.Postscripts ? "<p class=\"letter-ps\">" : "<p>");

    /// <inheritdoc/>
    public override void EndParagraph() => _output.Write("</p>\n");

    /// <inheritdoc/>
    public override void BeginList(ListKind kind, int start)
    {
        _list = kind;
        if (kind == ListKind.Bulleted)
        {
            _output.Write("<ul>\n");
        }
        else if (start == 1)
        {
            _output.Write("<ol>\n");
        }
        else
        {
            _output.Write("<ol start=\"");
            _output.Write(start);
            _output.Write("\">\n");
        }
    }

    /// <inheritdoc/>
    public override void BeginListItem(int number) => _output.Write("<li>");

    /// <inheritdoc/>
    public override void EndListItem() => _output.Write("</li>\n");

    /// <inheritdoc/>
    public override void EndList() => _output.Write(_list == ListKind.Bulleted ? "</ul>\n" : "</ol>\n");

    /// <inheritdoc/>
    public override void WriteLabel(string label)
    {
        _output.Write("<span class=\"letter-label\">");
        WriteEncoded(label);
        _output.Write("</span>");
    }

    /// <inheritdoc/>
    /// <remarks>The text is HTML-encoded.</remarks>
    public override void WriteText(string text) => WriteEncoded(text);

    /// <inheritdoc/>
    public override void WriteValue(ReadOnlySpan<char> value) => WriteEncoded(value);

    /// <summary>Plans are made with the writer's own code, and hold the markup it writes around each value.</summary>
    public void BeginPlan(PlanBuilder plan)
    {
        _plan = plan;
        _output.Release();
    }

    /// <inheritdoc cref="IPooledLetterWriter{TSelf}.EndPlan"/>
    public RenderPlan? EndPlan()
    {
        RenderPlan? plan = _plan!.Finish(PlanFormat.Html, _output.Cut());
        _plan = null;
        _output.Release();
        return plan;
    }

    /// <summary>Leaves a place for a value; HTML encodes every value the same way wherever it stands.</summary>
    public void PlanValue(ValueRef value)
    {
        if (_collectFoot)
        {
            // The UN addressee's print copy is a CSS string made of its values, which a plan does not hold.
            _plan!.MarkUnplannable();
        }

        _plan!.AddValue(_output.Cut(), value, 0);
    }

    /// <inheritdoc/>
    public override void BeginEmphasis(Emphasis emphasis) => _output.Write(emphasis == Emphasis.Bold ? "<strong>" : "<em>");

    /// <inheritdoc/>
    public override void EndEmphasis(Emphasis emphasis) => _output.Write(emphasis == Emphasis.Bold ? "</strong>" : "</em>");

    /// <inheritdoc/>
    public override void WriteSoftBreak() => WriteEncoded(" ");

    /// <inheritdoc/>
    public override void WriteLineBreak()
    {
        _output.Write("<br>\n");
        if (_collectFoot)
        {
            _footText.Append('\n');
            _footLines++;
        }
    }

    /// <inheritdoc/>
    public override void WriteSignatories(IReadOnlyList<Signatory> signatories)
    {
        ArgumentNullException.ThrowIfNull(signatories);
        _output.Write("<div class=\"letter-signatures\">\n");
        for (int i = 0; i < signatories.Count; i++)
        {
            Signatory signatory = signatories[i];
            _output.Write("<div class=\"letter-signatory\">");
            bool first = true;
            if (signatory.Name.Length > 0)
            {
                WriteSignatoryLine("name", signatory.Name, ValueRef.SignatoryName(i), ref first);
            }

            for (int line = 0; line < signatory.Lines.Count; line++)
            {
                WriteSignatoryLine("line", signatory.Lines[line], ValueRef.SignatoryLine(i, line), ref first);
            }

            _output.Write("</div>\n");
        }

        _output.Write("</div>\n");
    }

    private void Configure(HtmlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    private void CloseAddressField()
    {
        if (_inAddressField)
        {
            _output.Write("</div>\n");
            _inAddressField = false;
        }
    }

    private void WriteSignatoryLine(string part, string text, ValueRef value, ref bool first)
    {
        if (!first)
        {
            _output.Write("<br>");
        }

        first = false;
        _output.Write("<span class=\"letter-signatory-");
        _output.Write(part);
        _output.Write("\">");
        if (_plan is not null)
        {
            PlanValue(value);
        }
        else
        {
            WriteEncoded(text);
        }

        _output.Write("</span>");
    }

    private void WriteDocumentStart(LetterInfo letter)
    {
        _output.Write("<!DOCTYPE html>\n<html");
        WriteLang(letter.CultureName);
        _output.Write(">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        if (_plan is not null && _options.Title is null)
        {
            PlanValue(ValueRef.Title);
        }
        else
        {
            WriteEncoded(_options.Title ?? letter.Title ?? "Letter");
        }

        _output.Write("</title>\n<style>\n");
        HtmlStyleSheet.Write(_output, letter.Layout, _options.PageSize, letter.PageNumber);
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

    private void WriteEncoded(ReadOnlySpan<char> text)
    {
        if (_collectFoot)
        {
            foreach (char c in text)
            {
                _footText.Append(ValueText.IsReplacedBySpace(c) ? ' ' : c);
            }
        }

        HtmlText.Encode(text, _output);
    }
}
