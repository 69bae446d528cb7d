using System;
using System.Buffers;
using System.IO;

namespace LetterDsl.Writers;

/// <summary>
/// The one output target every writer writes to: a char buffer rented from <see cref="ArrayPool{T}.Shared"/>.
/// Over a <see cref="TextWriter"/> the buffer is a fixed-size window that is handed to the writer whenever it
/// fills (streaming, never the whole letter); without one it grows and <see cref="ToStringAndRelease"/> turns it
/// into the result, so the string path allocates little more than the result string.
/// </summary>
internal sealed class OutputBuffer
{
    private const int StreamChunk = 4096;
    private const int MinimumCapacity = 256;

    private readonly TextWriter? _target;
    private char[]? _buffer;
    private int _length;
    private int _cut;
    private int _capacityHint = 1024;

    /// <summary>A buffer that collects the output for <see cref="ToStringAndRelease"/>.</summary>
    public OutputBuffer()
    {
    }

    /// <summary>A buffer that streams to <paramref name="target"/>.</summary>
    public OutputBuffer(TextWriter target)
    {
        _target = target ?? throw new ArgumentNullException(nameof(target));
        _capacityHint = StreamChunk;
    }

    public void Write(char value)
    {
        if (_buffer is null || _length == _buffer.Length)
        {
            MakeRoom(1);
        }

        _buffer![_length++] = value;
    }

    public void Write(string? value) => Write(value.AsSpan());

    public void Write(ReadOnlySpan<char> value)
    {
        // Nearly every write fits: the string path starts at the last letter's length. Copy once, with no loop.
        char[]? buffer = _buffer;
        if (buffer is not null && (uint)value.Length <= (uint)(buffer.Length - _length))
        {
            value.CopyTo(buffer.AsSpan(_length));
            _length += value.Length;
            return;
        }

        while (!value.IsEmpty)
        {
            if (_buffer is null || _length == _buffer.Length)
            {
                MakeRoom(value.Length);
            }

            int count = Math.Min(value.Length, _buffer!.Length - _length);
            value[..count].CopyTo(_buffer.AsSpan(_length));
            _length += count;
            value = value[count..];
        }
    }

    /// <summary>Writes <paramref name="count"/> copies of <paramref name="value"/>.</summary>
    public void Write(char value, int count)
    {
        for (int i = 0; i < count; i++)
        {
            Write(value);
        }
    }

    /// <summary>Writes an integer in invariant form without allocating.</summary>
    public void Write(int value)
    {
        Span<char> digits = stackalloc char[11];
        value.TryFormat(digits, out int written, default, System.Globalization.CultureInfo.InvariantCulture);
        Write(digits[..written]);
    }

    /// <summary>Streaming: hands what is buffered to the target and returns the buffer to the pool. Otherwise does nothing.</summary>
    public void Flush()
    {
        if (_target is null)
        {
            return;
        }

        if (_buffer is not null && _length > 0)
        {
            _target.Write(_buffer, 0, _length);
        }

        Release();
    }

    /// <summary>Returns everything written as a string and gives the buffer back to the pool.</summary>
    public string ToStringAndRelease()
    {
        string result = _buffer is null ? string.Empty : new string(_buffer, 0, _length);
        if (_target is null)
        {
            _capacityHint = Math.Max(MinimumCapacity, _length);
        }

        Release();
        return result;
    }

    /// <summary>Returns what was written since the last cut (or the start) as a string, keeping it in the buffer: a render
    /// plan's literal text between two values.</summary>
    public string Cut()
    {
        string cut = _buffer is null ? string.Empty : new string(_buffer, _cut, _length - _cut);
        _cut = _length;
        return cut;
    }

    /// <summary>Drops what is buffered and returns the buffer to the pool.</summary>
    public void Release()
    {
        _cut = 0;
        if (_buffer is not null)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = null;
        }

        _length = 0;
    }

    private void MakeRoom(int wanted)
    {
        if (_buffer is null)
        {
            _buffer = ArrayPool<char>.Shared.Rent(_target is null ? Math.Max(_capacityHint, wanted) : StreamChunk);
            return;
        }

        if (_target is not null)
        {
            _target.Write(_buffer, 0, _length);
            _length = 0;
            return;
        }

        char[] larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + wanted));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
