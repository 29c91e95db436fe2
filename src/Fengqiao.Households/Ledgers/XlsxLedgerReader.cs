using System.Globalization;
using MiniExcelLibs;

namespace Fengqiao.Households.Ledgers;

/// <summary>
/// Reads the first worksheet of an XLSX ledger with MiniExcel, row by row (it streams the sheet rather
/// than loading the workbook), turning each cell into the text a user sees: whole numbers without a
/// decimal point or exponent (a phone typed as a number), dates as yyyy-MM-dd.
/// </summary>
internal static class XlsxLedgerReader
{
    public static IEnumerable<LedgerRecord> Read(Stream stream)
    {
        IEnumerator<dynamic> rows;
        try
        {
            rows = MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX).GetEnumerator();
        }
        catch (Exception error) when (IsUnreadable(error))
        {
            throw Unreadable(error);
        }

        using (rows)
        {
            var row = 0;
            while (true)
            {
                IDictionary<string, object?> cells;
                try
                {
                    if (!rows.MoveNext())
                    {
                        yield break;
                    }

                    cells = (IDictionary<string, object?>)rows.Current;
                }
                catch (Exception error) when (IsUnreadable(error))
                {
                    throw Unreadable(error);
                }

                row++;
                var texts = new string[cells.Count];
                var i = 0;
                foreach (var value in cells.Values)
                {
                    texts[i++] = TextOf(value);
                }

                yield return new LedgerRecord(row, texts, null);
            }
        }
    }

    internal static string TextOf(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number when Math.Abs(number) < 1e15 && number == Math.Floor(number) => ((long)number).ToString(CultureInfo.InvariantCulture),
        decimal number when number == decimal.Floor(number) => number.ToString("0", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    // MiniExcel reports a damaged or non-XLSX file with the zip and XML layers' own exceptions.
    private static bool IsUnreadable(Exception error) =>
        error is InvalidDataException or System.Xml.XmlException or InvalidOperationException or NotSupportedException
            or IOException or FormatException or IndexOutOfRangeException or ArgumentException or KeyNotFoundException;

    private static Errors.ValidationException Unreadable(Exception error) =>
        new(LedgerErrorCodes.UnreadableFile, "file", LedgerMessages.Format(LedgerErrorCodes.UnreadableFile, "XLSX"), error);
}
