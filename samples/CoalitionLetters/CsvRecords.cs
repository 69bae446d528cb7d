using System.Collections.Generic;
using System.IO;
using System.Text;

namespace CoalitionLetters;

/// <summary>One record of a CSV file: its fields, its row number (the header is row 1) and the line it starts on.</summary>
public sealed record CsvRecord(IReadOnlyList<string> Fields, int Row, int Line);

/// <summary>
/// Reads RFC 4180 CSV one record at a time: comma-separated fields, double quotes around a field that holds a
/// comma, a quote ("" inside quotes) or a line break, and LF or CRLF line endings. Empty lines are skipped.
/// </summary>
public static class CsvRecords
{
    /// <summary>The records of <paramref name="reader"/>, read lazily.</summary>
    /// <exception cref="RecipientCsvException">A quote is misplaced or never closed; thrown when that record is reached.</exception>
    public static IEnumerable<CsvRecord> Read(TextReader reader)
    {
        int line = 1;
        int row = 0;
        var fields = new List<string>();
        var field = new StringBuilder();
        while (reader.Peek() >= 0)
        {
            int startLine = line;
            fields.Clear();
            bool endOfRecord = false;
            while (!endOfRecord)
            {
                field.Clear();
                int next = reader.Peek();
                if (next == '"')
                {
                    reader.Read();
                    line = ReadQuoted(reader, field, row + 1, startLine, line);
                    next = reader.Peek();
                    if (next is not (',' or '\r' or '\n' or -1))
                    {
                        throw new RecipientCsvException(row + 1, line, $"the character '{(char)next}' follows a closing quote; a quoted field must end at a comma or the end of the line");
                    }
                }
                else
                {
                    while ((next = reader.Peek()) is not (',' or '\r' or '\n' or -1))
                    {
                        if (next == '"')
                        {
                            throw new RecipientCsvException(row + 1, line, "a quote inside an unquoted field; quote the whole field and double the quote (\"\")");
                        }

                        field.Append((char)reader.Read());
                    }
                }

                fields.Add(field.ToString());
                int end = reader.Read();
                if (end == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                endOfRecord = end != ',';
                if (end is '\r' or '\n')
                {
                    line++;
                }
            }

            if (fields.Count == 1 && fields[0].Trim().Length == 0)
            {
                continue;
            }

            row++;
            yield return new CsvRecord(fields.ToArray(), row, startLine);
        }
    }

    private static int ReadQuoted(TextReader reader, StringBuilder field, int row, int startLine, int line)
    {
        while (true)
        {
            int c = reader.Read();
            if (c == -1)
            {
                throw new RecipientCsvException(row, startLine, "a quoted field is never closed");
            }

            if (c == '"')
            {
                if (reader.Peek() != '"')
                {
                    return line;
                }

                reader.Read();
            }
            else if (c == '\n')
            {
                line++;
            }

            field.Append((char)c);
        }
    }
}
