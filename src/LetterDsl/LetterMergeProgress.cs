namespace LetterDsl;

/// <summary>What <see cref="LetterMerge"/> reports after each file it writes.</summary>
/// <param name="Written">How many files have been written so far, this one included.</param>
/// <param name="Total">How many recipients there are, when the sequence knows its count without being enumerated; otherwise <see langword="null"/>.</param>
/// <param name="FilePath">The path of the file just written.</param>
public readonly record struct LetterMergeProgress(int Written, int? Total, string FilePath);
