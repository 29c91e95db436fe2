using Fengqiao.Jurisdictions;
using NodaTime;
using NodaTime.Text;

namespace Fengqiao.Households.Ledgers;

/// <summary>Reads the cell values of a ledger: dates, population types, relations, grid codes, care tags.</summary>
internal static class LedgerValues
{
    private static readonly LocalDatePattern[] DatePatterns =
    [
        LocalDatePattern.CreateWithInvariantCulture("uuuu-M-d"),
        LocalDatePattern.CreateWithInvariantCulture("uuuu/M/d"),
        LocalDatePattern.CreateWithInvariantCulture("uuuu.M.d"),
        LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd"),
        LocalDatePattern.CreateWithInvariantCulture("uuuu'年'M'月'd'日'"),
    ];

    private static readonly char[] TagSeparators = ['、', ';', '；', ',', '，', '|'];

    public static bool TryParseDate(string text, out LocalDate date)
    {
        foreach (var pattern in DatePatterns)
        {
            var result = pattern.Parse(text);
            if (result.Success)
            {
                date = result.Value;
                return true;
            }
        }

        date = default;
        return false;
    }

    public static bool TryParsePopulationType(string text, out LedgerPopulationType type)
    {
        switch (text.ToLowerInvariant())
        {
            case "" or "户籍" or "户籍人口" or "常住" or "常住人口" or "registered":
                type = LedgerPopulationType.Registered;
                return true;
            case "流动" or "流动人口" or "暂住" or "暂住人口" or "floating":
                type = LedgerPopulationType.Floating;
                return true;
            default:
                type = default;
                return false;
        }
    }

    public static bool TryParseGrid(string text, out JurisdictionCode grid) =>
        JurisdictionCode.TryParse(text, out grid) && grid.Level == JurisdictionLevel.Grid;

    public static IReadOnlyList<string> CareTags(string text) =>
        text.Length == 0 ? [] : text.Split(TagSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Trims ordinary and full-width spaces, and the tab Excel users type before numbers to keep them text.</summary>
    public static string Clean(string text) => text.Trim().Trim('\u3000', '\t', '\'').Trim();
}
