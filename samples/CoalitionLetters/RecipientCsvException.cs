using System;
using System.Globalization;

namespace CoalitionLetters;

/// <summary>A row of the recipients CSV that cannot be read, with where it is and why.</summary>
public sealed class RecipientCsvException : Exception
{
    /// <summary>Creates the error for <paramref name="row"/> (the header is row 1), which starts on <paramref name="line"/>.</summary>
    public RecipientCsvException(int row, int line, string reason)
        : base(string.Create(CultureInfo.InvariantCulture, $"row {row} (line {line}): {reason}."))
    {
        Row = row;
        Line = line;
        Reason = reason;
    }

    /// <summary>The row number, counting the header as row 1 and skipping empty lines.</summary>
    public int Row { get; }

    /// <summary>The line of the file the row starts on.</summary>
    public int Line { get; }

    /// <summary>What is wrong with the row.</summary>
    public string Reason { get; }
}
