using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace LetterDsl.Generator.Diagnostics;

/// <summary>
/// Every diagnostic LetterDsl reports, in one place. The IDs are a public contract: docs/diagnostics.md has
/// one section per ID, the help links point there, and AnalyzerReleases.*.md track them.
/// </summary>
/// <remarks>Every message goes through <c>string.Format</c> (see <see cref="Model.DiagnosticInfo.ToDiagnostic"/>), so braces are doubled in all of them.</remarks>
internal static class DiagnosticDescriptors
{
    private const string Category = "LetterDsl";
    private const string HelpBase = "https://github.com/letterdsl/letterdsl/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor MissingSalutation = Error(
        "LTR001", "Letter has no salutation",
        "The letter has no '@salutation'. Add a line such as '@salutation Excellency,' before the body.");

    public static readonly DiagnosticDescriptor MissingDate = Error(
        "LTR002", "Letter has no date",
        "The letter has no '@date'. Add '@date {{{{ Date }}}}' with a date parameter, or a literal date such as '@date 7 December 2020'.");

    public static readonly DiagnosticDescriptor MissingSignatory = Error(
        "LTR003", "Letter has no signatory",
        "The letter has no '@signatory'. Add '@signatory Name | Title | Organization' after '@closing', or '@signatories {{{{ Signers }}}}'.");

    public static readonly DiagnosticDescriptor MissingClosing = Error(
        "LTR004", "Letter has no closing",
        "The letter has no '@closing'. Add a line such as '@closing Sincerely,' after the body.");

    public static readonly DiagnosticDescriptor UnknownParameter = Error(
        "LTR005", "Unknown parameter",
        "'{0}' is not a parameter of this letter; declare it with '@param {0}: Type' or fix the name{1}");

    public static readonly DiagnosticDescriptor UnknownDirective = Error(
        "LTR006", "Unknown directive",
        "'@{0}' is not a directive; write '@@' at the start of the line for a literal '@'{1}");

    public static readonly DiagnosticDescriptor DuplicateDirective = Error(
        "LTR007", "Directive appears twice",
        "'@{0}' may appear only once; remove this one or merge it with the first on line {1}.");

    public static readonly DiagnosticDescriptor DuplicateParameter = Error(
        "LTR008", "Parameter declared twice",
        "Parameter '{0}' is already declared on line {1}; remove or rename this one.");

    public static readonly DiagnosticDescriptor UnusedParameter = Warning(
        "LTR009", "Parameter is never used",
        "Parameter '{0}' is never used in the letter; use it in a placeholder such as '{{{{ {0} }}}}' or remove the '@param' line.");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Error(
        "LTR010", "Invalid name",
        "'{0}' is not a valid C# identifier for {1}; use letters, digits and '_', starting with a letter.");

    public static readonly DiagnosticDescriptor KeywordIdentifier = Error(
        "LTR011", "Name is a C# keyword",
        "'{0}' is a C# keyword and cannot name {1}; choose another name, such as '{2}'.");

    public static readonly DiagnosticDescriptor MalformedParameter = Error(
        "LTR012", "Malformed @param",
        "Malformed '@param': {0}. Write '@param Name: Type' or '@param Name: Type = default'.");

    public static readonly DiagnosticDescriptor InvalidType = Error(
        "LTR013", "Invalid parameter type",
        "'{0}' is not a valid C# type; write a type such as 'string', 'int', 'DateOnly' or 'DateRange?'.");

    public static readonly DiagnosticDescriptor InvalidDefaultValue = Error(
        "LTR014", "Default value does not fit the type",
        "The default '{0}' does not fit type '{1}': {2}.");

    public static readonly DiagnosticDescriptor InvalidDate = Error(
        "LTR015", "Invalid date",
        "'{0}' is not a valid date: {1}. Write a date that exists, such as '2021-02-28' or 'February 28, 2021', or use a placeholder.");

    public static readonly DiagnosticDescriptor UnknownCulture = Error(
        "LTR016", "Unknown culture",
        "'{0}' is not a known culture name; use a name such as 'en-US', 'en-GB', 'fr-FR' or 'de-DE'{1}");

    public static readonly DiagnosticDescriptor UnclosedPlaceholder = Error(
        "LTR017", "Unclosed '{{'",
        "'{{{{' is not closed on this line; add '}}}}', or write '{{{{{{{{' for a literal '{{{{'.");

    public static readonly DiagnosticDescriptor EndWithoutBlock = Error(
        "LTR018", "'end' without a block",
        "'{{{{ end }}}}' has no open '{{{{ if }}}}' or '{{{{ for }}}}' to close; remove it.");

    public static readonly DiagnosticDescriptor UnclosedBlock = Error(
        "LTR019", "Block is not closed",
        "'{{{{ {0} }}}}' is never closed; add '{{{{ end }}}}' {1}.");

    public static readonly DiagnosticDescriptor MalformedFor = Error(
        "LTR020", "Malformed 'for'",
        "Malformed loop '{0}'; write '{{{{ for item in Items }}}}'.");

    public static readonly DiagnosticDescriptor EmptyDirective = Error(
        "LTR021", "Directive is empty",
        "'@{0}' needs {1}.");

    public static readonly DiagnosticDescriptor TooManySignatoryFields = Error(
        "LTR022", "Too many signatory fields",
        "'@signatory' takes at most {1} fields, a name and up to five lines ('Name | Title | Office | Mission'), but has {0}; join the extra fields or remove them.");

    public static readonly DiagnosticDescriptor DuplicateClassName = Error(
        "LTR023", "Two letters have the same class name",
        "Letter class '{0}' is also generated from '{1}'; give one of them another '@letter' name or '@namespace'.");

    public static readonly DiagnosticDescriptor TextOutsideBody = Error(
        "LTR024", "Text outside the body",
        "Text {0}; the body is everything between '@salutation' and '@closing'. {1}");

    public static readonly DiagnosticDescriptor NestingTooDeep = Error(
        "LTR025", "Blocks nested too deeply",
        "Blocks are nested deeper than {0} levels; flatten the 'if' and 'for' blocks.");

    public static readonly DiagnosticDescriptor EmptyFile = Error(
        "LTR026", "Empty letter file",
        "The file is empty; a letter needs at least '@date', '@salutation', a body, '@closing' and '@signatory'.");

    public static readonly DiagnosticDescriptor UnknownFilter = Error(
        "LTR027", "Unknown filter",
        "'{0}' is not a filter; the filters are {2}{1}");

    public static readonly DiagnosticDescriptor InvalidExpression = Error(
        "LTR028", "Invalid placeholder",
        "'{0}' is not a placeholder LetterDsl understands; {1}.");

    public static readonly DiagnosticDescriptor ElseOutsideIf = Error(
        "LTR029", "'else' outside 'if'",
        "'{{{{ else }}}}' is not inside an '{{{{ if }}}}'{0}; remove it or add the '{{{{ if }}}}'.");

    public static readonly DiagnosticDescriptor BlockSpansParagraphs = Error(
        "LTR030", "Block crosses a paragraph",
        "'{{{{ {0} }}}}' starts inside a paragraph but is not closed before the paragraph ends; close it in the same paragraph, or put '{{{{ {0} }}}}' and '{{{{ end }}}}' on lines of their own to wrap whole paragraphs.");

    public static readonly DiagnosticDescriptor LoopVariableConflict = Error(
        "LTR031", "Loop variable hides a name",
        "Loop variable '{0}' has the same name as {1}; choose another name.");

    public static readonly DiagnosticDescriptor SignatoriesConflict = Error(
        "LTR032", "Malformed signatories",
        "{0}");

    public static readonly DiagnosticDescriptor InvalidNamespace = Error(
        "LTR033", "Invalid namespace",
        "'{0}' is not a valid namespace; write dot-separated identifiers such as 'Cicc.Letters'.");

    public static readonly DiagnosticDescriptor InternalError = Error(
        "LTR034", "LetterDsl could not process the letter",
        "LetterDsl could not process this letter ({0}: {1}); please report it. The rest of the project still builds.");

    public static readonly DiagnosticDescriptor EmptyPlaceholder = Error(
        "LTR035", "Empty placeholder",
        "'{{{{ }}}}' is empty; write a parameter name inside it, or '{{{{{{{{' for a literal '{{{{'.");

    public static readonly DiagnosticDescriptor InvalidSeverityOverride = Warning(
        "LTR036", "Invalid severity setting",
        "'{0}' is not a valid severity for '{1}'; use error, warning, suggestion, silent, none or default.");

    public static readonly DiagnosticDescriptor TooManyDiagnostics = Error(
        "LTR037", "Too many problems in one letter",
        "The letter has more than {0} problems; only the first {0} are listed. Fix those and build again.");

    public static readonly DiagnosticDescriptor NameTakenByGeneratedCode = Error(
        "LTR038", "Name is taken by the generated class",
        "'{0}' cannot name {1}: {2}; choose another name, such as '{3}'.");

    public static readonly DiagnosticDescriptor UnknownLayout = Error(
        "LTR039", "Unknown layout",
        "'{0}' is not a layout{1} The layouts are {2}.");

    public static readonly DiagnosticDescriptor MalformedReference = Error(
        "LTR040", "Malformed @ref",
        "'@ref' is malformed: {0}. Write a label, a ':' and the value, such as '@ref Our ref.: CICC/2020/17'.");

    public static readonly DiagnosticDescriptor UnknownLabelKey = Error(
        "LTR041", "Unknown label key",
        "'{0}' is not a label key{1} The keys are {2}.");

    public static readonly DiagnosticDescriptor MalformedLabel = Error(
        "LTR042", "Malformed @label",
        "'@label' is malformed: {0}.");

    public static readonly DiagnosticDescriptor AddressTooLong = Error(
        "LTR043", "Address block too long for the layout",
        "The '{0}' layout prints the addressee in {1}, which holds {2} lines, but the letter has {3} '@to' lines; join or remove lines from here on.");

    public static readonly DiagnosticDescriptor LayoutNeedsPart = Error(
        "LTR044", "Layout needs a part the letter lacks",
        "The '{0}' layout needs {1}: {2}.");

    public static readonly DiagnosticDescriptor PartOutOfPlace = Warning(
        "LTR045", "Addressee written below the signatures",
        "In the '{0}' layout the addressee prints above the salutation, wherever '@to' stands in the file; to print it below the signatures, use '@layout un', or move '@to' up to say what prints.");

    public static readonly DiagnosticDescriptor PartNotPrinted = Warning(
        "LTR046", "Part not printed in this layout",
        "'@{0}' is not printed in the '{1}' layout: {2}.");

    public static readonly DiagnosticDescriptor InvalidDateFormat = Error(
        "LTR047", "Not a date format",
        "'{0}' is not a date format for {1}: {2}.");

    public static readonly DiagnosticDescriptor TimeFormatOnDate = Error(
        "LTR048", "Time in a date's format",
        "'{0}' asks for a time, but {1} is a DateOnly, which has none: {2}; remove the time from the format, or declare the parameter as a DateTime.");

    public static readonly DiagnosticDescriptor NumberFormatOnDate = Error(
        "LTR049", "Number format on a date",
        "'{0}' is a number format, but {1} is {2}; write a date format such as 'd MMMM yyyy', or leave the format out for the letter's date style.");

    public static readonly DiagnosticDescriptor InvalidNumberFormat = Error(
        "LTR050", "Not a number format",
        "'{0}' is not a number format for {1}: {2}.");

    public static readonly DiagnosticDescriptor FormatOnPlainValue = Error(
        "LTR051", "Value takes no format",
        "{0} is {1}, which takes no format; only dates, date ranges and numbers do. Remove ':{2}', or format the value in C# and pass the text in.");

    public static readonly DiagnosticDescriptor NestedPlaceholder = Error(
        "LTR052", "'{{' inside a placeholder",
        "'{{{{' opens a placeholder inside the one that starts at column {0}, which is not closed before it; close the first placeholder with '}}}}'.");

    public static readonly DiagnosticDescriptor ListInPlaceholder = Error(
        "LTR053", "List written as one value",
        "'{0}' is {1}, which a placeholder does not write as one value; write each item with '{{{{ for item in {0} }}}}…{{{{ end }}}}', or all of them as one phrase (\"A, B and C\") with '{{{{ {0} | list }}}}'.");

    public static readonly DiagnosticDescriptor LoopOverValue = Error(
        "LTR054", "'for' over a value that is not a list",
        "'{0}' is {1}, not a list, so '{{{{ for {2} in {0} }}}}' has nothing to repeat; write '{{{{ {0} }}}}' for the value, or declare '{0}' as a list, such as 'IReadOnlyList<{3}>'.");

    public static readonly DiagnosticDescriptor FilterDoesNotFit = Error(
        "LTR055", "Filter does not fit the value",
        "'{0}' takes {1}, but {2} is {3}; {4}.");

    public static readonly DiagnosticDescriptor CultureWithoutConventions = Warning(
        "LTR060", "Culture has no letter conventions",
        "'{0}' has no letter conventions in LetterDsl, so {1}; the cultures with conventions are {2}.");

    private static readonly DiagnosticDescriptor[] s_all =
    {
        MissingSalutation, MissingDate, MissingSignatory, MissingClosing, UnknownParameter, UnknownDirective,
        DuplicateDirective, DuplicateParameter, UnusedParameter, InvalidIdentifier, KeywordIdentifier,
        MalformedParameter, InvalidType, InvalidDefaultValue, InvalidDate, UnknownCulture, UnclosedPlaceholder,
        EndWithoutBlock, UnclosedBlock, MalformedFor, EmptyDirective, TooManySignatoryFields, DuplicateClassName,
        TextOutsideBody, NestingTooDeep, EmptyFile, UnknownFilter, InvalidExpression, ElseOutsideIf,
        BlockSpansParagraphs, LoopVariableConflict, SignatoriesConflict, InvalidNamespace, InternalError,
        EmptyPlaceholder, InvalidSeverityOverride, TooManyDiagnostics, NameTakenByGeneratedCode, UnknownLayout,
        MalformedReference, UnknownLabelKey, MalformedLabel, AddressTooLong, LayoutNeedsPart, PartOutOfPlace, PartNotPrinted,
        InvalidDateFormat, TimeFormatOnDate, NumberFormatOnDate, InvalidNumberFormat, FormatOnPlainValue, NestedPlaceholder,
        ListInPlaceholder, LoopOverValue, FilterDoesNotFit,
        CultureWithoutConventions,
    };

    public static IReadOnlyList<DiagnosticDescriptor> All => s_all;

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
