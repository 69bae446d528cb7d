using System;
using System.Collections.Immutable;
using System.Linq;
using LetterDsl.Generator.Model;
using LetterDsl.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace LetterDsl.Generator;

/// <summary>
/// Turns every <c>*.letter</c> additional file into a strongly typed letter class. Only value-equatable models
/// travel between steps, and the compilation is never an input, so editing C# code re-runs nothing here and editing
/// one letter re-emits only that letter.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class LetterGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var inputs = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(".letter", StringComparison.OrdinalIgnoreCase))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => LetterInputReader.Read(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Input);

        var parsed = inputs
            .Select(static (input, cancellationToken) => LetterParser.Parse(input, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        var classNames = parsed
            .Select(static (result, _) => result.Spec is null ? null : new LetterIdentity(result.Spec.FullName, result.FilePath))
            .Collect()
            .Select(static (all, _) => all
                .Where(static identity => identity is not null)
                .Select(static identity => identity!)
                .OrderBy(static identity => identity.FilePath, StringComparer.Ordinal)
                .ToImmutableArray()
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.ClassNames);

        var outputs = parsed
            .Combine(classNames)
            .Select(static (pair, cancellationToken) => LetterOutputBuilder.Build(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Emit);

        context.RegisterSourceOutput(outputs, static (spc, output) => LetterOutputBuilder.Report(spc, output));
    }
}
