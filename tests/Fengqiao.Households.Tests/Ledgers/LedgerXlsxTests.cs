using System.IO.Compression;
using System.Text;
using Fengqiao.Errors;
using Fengqiao.Households.Ledgers;
using MiniExcelLibs;
using NodaTime;
using NodaTime.Testing;
using static Fengqiao.Households.Tests.Ledgers.LedgerSamples;

namespace Fengqiao.Households.Tests.Ledgers;

public sealed class LedgerXlsxTests
{
    private static readonly LocalDate AsOf = new(2025, 6, 1);

    [Fact]
    public async Task A_township_ledger_exported_with_identifiers_revealed_imports_back_unchanged()
    {
        var original = await ReadCsvAsync(Csv(ValidRows()));
        using var workbook = new MemoryStream();
        await LedgerExporter.WriteLedgerAsync(workbook, original, new LedgerExportOptions { RevealIdentifiers = true });

        workbook.Position = 0;
        var target = new FakeLedgerTarget();
        var result = await Importer(target).ImportAsync(workbook, LedgerFormat.Xlsx, new LedgerImportOptions { AsOf = AsOf });

        Assert.True(result.IsClean, string.Join("; ", result.Errors));
        Assert.Null(result.Encoding);
        Assert.Equal(original.Count, target.Written.Count);
        foreach (var (expected, actual) in original.Zip(target.Written))
        {
            Assert.Equal((expected.Number, expected.Grid, expected.Address, expected.FirstRow), (actual.Number, actual.Grid, actual.Address, actual.FirstRow));
            Assert.Equal(expected.Members.Count, actual.Members.Count);
            foreach (var (e, a) in expected.Members.Zip(actual.Members))
            {
                Assert.Equal(
                    (e.Row, e.Name, e.CitizenId, e.RelationToHead, e.IsHead, e.Phone, e.PopulationType, e.RegisteredOn, e.ValidUntil),
                    (a.Row, a.Name, a.CitizenId, a.RelationToHead, a.IsHead, a.Phone, a.PopulationType, a.RegisteredOn, a.ValidUntil));
                Assert.Equal(e.CareTags, a.CareTags);
            }
        }
    }

    [Fact]
    public async Task Exports_are_masked_by_default_and_hold_no_plain_id_or_phone()
    {
        var households = await ReadCsvAsync(Csv(ValidRows()));
        using var ledger = new MemoryStream();
        using var form = new MemoryStream();

        await LedgerExporter.WriteLedgerAsync(ledger, households);
        await LedgerExporter.WriteHouseholdFormAsync(form, households[0]);

        foreach (var workbook in new[] { ledger, form })
        {
            var xml = WorkbookText(workbook);
            foreach (var id in new[] { Id(11), Id(12), Id(13, "20100505"), Mobile(1), Mobile(2) })
            {
                Assert.DoesNotContain(id, xml, StringComparison.Ordinal);
            }
        }

        Assert.Contains("540127********", WorkbookText(ledger), StringComparison.Ordinal);
        Assert.Contains("138****", WorkbookText(form), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_household_form_lists_the_household_and_every_member()
    {
        var households = await ReadCsvAsync(Csv(ValidRows()));
        using var form = new MemoryStream();

        await LedgerExporter.WriteHouseholdFormAsync(form, households[0]);

        form.Position = 0;
        var rows = MiniExcel.Query(form, useHeaderRow: false, sheetName: LedgerExporter.HouseholdFormSheet)
            .Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => v?.ToString() ?? string.Empty).ToArray())
            .ToList();
        Assert.Equal(["户编号 Household", "H001"], rows[0][..2]);
        Assert.Equal(["户主 Head", "扎西"], rows[3][..2]);
        Assert.Equal(["人数 Members", "3"], rows[4][..2]);
        Assert.Equal("与户主关系", rows[6][0]);
        Assert.Equal(["户主", "扎西", "男"], rows[7][..3]);
        Assert.Equal(["子", "次仁"], rows[9][..2]);
        Assert.Equal(10, rows.Count);
    }

    [Fact]
    public async Task Numbers_and_dates_typed_as_such_in_a_workbook_are_read_as_the_user_sees_them()
    {
        using var workbook = new MemoryStream();
        var row = new Dictionary<string, object?>
        {
            ["户编号"] = 7,
            ["与户主关系"] = "户主",
            ["姓名"] = "扎西",
            ["公民身份号码"] = Id(11),
            ["联系电话"] = 13800000001L,
            ["网格编码"] = Grid1,
            ["地址"] = "1号",
            ["人口类型"] = "流动",
            ["登记日期"] = new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Unspecified),
            ["有效期至"] = "2026/3/1",
        };
        await MiniExcel.SaveAsAsync(workbook, new[] { row });
        workbook.Position = 0;
        var target = new FakeLedgerTarget();

        var result = await Importer(target).ImportAsync(workbook, LedgerFormat.Xlsx, new LedgerImportOptions { AsOf = AsOf });

        Assert.True(result.IsClean, string.Join("; ", result.Errors));
        var member = Assert.Single(target.Written).Head;
        Assert.Equal("7", target.Written[0].Number);
        Assert.Equal(Identity.MobileNumber.Parse("13800000001"), member.Phone);
        Assert.Equal(new LocalDate(2025, 3, 1), member.RegisteredOn);
        Assert.Equal(new LocalDate(2026, 3, 1), member.ValidUntil);
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_is_unreadable()
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            Importer(new FakeLedgerTarget()).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(Csv(ValidRows()))), LedgerFormat.Xlsx));

        Assert.Equal(LedgerErrorCodes.UnreadableFile, error.Code);
    }

    private static LedgerImporter Importer(FakeLedgerTarget target) => new(target, new FakeClock(Instant.FromUtc(2025, 6, 1, 0, 0)));

    private static async Task<IReadOnlyList<LedgerHousehold>> ReadCsvAsync(string csv)
    {
        var (result, households) = await Importer(new FakeLedgerTarget()).CheckAsync(Utf8(csv), LedgerFormat.Csv, AsOf);
        Assert.True(result.IsClean);
        return households;
    }

    private static string WorkbookText(MemoryStream workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook.ToArray()), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }
}
