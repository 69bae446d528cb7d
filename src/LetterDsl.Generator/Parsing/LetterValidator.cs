using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LetterDsl.Generator.Diagnostics;
using LetterDsl.Generator.Model;

namespace LetterDsl.Generator.Parsing;

/// <summary>
/// The checks that need the whole letter: the required parts (LTR001–LTR004), the rules of its layout, and the
/// parameters it never uses. Each mistake is reported once: a part that a misspelled directive was meant to be is
/// not also reported missing.
/// </summary>
internal sealed class LetterValidator
{
    private readonly LetterDirectives _directives;
    private readonly ParseContext _context;

    public LetterValidator(LetterDirectives directives, ParseContext context)
    {
        _directives = directives;
        _context = context;
    }

    public void ReportMissingParts()
    {
        var source = _context.Source;
        var end = source.Text.TrimEnd().Length;
        var lastLine = source.GetLine(source.Location(end, 0).LineSpan.Start.Line);
        var salutation = _directives.First(DirectiveNames.Salutation);
        var closing = _directives.First(DirectiveNames.Closing);

        if (salutation is null && !_directives.WasMisspelled(DirectiveNames.Salutation))
        {
            // Point at the first body text: the salutation belongs just above it.
            var firstText = _directives.TextLines.Select(t => t.Line).FirstOrDefault(l => !l.IsBlank);
            var location = firstText.Text is null ? source.Location(0, 0) : source.Location(firstText);
            _context.Report(DiagnosticDescriptors.MissingSalutation, location);
        }

        if (!_directives.Has(DirectiveNames.Date) && !_directives.WasMisspelled(DirectiveNames.Date))
        {
            _context.Report(DiagnosticDescriptors.MissingDate, salutation is null ? source.Location(0, 0) : source.Location(salutation.Offset, salutation.Length));
        }

        if (closing is null && !_directives.WasMisspelled(DirectiveNames.Closing))
        {
            var signatory = _directives.FirstOf(DirectiveNames.Signatory, DirectiveNames.Signatories);
            _context.Report(DiagnosticDescriptors.MissingClosing, signatory is null ? source.Location(lastLine) : source.Location(signatory.Offset, signatory.Length));
        }

        var signed = _directives.Has(DirectiveNames.Signatory) || _directives.Has(DirectiveNames.Signatories);
        if (!signed && !_directives.WasMisspelled(DirectiveNames.Signatory) && !_directives.WasMisspelled(DirectiveNames.Signatories))
        {
            _context.Report(DiagnosticDescriptors.MissingSignatory, closing is null ? source.Location(lastLine) : source.Location(closing.Offset, closing.Length));
        }
    }

    /// <summary>
    /// The rules of <paramref name="layout"/>: the parts it needs, the six-line address block of the layouts that
    /// print it in a fixed box, and parts written where that layout does not print them.
    /// </summary>
    public void ReportLayoutRules(string layout)
    {
        var addresses = _directives.All(DirectiveNames.To).ToList();
        var layoutDirective = _directives.First(DirectiveNames.Layout);
        var isDin = layout.StartsWith("din5008", StringComparison.Ordinal);
        if (addresses.Count == 0 && layout != "block" && layoutDirective is not null && !_directives.WasMisspelled(DirectiveNames.To))
        {
            var why = isDin
                ? "its address field, the envelope window, holds the addressee"
                : "it prints the addressee below the signatures";
            _context.Report(DiagnosticDescriptors.LayoutNeedsPart, layoutDirective.ValueOffset, layoutDirective.Value.Length, layout, "an addressee ('@to' lines)", why);
        }

        if (Array.IndexOf(LetterContract.LayoutsWithAddressLimit, layout) >= 0 && addresses.Count > LetterContract.MaxAddressLines)
        {
            var extra = addresses[LetterContract.MaxAddressLines];
            var box = isDin ? "the address zone of its address field" : "the addressee block at the foot of the first page";
            _context.Report(DiagnosticDescriptors.AddressTooLong, extra.Offset, extra.Length, layout, box,
                LetterContract.MaxAddressLines.ToString(CultureInfo.InvariantCulture), addresses.Count.ToString(CultureInfo.InvariantCulture));
        }

        if (isDin && _directives.First(DirectiveNames.Place) is { } place)
        {
            _context.Report(DiagnosticDescriptors.PartNotPrinted, place.Offset, place.Length, DirectiveNames.Place, layout,
                "its information block shows the date under the 'date' label, without the place; remove '@place'");
        }

        // The reading order is the layout's, not the file's: an addressee written after the signatures would
        // silently print above the salutation.
        var signature = _directives.FirstOf(DirectiveNames.Signatory, DirectiveNames.Signatories);
        if (layout != "un" && signature is not null && addresses.FirstOrDefault(a => a.LineIndex > signature.LineIndex) is { } late)
        {
            _context.Report(DiagnosticDescriptors.PartOutOfPlace, late.Offset, late.Length, layout);
        }
    }

    public void ReportUnusedParameters(IEnumerable<ParameterSpec> parameters)
    {
        foreach (var parameter in parameters)
        {
            if (!_context.UsedParameters.Contains(parameter.Name))
            {
                _context.Report(DiagnosticDescriptors.UnusedParameter, parameter.NameLocation, parameter.Name);
            }
        }
    }
}
