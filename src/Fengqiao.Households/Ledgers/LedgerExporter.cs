using System.Globalization;
using Ardalis.GuardClauses;
using Fengqiao.Identity;
using MiniExcelLibs;
using NodaTime;

namespace Fengqiao.Households.Ledgers;

/// <summary>
/// Writes household ledgers to XLSX with MiniExcel: the household form (一户一表: one household, its
/// head, address, grid and every member) and the township ledger (一乡一账: every household of a
/// township, one row per person, in the layout <see cref="LedgerImporter"/> reads). Citizen IDs and phone
/// numbers are masked unless <see cref="LedgerExportOptions.RevealIdentifiers"/> is set.
/// </summary>
public static class LedgerExporter
{
    /// <summary>The worksheet name of the household form.</summary>
    public const string HouseholdFormSheet = "一户一表";

    /// <summary>The worksheet name of the township ledger.</summary>
    public const string TownshipLedgerSheet = "一乡一账";

    private const int FormWidth = 9;

    private static readonly LedgerColumn[] LedgerColumns = Enum.GetValues<LedgerColumn>();

    /// <summary>Writes the household form (一户一表) of one household.</summary>
    /// <param name="stream">Where the workbook is written.</param>
    /// <param name="household">The household.</param>
    /// <param name="options">Masking; masked by default.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the workbook is written.</returns>
    public static Task WriteHouseholdFormAsync(Stream stream, LedgerHousehold household, LedgerExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(household);
        options ??= LedgerExportOptions.Masked;

        // A form, not a table: label/value lines above the member table, written without a header row.
        var rows = new List<IDictionary<string, object?>>
        {
            Line("户编号 Household", household.Number),
            Line("网格编码 Grid", household.Grid.ToString()),
            Line("地址 Address", household.Address),
            Line("户主 Head", household.Head.Name),
            Line("人数 Members", household.Members.Count.ToString(CultureInfo.InvariantCulture)),
            Line(string.Empty, string.Empty),
        };
        string[] memberHeader = ["与户主关系", "姓名", "性别", "公民身份号码", "联系电话", "人口类型", "登记日期", "有效期至", "关爱标签"];
        rows.Add(Cells(memberHeader));
        foreach (var member in household.Members)
        {
            rows.Add(Cells(
            [
                member.RelationToHead,
                member.Name,
                member.CitizenId.Sex == Sex.Male ? "男" : "女",
                Id(member.CitizenId, options),
                Phone(member.Phone, options),
                PopulationType(member.PopulationType),
                Date(member.RegisteredOn),
                Date(member.ValidUntil),
                string.Join('、', member.CareTags),
            ]));
        }

        return MiniExcel.SaveAsAsync(stream, rows, printHeader: false, sheetName: HouseholdFormSheet, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
    }

    /// <summary>Writes the township ledger (一乡一账): every household given, one row per person, households in the order given.</summary>
    /// <param name="stream">Where the workbook is written.</param>
    /// <param name="households">The households, typically all those of one township.</param>
    /// <param name="options">Masking; masked by default.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the workbook is written.</returns>
    /// <remarks>The headers are those of <see cref="LedgerLayout"/>, so an export written with identifiers revealed imports again unchanged.</remarks>
    public static Task WriteLedgerAsync(Stream stream, IEnumerable<LedgerHousehold> households, LedgerExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(households);
        options ??= LedgerExportOptions.Masked;
        return MiniExcel.SaveAsAsync(stream, LedgerRows(households, options), printHeader: true, sheetName: TownshipLedgerSheet, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
    }

    private static IEnumerable<IDictionary<string, object?>> LedgerRows(IEnumerable<LedgerHousehold> households, LedgerExportOptions options)
    {
        foreach (var household in households)
        {
            foreach (var member in household.Members)
            {
                var row = new Dictionary<string, object?>(LedgerColumns.Length, StringComparer.Ordinal);
                foreach (var column in LedgerColumns)
                {
                    row[LedgerLayout.HeaderOf(column)] = column switch
                    {
                        LedgerColumn.HouseholdNumber => household.Number,
                        LedgerColumn.HeadName => household.Head.Name,
                        LedgerColumn.RelationToHead => member.RelationToHead,
                        LedgerColumn.Name => member.Name,
                        LedgerColumn.CitizenId => Id(member.CitizenId, options),
                        LedgerColumn.Phone => Phone(member.Phone, options),
                        LedgerColumn.Grid => household.Grid.ToString(),
                        LedgerColumn.Address => household.Address,
                        LedgerColumn.PopulationType => PopulationType(member.PopulationType),
                        LedgerColumn.RegisteredOn => Date(member.RegisteredOn),
                        LedgerColumn.ValidUntil => Date(member.ValidUntil),
                        LedgerColumn.CareTags => string.Join('、', member.CareTags),
                        _ => string.Empty,
                    };
                }

                yield return row;
            }
        }
    }

    // MiniExcel takes the columns of a dictionary sheet from its first row: every line has all of them.
    private static Dictionary<string, object?> Line(string label, string value) =>
        Cells([label, value, .. Enumerable.Repeat(string.Empty, FormWidth - 2)]);

    private static Dictionary<string, object?> Cells(string[] values)
    {
        var row = new Dictionary<string, object?>(values.Length, StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            row[((char)('A' + i)).ToString()] = values[i];
        }

        return row;
    }

    private static string Id(CitizenId id, LedgerExportOptions options) =>
        options.RevealIdentifiers ? id.RevealUnmasked() : id.ToString(options.Masking);

    private static string Phone(MobileNumber? phone, LedgerExportOptions options) =>
        phone is not { } number ? string.Empty : options.RevealIdentifiers ? number.RevealUnmasked() : number.ToString(options.Masking);

    private static string PopulationType(LedgerPopulationType type) => type == LedgerPopulationType.Floating ? "流动" : "户籍";

    private static string Date(LocalDate? date) => date?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
