using System.Text;

namespace Fengqiao.Households.Ledgers;

/// <summary>
/// Splits CSV text into records after RFC 4180 as Excel writes it: cells separated by commas, a cell in
/// double quotes may hold commas, line breaks and doubled quotes (<c>""</c>), records end at CRLF, LF or
/// CR. A quote inside an unquoted cell is kept as a character (Excel does the same). A row that cannot be
/// split is returned with a problem and parsing resumes at the next line, so one bad row does not hide
/// the rest of the file.
/// </summary>
internal static class CsvParser
{
    public static IEnumerable<LedgerRecord> Parse(string text)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var position = 0;
        var row = 0;
        while (position < text.Length)
        {
            row++;
            cells.Clear();
            string? problem = null;
            while (true)
            {
                cell.Clear();
                if (position < text.Length && text[position] == '"')
                {
                    // A quoted cell runs to the next quote not doubled.
                    var closed = false;
                    position++;
                    while (position < text.Length)
                    {
                        var c = text[position++];
                        if (c != '"')
                        {
                            cell.Append(c);
                        }
                        else if (position < text.Length && text[position] == '"')
                        {
                            cell.Append('"');
                            position++;
                        }
                        else
                        {
                            closed = true;
                            break;
                        }
                    }

                    if (!closed)
                    {
                        problem = "Ledger.MalformedRow.UnclosedQuote";
                        break;
                    }

                    if (position < text.Length && text[position] is not (',' or '\r' or '\n'))
                    {
                        problem = "Ledger.MalformedRow.TextAfterQuote";
                        SkipLine(text, ref position);
                        break;
                    }
                }
                else
                {
                    var start = position;
                    while (position < text.Length && text[position] is not (',' or '\r' or '\n'))
                    {
                        position++;
                    }

                    cell.Append(text, start, position - start);
                }

                cells.Add(cell.ToString());
                if (position < text.Length && text[position] == ',')
                {
                    position++;
                    continue;
                }

                EndLine(text, ref position);
                break;
            }

            yield return problem is null ? new LedgerRecord(row, [.. cells], null) : new LedgerRecord(row, [], problem);
        }
    }

    private static void EndLine(string text, ref int position)
    {
        if (position < text.Length && text[position] == '\r')
        {
            position++;
        }

        if (position < text.Length && text[position] == '\n')
        {
            position++;
        }
    }

    private static void SkipLine(string text, ref int position)
    {
        while (position < text.Length && text[position] is not ('\r' or '\n'))
        {
            position++;
        }

        EndLine(text, ref position);
    }
}
