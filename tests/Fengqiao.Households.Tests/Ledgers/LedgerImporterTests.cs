using System.Globalization;
using System.Text;
using Fengqiao.Errors;
using Fengqiao.Households.Ledgers;
using Fengqiao.Identity;
using NodaTime;
using NodaTime.Testing;
using static Fengqiao.Households.Tests.Ledgers.LedgerSamples;

namespace Fengqiao.Households.Tests.Ledgers;

public sealed class LedgerImporterTests
{
    private static readonly LocalDate AsOf = new(2025, 6, 1);

    private readonly FakeLedgerTarget _target = new();

    [Fact]
    public async Task A_valid_ledger_imports_every_household_with_its_members()
    {
        var result = await ImportAsync(Csv(ValidRows()));

        Assert.True(result.IsClean);
        Assert.Equal(2, result.Imported);
        Assert.Equal(5, result.ResidentsImported);
        Assert.Equal(0, result.Rejected);
        Assert.Equal("UTF-8", result.Encoding);
        var first = _target.Written[0];
        Assert.Equal("H001", first.Number);
        Assert.Equal(Grid1, first.Grid.ToString());
        Assert.Equal("拉萨市墨竹工卡县扎西岗乡1号", first.Address);
        Assert.Equal(3, first.Members.Count);
        Assert.Equal("扎西", first.Head.Name);
        Assert.Equal(["独居"], first.Head.CareTags);
        Assert.Equal(MobileNumber.Parse(Mobile(1)), first.Head.Phone);
        var floating = _target.Written[1].Members[1];
        Assert.Equal(LedgerPopulationType.Floating, floating.PopulationType);
        Assert.Equal(new LocalDate(2025, 3, 1), floating.RegisteredOn);
        Assert.Equal(new LocalDate(2026, 3, 1), floating.ValidUntil);
        Assert.True(_target.Written[1].Head.IsHead); // 本人 marks the head too
    }

    [Fact]
    public async Task English_headers_are_accepted()
    {
        var text = "household_no,relation,name,citizen_id,grid,address\n"
            + $"A1,head,Tashi,{Id(31)},{Grid1},Zhaxigang 1\n";

        var result = await ImportAsync(text);

        Assert.True(result.IsClean, string.Join("; ", result.Errors));
        Assert.Equal(1, result.Imported);
    }

    [Fact]
    public async Task An_invalid_citizen_id_is_reported_with_row_column_and_code_but_never_echoed()
    {
        var bad = Id(12)[..17] + (Id(12)[17] == '1' ? '2' : '1'); // wrong check character
        var rows = ValidRows();
        rows[1] = Row("H001", "配偶", "卓玛", bad, grid: "", address: "");

        var result = await ImportAsync(Csv(rows));

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Row); // header is row 1
        Assert.Equal("公民身份号码", error.Column);
        Assert.Equal(LedgerErrorCodes.InvalidId, error.ErrorCode);
        Assert.Contains(ErrorCodes.CitizenIdCheckCharacter, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(bad, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(bad[6..14], error.Message, StringComparison.Ordinal); // not even the birth date
    }

    [Fact]
    public async Task Without_partial_one_error_imports_nothing()
    {
        var rows = ValidRows();
        rows[3] = Row("H002", "本人", "王强", "123", grid: Grid2, address: "扎西岗村2组5号");

        var result = await ImportAsync(Csv(rows));

        Assert.Equal(0, result.Imported);
        Assert.Equal(0, result.ResidentsImported);
        Assert.Equal(1, result.Rejected);
        Assert.Empty(_target.Written);
        Assert.Equal(0, _target.Writes);
    }

    [Fact]
    public async Task With_partial_the_valid_households_are_imported_and_the_invalid_reported()
    {
        var rows = ValidRows();
        rows[4] = Row("H002", "配偶", "李梅", Id(22, "19780808"), grid: Grid2, address: "扎西岗村2组5号", type: "流动"); // dates missing

        var result = await ImportAsync(Csv(rows), partial: true);

        Assert.Equal(1, result.Imported);
        Assert.Equal(3, result.ResidentsImported);
        Assert.Equal(1, result.Rejected);
        Assert.Equal(["H001"], _target.Written.Select(h => h.Number));
        Assert.Equal(
            [(6, "登记日期", LedgerErrorCodes.MissingValue), (6, "有效期至", LedgerErrorCodes.MissingValue)],
            result.Errors.Select(e => (e.Row, e.Column, e.ErrorCode)));
    }

    [Fact]
    public async Task The_same_id_twice_in_one_household_is_a_duplicate()
    {
        var rows = ValidRows();
        rows[2] = Row("H001", "子", "次仁", Id(12), grid: "", address: "");

        var result = await ImportAsync(Csv(rows), partial: true);

        var error = Assert.Single(result.Errors);
        Assert.Equal((4, LedgerErrorCodes.DuplicateId), (error.Row, error.ErrorCode));
        Assert.Contains("3", error.Message, StringComparison.Ordinal); // names the other row
        Assert.Equal(["H002"], _target.Written.Select(h => h.Number));
    }

    [Fact]
    public async Task A_member_in_two_households_at_once_refuses_both_and_merges_nothing()
    {
        var rows = ValidRows();
        rows[4] = Row("H002", "配偶", "卓玛", Id(12), grid: Grid2, address: "扎西岗村2组5号");

        var result = await ImportAsync(Csv(rows), partial: true);

        Assert.Equal(
            [(3, LedgerErrorCodes.MemberInTwoHouseholds), (6, LedgerErrorCodes.MemberInTwoHouseholds)],
            result.Errors.Select(e => (e.Row, e.ErrorCode)));
        Assert.Equal(0, result.Imported);
        Assert.Equal(2, result.Rejected);
    }

    [Fact]
    public async Task A_household_in_two_blocks_of_rows_is_refused_not_merged()
    {
        string[] rows = [.. ValidRows(), Row("H001", "户主", "达瓦", Id(14, "20120101"))];

        var result = await ImportAsync(Csv(rows), partial: true);

        Assert.All(result.Errors, e => Assert.Equal(LedgerErrorCodes.DuplicateHousehold, e.ErrorCode));
        Assert.Equal([2, 7], result.Errors.Select(e => e.Row));
        Assert.Equal(["H002"], _target.Written.Select(h => h.Number));
    }

    [Fact]
    public async Task Households_and_people_already_on_record_are_reported_not_merged()
    {
        _target.Households.Add("H001");
        _target.Residents[CitizenId.Parse(Id(11))] = "H001";
        _target.Residents[CitizenId.Parse(Id(21, "19750302"))] = "H900";
        _target.Residents[CitizenId.Parse(Id(22, "19780808"))] = string.Empty;

        var result = await ImportAsync(Csv(ValidRows()), partial: true);

        Assert.Equal(
            [(2, LedgerErrorCodes.DuplicateHousehold), (5, LedgerErrorCodes.MemberInTwoHouseholds), (6, LedgerErrorCodes.DuplicateId)],
            result.Errors.Select(e => (e.Row, e.ErrorCode)));
        Assert.Contains("H900", result.Errors[1].Message, StringComparison.Ordinal);
        Assert.Equal(0, result.Imported);
    }

    [Fact]
    public async Task A_grid_that_does_not_exist_is_unknown_and_a_malformed_code_is_invalid()
    {
        string[] rows =
        [
            Row("H001", "户主", "扎西", Id(11), grid: UnknownGrid),
            Row("H002", "户主", "王强", Id(21), grid: "5401271000010"),
        ];

        var result = await ImportAsync(Csv(rows), partial: true);

        Assert.Equal(
            [(2, "网格编码", LedgerErrorCodes.UnknownGrid), (3, "网格编码", LedgerErrorCodes.InvalidGrid)],
            result.Errors.Select(e => (e.Row, e.Column, e.ErrorCode)));
        Assert.Contains(UnknownGrid, result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_with_an_unclosed_quote_or_text_after_a_quote_is_malformed_and_the_rest_is_still_read()
    {
        var text = Csv(
            Row("H001", "户主", "扎西", Id(11)),
            "H002,,户主,\"王\"强,x",
            Row("H003", "户主", "次仁", Id(31)),
            "H004,,户主,\"unclosed");

        var result = await ImportAsync(text, partial: true);

        Assert.Equal(
            [(3, LedgerErrorCodes.MalformedRow), (5, LedgerErrorCodes.MalformedRow)],
            result.Errors.Select(e => (e.Row, e.ErrorCode)));
        Assert.Equal(["H001", "H003"], _target.Written.Select(h => h.Number));
        Assert.Equal(2, result.Rejected);
    }

    [Fact]
    public async Task A_row_with_more_cells_than_the_header_is_malformed()
    {
        var result = await ImportAsync(Csv(Row("H001", "户主", "扎西", Id(11)) + ",extra"), partial: true);

        Assert.Equal(LedgerErrorCodes.MalformedRow, Assert.Single(result.Errors).ErrorCode);
    }

    [Fact]
    public async Task Missing_cells_heads_and_inconsistent_rows_are_reported()
    {
        string[] rows =
        [
            Row("H001", "配偶", "卓玛", Id(12)), // no head
            Row("H002", "户主", "王强", Id(21), head: "王强"),
            Row("H002", "户主", "李梅", Id(22), head: "王强", address: "另一个地址"), // second head, other address
            Row("", "户主", "无户号", Id(41)),
            Row("H003", "户主", "", Id(51), phone: "12345", type: "其他", registered: "2025-13-01"),
        ];

        var result = await ImportAsync(Csv(rows), partial: true);

        Assert.Equal(
            [
                (2, "", LedgerErrorCodes.HeadOfHousehold),
                (4, "与户主关系", LedgerErrorCodes.HeadOfHousehold),
                (4, "地址", LedgerErrorCodes.InconsistentHousehold),
                (5, "户编号", LedgerErrorCodes.MissingValue),
                (6, "姓名", LedgerErrorCodes.MissingValue),
                (6, "联系电话", LedgerErrorCodes.InvalidPhone),
                (6, "人口类型", LedgerErrorCodes.InvalidPopulationType),
                (6, "登记日期", LedgerErrorCodes.InvalidDate),
            ],
            result.Errors.Select(e => (e.Row, e.Column, e.ErrorCode)));
        Assert.Equal(0, result.Imported);
        Assert.Equal(4, result.Rejected);
    }

    [Fact]
    public async Task A_relation_the_household_form_does_not_know_is_reported()
    {
        var rows = ValidRows();
        rows[2] = Row("H001", "邻居的朋友", "次仁", Id(13, "20100505"), grid: "", address: "");

        var result = await ImportAsync(Csv(rows), partial: true);

        var error = Assert.Single(result.Errors);
        Assert.Equal((4, "与户主关系", LedgerErrorCodes.InvalidRelation), (error.Row, error.Column, error.ErrorCode));
    }

    [Fact]
    public async Task A_care_tag_outside_the_catalogue_is_reported()
    {
        var rows = ValidRows();
        rows[0] = Row("H001", "户主", "扎西", Id(11), tags: "独居、不存在的标签");

        var result = await ImportAsync(Csv(rows), partial: true);

        var error = Assert.Single(result.Errors);
        Assert.Equal((2, "关爱标签", LedgerErrorCodes.UnknownCareTag), (error.Row, error.Column, error.ErrorCode));
        Assert.Equal(1, result.Imported);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    public async Task An_empty_file_is_refused(string text)
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() => ImportAsync(text));

        Assert.Equal(LedgerErrorCodes.EmptyFile, error.Code);
    }

    [Fact]
    public async Task A_header_without_data_rows_is_an_empty_file()
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() => ImportAsync(Header + "\r\n,,,,,,,,,,,\r\n"));

        Assert.Equal(LedgerErrorCodes.EmptyFile, error.Code);
    }

    [Fact]
    public async Task Title_rows_above_the_header_are_skipped_and_rows_keep_their_spreadsheet_numbers()
    {
        var rows = ValidRows();
        rows[1] = Row("H001", "配偶", "卓玛", "", grid: "", address: "");
        var text = "扎西岗乡户籍台账,,,\r\n填报单位：扎西岗派出所\r\n\r\n" + Csv(rows);

        var result = await ImportAsync(text);

        var error = Assert.Single(result.Errors);
        Assert.Equal((6, LedgerErrorCodes.MissingValue), (error.Row, error.ErrorCode)); // header on row 4
    }

    [Fact]
    public async Task A_missing_required_column_is_named()
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() => ImportAsync("户编号,姓名,与户主关系,网格编码,地址\nH1,a,户主,540127100001001,x\n"));

        Assert.Equal(LedgerErrorCodes.MissingColumn, error.Code);
        Assert.Equal("公民身份号码", error.Field);
    }

    [Fact]
    public async Task A_gbk_file_as_excel_saves_it_is_decoded_right()
    {
        var result = await ImportAsync(Gbk(Csv(ValidRows())));

        Assert.True(result.IsClean, string.Join("; ", result.Errors));
        Assert.Equal("GBK", result.Encoding);
        Assert.Equal("扎西", _target.Written[0].Head.Name);
        Assert.Equal("拉萨市墨竹工卡县扎西岗乡1号", _target.Written[0].Address);
    }

    [Fact]
    public async Task A_utf8_file_with_a_byte_order_mark_is_read()
    {
        var result = await ImportAsync(Utf8(Csv(ValidRows()), bom: true));

        Assert.Equal(2, result.Imported);
        Assert.Equal("UTF-8", result.Encoding);
    }

    [Theory]
    [InlineData(new byte[] { 0xE6, 0x88, 0xB7, 0x2C, 0x80, 0xFF, 0x0A })] // a stray byte neither UTF-8 nor GBK allows
    [InlineData(new byte[] { 0x41, 0x2C, 0x81, 0x20, 0x0A })] // a GBK lead byte with no trail byte
    [InlineData(new byte[] { 0xFF, 0xFE, 0x37, 0x62 })] // UTF-16
    [InlineData(new byte[] { 0x41, 0x00, 0x42, 0x0A })] // binary
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0xC3, 0x28, 0x0A })] // a BOM over invalid UTF-8
    public async Task A_file_that_is_neither_utf8_nor_gbk_text_is_refused_naming_the_encoding(byte[] bytes)
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() => ImportAsync(new MemoryStream(bytes)));

        Assert.Equal(LedgerErrorCodes.Encoding, error.Code);
        Assert.Contains("UTF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_are_given_in_chinese_under_zh_CN()
    {
        var rows = ValidRows();
        rows[1] = Row("H001", "配偶", "卓玛", "", grid: "", address: "");
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            var result = await ImportAsync(Csv(rows));
            Assert.Equal("列 公民身份号码 不能为空。", Assert.Single(result.Errors).Message);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public async Task Progress_is_reported_through_every_phase()
    {
        var rows = Enumerable.Range(1, 40).Select(i => Row($"H{i:D3}", "户主", "某", Id(i))).ToArray();
        var reports = new List<LedgerProgress>();
        var options = new LedgerImportOptions { AsOf = AsOf, ProgressInterval = 10, Progress = new SyncProgress(reports.Add) };

        await new LedgerImporter(_target, new FakeClock(Instant.FromUtc(2025, 6, 1, 0, 0))).ImportAsync(Utf8(Csv(rows)), LedgerFormat.Csv, options);

        Assert.Equal([10, 20, 30, 40], reports.Where(r => r.Phase == LedgerPhase.Reading).Select(r => r.RowsRead));
        Assert.Contains(reports, r => r.Phase == LedgerPhase.Checking);
        Assert.Contains(reports, r => r is { Phase: LedgerPhase.Writing, HouseholdsWritten: 40, HouseholdsToWrite: 40 });
        Assert.Equal(LedgerPhase.Done, reports[^1].Phase);
    }

    [Fact]
    public async Task A_cancelled_import_writes_nothing()
    {
        var rows = Enumerable.Range(1, 50).Select(i => Row($"H{i:D3}", "户主", "某", Id(i))).ToArray();
        using var cancellation = new CancellationTokenSource();
        var options = new LedgerImportOptions { AsOf = AsOf, ProgressInterval = 10, Progress = new SyncProgress(_ => cancellation.Cancel()) };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new LedgerImporter(_target, new FakeClock(Instant.FromUtc(2025, 6, 1, 0, 0))).ImportAsync(Utf8(Csv(rows)), LedgerFormat.Csv, options, cancellation.Token));
        Assert.Empty(_target.Written);
    }

    [Fact]
    public async Task Check_reports_what_an_import_would_do_and_writes_nothing()
    {
        var importer = new LedgerImporter(_target, new FakeClock(Instant.FromUtc(2025, 6, 1, 0, 0)));

        var (result, households) = await importer.CheckAsync(Utf8(Csv(ValidRows())), LedgerFormat.Csv, AsOf);

        Assert.Equal(2, result.Imported);
        Assert.Equal(2, households.Count);
        Assert.Empty(_target.Written);
    }

    [Fact]
    public void Members_and_households_format_without_personal_data()
    {
        var id = CitizenId.Parse(Id(11));
        var member = new LedgerMember(2, "扎西", id, "户主", true, MobileNumber.Parse(Mobile(1)), LedgerPopulationType.Registered, null, null, []);
        var household = new LedgerHousehold("H001", Jurisdictions.JurisdictionCode.Parse(Grid1), "地址", 2, [member]);

        foreach (var text in new[] { member.ToString(), household.ToString() })
        {
            Assert.DoesNotContain(Id(11), text, StringComparison.Ordinal);
            Assert.DoesNotContain(Mobile(1), text, StringComparison.Ordinal);
            Assert.DoesNotContain("扎西", text, StringComparison.Ordinal);
        }
    }

    private Task<LedgerImportResult> ImportAsync(string csv, bool partial = false) => ImportAsync(Utf8(csv), partial);

    private Task<LedgerImportResult> ImportAsync(Stream stream, bool partial = false) =>
        new LedgerImporter(_target, new FakeClock(Instant.FromUtc(2025, 6, 1, 0, 0)))
            .ImportAsync(stream, LedgerFormat.Csv, new LedgerImportOptions { Partial = partial, AsOf = AsOf });

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, so the test sees every report in order.</summary>
    private sealed class SyncProgress(Action<LedgerProgress> report) : IProgress<LedgerProgress>
    {
        public void Report(LedgerProgress value) => report(value);
    }
}
