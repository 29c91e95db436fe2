using System.Collections.Frozen;
using System.Globalization;

namespace Fengqiao.Households.Ledgers;

/// <summary>
/// The ledger's header names: each column has its Chinese header (written on export) and English and
/// common Chinese aliases (accepted on import). Headers are matched ignoring case, surrounding and
/// full-width spaces, and a trailing <c>*</c> that marks a required column in many templates.
/// </summary>
public static class LedgerLayout
{
    private static readonly LedgerColumn[] Required =
    [
        LedgerColumn.HouseholdNumber, LedgerColumn.RelationToHead, LedgerColumn.Name, LedgerColumn.CitizenId,
        LedgerColumn.Grid, LedgerColumn.Address,
    ];

    private static readonly (LedgerColumn Column, string Header, string[] Aliases)[] Columns =
    [
        (LedgerColumn.HouseholdNumber, "户编号", ["户号", "household_no", "household number", "householdnumber", "household"]),
        (LedgerColumn.HeadName, "户主", ["户主姓名", "head", "head_name", "head name"]),
        (LedgerColumn.RelationToHead, "与户主关系", ["关系", "relation", "relationship", "relation_to_head", "relation to head"]),
        (LedgerColumn.Name, "姓名", ["name"]),
        (LedgerColumn.CitizenId, "公民身份号码", ["身份证号", "身份证号码", "citizen_id", "citizen id", "citizenid", "id_number", "id number"]),
        (LedgerColumn.Phone, "联系电话", ["手机号码", "手机号", "电话", "phone", "mobile"]),
        (LedgerColumn.Grid, "网格编码", ["网格", "grid", "grid_code", "grid code"]),
        (LedgerColumn.Address, "地址", ["住址", "居住地址", "address"]),
        (LedgerColumn.PopulationType, "人口类型", ["population_type", "population type", "type"]),
        (LedgerColumn.RegisteredOn, "登记日期", ["registered_on", "registered on", "registration_date", "registration date"]),
        (LedgerColumn.ValidUntil, "有效期至", ["有效期", "valid_until", "valid until", "expires_on", "expires on"]),
        (LedgerColumn.CareTags, "关爱标签", ["关爱对象", "care_tags", "care tags"]),
    ];

    private static readonly FrozenDictionary<string, LedgerColumn> ByName = Columns
        .SelectMany(c => c.Aliases.Append(c.Header).Select(name => (Key: Normalize(name), c.Column)))
        .ToFrozenDictionary(p => p.Key, p => p.Column, StringComparer.Ordinal);

    /// <summary>Gets the Chinese header of a column, as written on export and named in messages.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The header, such as 公民身份号码.</returns>
    public static string HeaderOf(LedgerColumn column) => Columns[(int)column].Header;

    /// <summary>Gets a value indicating whether every ledger must have the column.</summary>
    /// <param name="column">The column.</param>
    /// <returns>Whether the column is required in the header row.</returns>
    public static bool IsRequired(LedgerColumn column) => Array.IndexOf(Required, column) >= 0;

    /// <summary>Finds the column a header names.</summary>
    /// <param name="header">The header text as found in a file.</param>
    /// <param name="column">The column.</param>
    /// <returns>Whether the header names a ledger column.</returns>
    public static bool TryFind(string? header, out LedgerColumn column) =>
        ByName.TryGetValue(Normalize(header ?? string.Empty), out column);

    /// <summary>Orders errors as the columns stand in the layout; whole-row problems (no column) first.</summary>
    internal static int PositionOf(string header) =>
        header.Length == 0 ? -1 : TryFind(header, out var column) ? (int)column : Columns.Length;

    /// <summary>Maps a header row to cell positions; throws when a required column is missing or doubled.</summary>
    internal static int[] Map(IReadOnlyList<string> header)
    {
        var positions = new int[Columns.Length];
        Array.Fill(positions, -1);
        for (var i = 0; i < header.Count; i++)
        {
            if (!TryFind(header[i], out var column))
            {
                continue; // extra columns are allowed and ignored
            }

            if (positions[(int)column] >= 0)
            {
                throw LedgerMessages.FileError(LedgerErrorCodes.MissingColumn, HeaderOf(column), "Ledger.MissingColumn.Twice", HeaderOf(column));
            }

            positions[(int)column] = i;
        }

        foreach (var column in Required)
        {
            if (positions[(int)column] < 0)
            {
                throw LedgerMessages.FileError(LedgerErrorCodes.MissingColumn, HeaderOf(column), LedgerErrorCodes.MissingColumn, HeaderOf(column));
            }
        }

        return positions;
    }

    private static string Normalize(string header)
    {
        var text = header.Replace('\u3000', ' ').Trim().TrimEnd('*', '＊').Trim();
        return text.ToLower(CultureInfo.InvariantCulture);
    }
}
