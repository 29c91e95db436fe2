using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Fengqiao.Households.Ledgers;

namespace Fengqiao.Households.Tests.Ledgers;

public sealed class CsvParserTests
{
    [Fact]
    public void Quoted_cells_keep_commas_line_breaks_and_doubled_quotes_and_rows_count_as_a_spreadsheet_shows_them()
    {
        var records = CsvParser.Parse("a,\"b,1\"\r\n\"line\nbreak\",\"say \"\"hi\"\"\"\nlast,\r\n").ToList();

        Assert.Equal([1, 2, 3], records.Select(r => r.Row));
        Assert.Equal(["a", "b,1"], records[0].Cells);
        Assert.Equal(["line\nbreak", "say \"hi\""], records[1].Cells);
        Assert.Equal(["last", ""], records[2].Cells);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_cell_is_a_character()
    {
        Assert.Equal(["5\"", "x"], Assert.Single(CsvParser.Parse("5\",x")).Cells);
    }

    [Property(MaxTest = 300)]
    public Property Any_table_written_as_csv_reads_back_cell_for_cell() =>
        Prop.ForAll(Tables().ToArbitrary(), table =>
        {
            var parsed = CsvParser.Parse(Write(table)).ToList();
            return parsed.Count == table.Length
                && parsed.All(r => r.Problem is null)
                && parsed.Select((r, i) => r.Row == i + 1 && r.Cells.SequenceEqual(table[i])).All(ok => ok);
        });

    [Property(MaxTest = 200)]
    public Property A_row_never_swallows_the_next_one_after_a_problem() =>
        Prop.ForAll(Tables().ToArbitrary(), table =>
        {
            // A malformed first row (text after a closing quote) leaves every later row intact.
            var text = "\"bad\"x,1\n" + Write(table);
            var parsed = CsvParser.Parse(text).ToList();
            return parsed[0].Problem is not null
                && parsed.Skip(1).Select(r => r.Cells).Zip(table).All(p => p.First.SequenceEqual(p.Second))
                && parsed.Count == table.Length + 1;
        });

    private static Gen<string[][]> Tables()
    {
        var cell = Gen.Elements("", "a", "户主", ",", "\"", "\r\n", "\n", "\r", " ", "x,y", "\"q\"", "1,2\n3").ArrayOf()
            .Select(parts => string.Concat(parts));
        var row = Gen.Choose(1, 5).SelectMany(n => cell.ArrayOf(n));
        return Gen.Choose(1, 6).SelectMany(n => row.ArrayOf(n));
    }

    /// <summary>Writes a table the way Excel does: a cell is quoted when it holds a comma, quote or line break.</summary>
    private static string Write(string[][] table)
    {
        var text = new StringBuilder();
        foreach (var row in table)
        {
            // A one-cell row holding nothing is written as an empty line, which reads back as one empty cell.
            text.AppendJoin(',', row.Select(c => c.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : c));
            text.Append("\r\n");
        }

        return text.ToString();
    }
}
