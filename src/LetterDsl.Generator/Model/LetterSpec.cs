namespace LetterDsl.Generator.Model;

/// <summary>Everything the emitter needs to write one letter class, as values.</summary>
internal sealed record LetterSpec(
    string FilePath,
    string HintName,
    string ClassName,
    LocationInfo ClassNameLocation,
    string? Namespace,
    EquatableArray<UsingSpec> Usings,
    string CultureName,
    string LayoutName,
    string? Summary,
    EquatableArray<LabelSpec> Labels,
    EquatableArray<ParameterSpec> Parameters,
    EquatableArray<InlineLine> Senders,
    EquatableArray<InlineNode> Place,
    EquatableArray<InlineNode> Date,
    EquatableArray<InlineLine> Recipients,
    EquatableArray<ReferenceSpec> References,
    EquatableArray<InlineNode> Subject,
    EquatableArray<InlineNode> Salutation,
    EquatableArray<BlockNode> Body,
    EquatableArray<InlineNode> Closing,
    EquatableArray<SignatorySpec> Signatories,
    ExpressionSpec? SignatoriesSource,
    EquatableArray<InlineLine> CarbonCopies,
    EquatableArray<InlineLine> Enclosures,
    EquatableArray<InlineLine> Postscripts)
{
    public string FullName => Namespace is null ? ClassName : Namespace + "." + ClassName;
}

/// <summary>An <c>@using Namespace</c> line, kept with its place so a namespace that does not exist is reported in the letter.</summary>
internal sealed record UsingSpec(string Namespace, LocationInfo Location);

/// <summary>One line of a repeatable directive such as <c>@to</c> or <c>@cc</c>.</summary>
internal sealed record InlineLine(EquatableArray<InlineNode> Content);

/// <summary>An <c>@signatory Name | line | line …</c> directive; an empty field is an empty line, which prints nothing.</summary>
internal sealed record SignatorySpec(EquatableArray<InlineNode> Name, EquatableArray<InlineLine> Lines);

/// <summary>An <c>@ref Label: value</c> line.</summary>
internal sealed record ReferenceSpec(string Label, EquatableArray<InlineNode> Value);

/// <summary>An <c>@label key: text</c> override of one of the culture's labels.</summary>
internal sealed record LabelSpec(string Key, string Text);

/// <summary>The parser's result for one file: the spec (null when nothing can be emitted) and its diagnostics.</summary>
internal sealed record LetterParseResult(string FilePath, LetterSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<string> SeverityOverrides);

/// <summary>What one letter contributes to the compilation: its source (null when it cannot be emitted) and diagnostics.</summary>
/// <param name="Identity">The class the letter generates, for the duplicate-name check; null when the letter has no spec.</param>
internal sealed record LetterOutput(LetterIdentity? Identity, string? HintName, string? Source, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<string> SeverityOverrides);

/// <summary>A letter's full class name and file, for finding two letters that would generate the same class.</summary>
internal sealed record LetterIdentity(string FullName, string FilePath, LocationInfo ClassNameLocation);

/// <summary>A <c>.letter</c> file with the options that apply to it, read once at the start of the pipeline.</summary>
internal sealed record LetterInput(string FilePath, string Text, LetterFileOptions Options);

/// <summary>Options from the project and its .editorconfig for one file.</summary>
/// <param name="RootNamespace">build_property.RootNamespace.</param>
/// <param name="ProjectDirectory">build_property.ProjectDir, used for the folder part of the default namespace and hint names.</param>
/// <param name="SeverityOverrides">letterdsl_diagnostic.ID.severity values, as "ID=severity" pairs sorted by ID.</param>
internal sealed record LetterFileOptions(string? RootNamespace, string? ProjectDirectory, EquatableArray<string> SeverityOverrides);
