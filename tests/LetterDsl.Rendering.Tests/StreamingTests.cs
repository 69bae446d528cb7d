using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CoalitionLetters;

namespace LetterDsl.Rendering.Tests;

public class StreamingTests
{
    [Theory]
    [InlineData(LetterFormat.Text)]
    [InlineData(LetterFormat.Markdown)]
    [InlineData(LetterFormat.Html)]
    public void WriteTo_hands_the_letter_over_in_several_writes_none_of_them_the_whole_document(LetterFormat format)
    {
        var letter = SeedLetters.Asp2020();
        var recorder = new RecordingTextWriter();

        letter.WriteTo(recorder, format);

        string whole = recorder.ToString();
        Assert.Equal(format switch
        {
            LetterFormat.Text => letter.ToText(),
            LetterFormat.Markdown => letter.ToMarkdown(),
            _ => letter.ToHtml(),
        }, whole);
        Assert.True(recorder.Writes.Count > 1, $"{recorder.Writes.Count} write(s)");
        Assert.All(recorder.Writes, length => Assert.True(length < whole.Length, $"one write of {length} chars held the whole {whole.Length}-char document"));
    }

    /// <summary>Records the length of every write it is handed, whichever overload the caller picks.</summary>
    private sealed class RecordingTextWriter : TextWriter
    {
        private readonly StringBuilder _text = new();

        public List<int> Writes { get; } = new();

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Record(new ReadOnlySpan<char>(in value));

        public override void Write(char[] buffer, int index, int count) => Record(buffer.AsSpan(index, count));

        public override void Write(ReadOnlySpan<char> buffer) => Record(buffer);

        public override void Write(string? value) => Record(value.AsSpan());

        public override string ToString() => _text.ToString();

        private void Record(ReadOnlySpan<char> chars)
        {
            Writes.Add(chars.Length);
            _text.Append(chars);
        }
    }
}
