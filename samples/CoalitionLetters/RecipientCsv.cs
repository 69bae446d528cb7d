using System;
using System.Collections.Generic;
using System.IO;

namespace CoalitionLetters;

/// <summary>
/// Reads recipients from CSV with the header <c>honorific,name,title,country,salutation</c> (in any order, any
/// case; other columns are ignored). Rows are read lazily, so a merge writes the letters of the rows before a
/// malformed one and stops there.
/// </summary>
public static class RecipientCsv
{
    /// <summary>The salutation forms a recipient may have.</summary>
    public static readonly IReadOnlyList<string> Salutations = new[] { "Excellency,", "Dear Minister," };

    private static readonly string[] Columns = { "honorific", "name", "title", "country", "salutation" };

    /// <summary>The recipients in <paramref name="reader"/>, in order.</summary>
    /// <exception cref="RecipientCsvException">The header or a row is malformed: a column is missing, a row has the
    /// wrong number of fields, a field is empty, the salutation is not one of <see cref="Salutations"/>, or a
    /// quote is misplaced. Thrown when that row is reached.</exception>
    public static IEnumerable<Recipient> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int[]? indexes = null;
        int width = 0;
        foreach (CsvRecord record in CsvRecords.Read(reader))
        {
            if (indexes is null)
            {
                indexes = HeaderIndexes(record);
                width = record.Fields.Count;
                continue;
            }

            if (record.Fields.Count != width)
            {
                throw new RecipientCsvException(record.Row, record.Line, $"expected {width} fields, as in the header, but found {record.Fields.Count}");
            }

            var values = new string[Columns.Length];
            for (int i = 0; i < Columns.Length; i++)
            {
                values[i] = record.Fields[indexes[i]].Trim();
                if (values[i].Length == 0)
                {
                    throw new RecipientCsvException(record.Row, record.Line, $"the {Columns[i]} is empty");
                }
            }

            if (!((IList<string>)Salutations).Contains(values[4]))
            {
                throw new RecipientCsvException(record.Row, record.Line, $"the salutation \"{values[4]}\" is not one of \"{string.Join("\", \"", Salutations)}\"");
            }

            yield return new Recipient(values[0], values[1], values[2], values[3], values[4]);
        }

        if (indexes is null)
        {
            throw new RecipientCsvException(1, 1, $"the file is empty; it needs the header {string.Join(",", Columns)}");
        }
    }

    /// <summary>The recipients in the file at <paramref name="path"/>, read lazily.</summary>
    public static IEnumerable<Recipient> Read(string path)
    {
        using var reader = new StreamReader(path);
        foreach (Recipient recipient in Read(reader))
        {
            yield return recipient;
        }
    }

    private static int[] HeaderIndexes(CsvRecord header)
    {
        var indexes = new int[Columns.Length];
        for (int i = 0; i < Columns.Length; i++)
        {
            indexes[i] = -1;
            for (int j = 0; j < header.Fields.Count; j++)
            {
                if (!string.Equals(header.Fields[j].Trim(), Columns[i], StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (indexes[i] >= 0)
                {
                    throw new RecipientCsvException(header.Row, header.Line, $"the header names the column '{Columns[i]}' twice");
                }

                indexes[i] = j;
            }

            if (indexes[i] < 0)
            {
                throw new RecipientCsvException(header.Row, header.Line, $"the header has no '{Columns[i]}' column; it needs {string.Join(",", Columns)}");
            }
        }

        return indexes;
    }
}
