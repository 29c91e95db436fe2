using System.Globalization;
using Fengqiao.Households.Ledgers;
using NodaTime;
using NodaTime.Testing;
using Snapshooter;
using Snapshooter.Xunit;
using static Fengqiao.Households.Tests.Ledgers.LedgerSamples;

namespace Fengqiao.Households.Tests.Ledgers;

/// <summary>The row-level error report of a ledger with one of each fault, in both languages.</summary>
public sealed class LedgerErrorSnapshotTests
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task The_error_report_matches_its_snapshot(string culture)
    {
        var target = new FakeLedgerTarget();
        target.Households.Add("H900");
        string[] rows =
        [
            Row("H001", "户主", "扎西", Id(11)[..17] + (Id(11)[17] == '1' ? '2' : '1')),
            Row("H002", "户主", "卓玛", Id(21), phone: "1234567"),
            Row("H002", "子", "次仁", Id(21), grid: "", address: ""),
            Row("H003", "户主", "达瓦", Id(31), grid: UnknownGrid),
            Row("H004", "户主", "王强", Id(41), type: "流动", registered: "2025-03-01", validUntil: "2024-03-01"),
            Row("H005", "配偶", "李梅", Id(51), tags: "不存在"),
            Row("H900", "户主", "央金", Id(61)),
            "H006,,户主,\"unclosed",
        ];
        var saved = CultureInfo.CurrentUICulture;
        LedgerImportResult result;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            result = await new LedgerImporter(target, new FakeClock(Instant.FromUtc(2025, 6, 1, 0, 0)))
                .ImportAsync(Utf8(Csv(rows)), LedgerFormat.Csv, new LedgerImportOptions { Partial = true, AsOf = new LocalDate(2025, 6, 1) });
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }

        Snapshot.Match(result, SnapshotNameExtension.Create(culture));
    }
}
