using System.Collections.Generic;
using LetterDsl.Generator.Model;

namespace LetterDsl.Generator.Emitting;

/// <summary>What the emitters of one letter share: the output, the <c>#line</c> mapping, and the helper methods still to write.</summary>
internal sealed class ComposeContext
{
    /// <summary>The composer parameter of <c>Compose</c> and of the helper methods.</summary>
    public const string Composer = "__composer";

    public ComposeContext(string filePath)
    {
        Lines = new LineMapping(filePath);
    }

    public SourceWriter Output { get; } = new();

    public LineMapping Lines { get; }

    /// <summary>Methods that compose one piece of inline content (a signatory field with placeholders), written after <c>Compose</c>.</summary>
    public List<(string Name, EquatableArray<InlineNode> Content)> Helpers { get; } = new();

    public void Map(LocationInfo location, string prefix, string code, string suffix) => Lines.Write(Output, location, prefix, code, suffix);
}
