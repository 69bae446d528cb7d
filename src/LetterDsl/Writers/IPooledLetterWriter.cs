namespace LetterDsl.Writers;

/// <summary>A writer that <see cref="LetterRendering"/> can render to a string and reuse (one per thread).</summary>
internal interface IPooledLetterWriter<TSelf>
    where TSelf : LetterWriter, IPooledLetterWriter<TSelf>
{
    /// <summary>The buffer the string is built in.</summary>
    OutputBuffer Output { get; }

    /// <summary>Creates a writer over a string buffer.</summary>
    static abstract TSelf Create();

    /// <summary>Applies the options for the next render (<see langword="null"/> for the defaults).</summary>
    void Configure(object? options);
}
