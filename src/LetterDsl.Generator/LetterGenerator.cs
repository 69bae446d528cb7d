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

        var emitted = parsed
            .Select(static (result, cancellationToken) => LetterOutputBuilder.Emit(result, cancellationToken))
            .WithTrackingName(TrackingNames.Emit);

        var classNames = emitted
            .Select(static (output, _) => output.Identity)
            .Collect()
            .Select(static (all, _) => all
                .Where(static identity => identity is not null)
                .Select(static identity => identity!)
                .OrderBy(static identity => identity.FilePath, StringComparer.Ordinal)
                .ToImmutableArray()
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.ClassNames);

        var outputs = emitted
            .Combine(classNames)
            .Select(static (pair, _) => LetterOutputBuilder.WithoutDuplicate(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Output);

        context.RegisterSourceOutput(outputs, static (spc, output) => LetterOutputBuilder.Report(spc, output));
    }
}
