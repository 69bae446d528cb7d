using System;
using System.Collections.Generic;
using System.Threading;

namespace LetterDsl.Generator.Parsing;

/// <summary>
/// Splits a letter into its directive lines (<c>@word</c> at column 1) and its text lines, dropping comments
/// (<c>@*</c>) and turning <c>@@</c> into a literal <c>@</c>. It knows no directive names; <see cref="LetterDirectives"/> does.
/// </summary>
internal static class DirectiveScanner
{
    public static LetterDirectives Scan(SourceMap source, CancellationToken cancellationToken)
    {
        var directives = new List<Directive>();
        var textLines = new List<(SourceLine Line, int Index)>();
        for (var i = 0; i < source.LineCount; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var line = source.GetLine(i);
            var text = line.Text;
            if (text.StartsWith("@*", StringComparison.Ordinal))
            {
                continue;
            }

            if (text.StartsWith("@@", StringComparison.Ordinal))
            {
                textLines.Add((new SourceLine(text.Substring(1), line.FileOffset + 1), i));
                continue;
            }

            if (text.Length > 1 && text[0] == '@' && IsAsciiLetter(text[1]))
            {
                var end = 1;
                while (end < text.Length && IsAsciiLetter(text[end]))
                {
                    end++;
                }

                var valueStart = end;
                while (valueStart < text.Length && char.IsWhiteSpace(text[valueStart]))
                {
                    valueStart++;
                }

                var value = text.Substring(valueStart).TrimEnd();
                directives.Add(new Directive(text.Substring(1, end - 1), line.FileOffset, value, line.FileOffset + valueStart, i));
                continue;
            }

            textLines.Add((line, i));
        }

        return new LetterDirectives(directives, textLines);
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
