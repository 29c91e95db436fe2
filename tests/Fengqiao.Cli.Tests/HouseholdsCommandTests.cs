using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Fengqiao.Cli.Tests;

/// <summary>
/// <c>fengqiao households import|export</c> against a SQLite database the demo has seeded with the seed
/// stations' grids (made once per test class and copied, keys and all, for each test).
/// </summary>
public sealed class HouseholdsCommandTests : IClassFixture<HouseholdsCommandTests.SeededDatabase>, IDisposable
{
    private const string Header = "户编号,户主,与户主关系,姓名,公民身份号码,联系电话,网格编码,地址,人口类型,登记日期,有效期至,关爱标签";
    private const string Grid = "540127200201001";

    // Canaries: a valid ID and phone that are imported, and an invalid ID that is refused.
    private static readonly string CanaryId = Id("540127", "19620415", 137);
    private const string CanaryPhone = "13912345678";
    private static readonly string BadId = CanaryId[..17] + (CanaryId[17] == '1' ? '2' : '1');

    private readonly string _directory = Directory.CreateTempSubdirectory("fengqiao-households-").FullName;
    private readonly string _database;

    public HouseholdsCommandTests(SeededDatabase seeded)
    {
        _database = seeded.CopyTo(_directory);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_valid_ledger_imports_with_exit_code_0_and_the_json_shape()
    {
        var result = await CliHarness.RunAsync("households", "import", Sample("sample-utf8.csv"), "--db", _database, "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        var json = result.Json;
        Assert.Equal(["imported", "rejected", "errors"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, json.GetProperty("imported").GetInt32());
        Assert.Equal(0, json.GetProperty("rejected").GetInt32());
        Assert.Equal(0, json.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task A_gbk_ledger_as_excel_saves_it_imports()
    {
        var result = await CliHarness.RunAsync("households", "import", Sample("sample-gbk.csv"), "--db", _database);

        Assert.True(result.ExitCode == 0, result.Error + result.Out);
        Assert.Contains("(GBK)", result.Out, StringComparison.Ordinal);
        Assert.Contains("3 household(s), 7 resident(s)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_xlsx_ledger_imports()
    {
        var result = await CliHarness.RunAsync("households", "import", Sample("sample.xlsx"), "--db", _database, "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(3, result.Json.GetProperty("imported").GetInt32());
    }

    [Fact]
    public async Task Rejected_rows_give_exit_code_1_with_row_level_errors_and_nothing_is_imported_without_partial()
    {
        var file = Write("bad.csv", MixedLedger());

        var result = await CliHarness.RunAsync("households", "import", file, "--db", _database, "--json");

        Assert.Equal(1, result.ExitCode);
        var json = result.Json;
        Assert.Equal(0, json.GetProperty("imported").GetInt32());
        Assert.Equal(1, json.GetProperty("rejected").GetInt32());
        var error = Assert.Single(json.GetProperty("errors").EnumerateArray());
        Assert.Equal(["row", "column", "errorCode", "message"], error.EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, error.GetProperty("row").GetInt32());
        Assert.Equal("公民身份号码", error.GetProperty("column").GetString());
        Assert.Equal("Ledger.InvalidId", error.GetProperty("errorCode").GetString());

        // Nothing was written: the valid household imports cleanly afterwards.
        var again = await CliHarness.RunAsync("households", "import", Write("good.csv", Ledger(GoodRow())), "--db", _database, "--json");
        Assert.Equal(1, again.Json.GetProperty("imported").GetInt32());
    }

    [Fact]
    public async Task With_partial_the_valid_households_are_imported_and_the_exit_code_is_still_1()
    {
        var file = Write("bad.csv", MixedLedger());

        var result = await CliHarness.RunAsync("households", "import", file, "--db", _database, "--partial", "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(1, result.Json.GetProperty("imported").GetInt32());
        Assert.Equal(1, result.Json.GetProperty("rejected").GetInt32());

        var twice = await CliHarness.RunAsync("households", "import", Write("good.csv", Ledger(GoodRow())), "--db", _database, "--json");
        Assert.Equal(1, twice.ExitCode);
        Assert.Equal("Ledger.DuplicateHousehold", twice.Json.GetProperty("errors")[0].GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task A_file_that_is_neither_utf8_nor_gbk_is_refused_with_exit_code_2()
    {
        var file = Path.Combine(_directory, "broken.csv");
        File.WriteAllBytes(file, [.. Encoding.UTF8.GetBytes(Header + "\r\n"), 0x41, 0x2C, 0x80, 0xFF, 0x0D, 0x0A]);

        var json = await CliHarness.RunAsync("households", "import", file, "--db", _database, "--json");
        var text = await CliHarness.RunAsync("households", "import", file, "--db", _database);

        Assert.Equal(2, json.ExitCode);
        Assert.Equal("Ledger.Encoding", json.ErrorJson.GetProperty("errorCode").GetString());
        Assert.Equal(string.Empty, json.Out);
        Assert.Equal(2, text.ExitCode);
        Assert.Contains("error Ledger.Encoding", text.Error, StringComparison.Ordinal);
        Assert.Contains("GBK", text.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ledger.txt")]
    [InlineData("missing.csv")]
    public async Task A_file_that_is_not_a_ledger_or_does_not_exist_is_a_usage_error(string name)
    {
        var file = name == "ledger.txt" ? Write(name, Ledger(GoodRow())) : Path.Combine(_directory, name);

        var result = await CliHarness.RunAsync("households", "import", file, "--db", _database, "--json");

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task An_empty_ledger_is_refused_with_exit_code_2()
    {
        var result = await CliHarness.RunAsync("households", "import", Write("empty.csv", Header + "\r\n"), "--db", _database, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("Ledger.EmptyFile", result.ErrorJson.GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task No_plain_id_or_phone_reaches_the_output_or_the_database_file()
    {
        var file = Write("canary.csv", MixedLedger());
        var outputs = new List<string>();
        foreach (var args in new[] { new[] { "--json" }, [], ["--partial"], ["--partial", "--json"] })
        {
            var result = await CliHarness.RunAsync(["households", "import", file, "--db", _database, .. args]);
            outputs.Add(result.Out);
            outputs.Add(result.Error);
        }

        var export = Path.Combine(_directory, "ledger.xlsx");
        var exported = await CliHarness.RunAsync("households", "export", "--grid", "540127200", "-o", export, "--db", _database);
        var form = Path.Combine(_directory, "form.xlsx");
        var formed = await CliHarness.RunAsync("households", "export", "--grid", Grid, "--household", "CANARY-1", "-o", form, "--db", _database, "--json");
        Assert.True(exported.ExitCode == 0 && formed.ExitCode == 0, exported.Error + formed.Error);
        outputs.AddRange([exported.Out, exported.Error, formed.Out, formed.Error, WorkbookText(export), WorkbookText(form)]);

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var stored = string.Concat(new[] { "", "-wal" }.Select(s => _database + s).Where(File.Exists).Select(p => Encoding.UTF8.GetString(File.ReadAllBytes(p))));
        foreach (var secret in new[] { CanaryId, CanaryPhone, BadId, CanaryId[6..14] + CanaryId[14..] })
        {
            Assert.All(outputs, text => Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(secret, stored, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains(CanaryId[..6] + "********" + CanaryId[^4..], WorkbookText(form), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_the_township_ledger_and_a_household_form()
    {
        await CliHarness.RunAsync("households", "import", Sample("sample-utf8.csv"), "--db", _database);
        var ledger = Path.Combine(_directory, "一乡一账.xlsx");
        var form = Path.Combine(_directory, "一户一表.xlsx");

        var township = await CliHarness.RunAsync("households", "export", "--grid", "540127200", "-o", ledger, "--db", _database, "--json");
        var household = await CliHarness.RunAsync("households", "export", "--grid", "540127200", "--household", "ZXG-0002", "-o", form, "--db", _database, "--json");

        Assert.True(township.ExitCode == 0, township.Error);
        Assert.Equal("township-ledger", township.Json.GetProperty("kind").GetString());
        Assert.True(township.Json.GetProperty("households").GetInt32() >= 3);
        Assert.Contains("ZXG-0003", WorkbookText(ledger), StringComparison.Ordinal);
        Assert.Equal(0, household.ExitCode);
        Assert.Equal(1, household.Json.GetProperty("households").GetInt32());
        Assert.Equal(4, household.Json.GetProperty("residents").GetInt32());
        Assert.Contains("次仁多吉", WorkbookText(form), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_of_an_unknown_household_or_a_county_code_is_a_usage_error()
    {
        var output = Path.Combine(_directory, "x.xlsx");

        var unknown = await CliHarness.RunAsync("households", "export", "--grid", "540127200", "--household", "NONE", "-o", output, "--db", _database, "--json");
        var county = await CliHarness.RunAsync("households", "export", "--grid", "540127", "-o", output, "--db", _database, "--json");

        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal(2, county.ExitCode);
        Assert.Equal("Cli.Usage", county.ErrorJson.GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task A_long_ledger_reports_progress_on_stderr_and_keeps_stdout_one_json_document()
    {
        var rows = Enumerable.Range(1, 10_500).Select(i => string.Create(CultureInfo.InvariantCulture, $"P{i:D5},,户主,某,{Id("540127", "19700101", i % 999 + 1, i / 999)},,{Grid},1号,户籍,,,"));
        var file = Write("long.csv", Ledger([.. rows]));

        var result = await CliHarness.RunAsync("households", "import", file, "--db", _database, "--json");

        Assert.True(result.ExitCode == 0, result.Error[..Math.Min(500, result.Error.Length)]);
        Assert.Equal(10_500, result.Json.GetProperty("imported").GetInt32());
        var progress = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(progress);
        Assert.All(progress, line => Assert.StartsWith("{\"progress\"", line, StringComparison.Ordinal));
        Assert.Contains(progress, line => line.Contains("10,000 rows", StringComparison.Ordinal));
    }

    private static string GoodRow() => $"CANARY-1,,户主,测试,{CanaryId},{CanaryPhone},{Grid},测试地址1号,户籍,,,独居";

    /// <summary>A good household and one whose head has an invalid ID (row 3).</summary>
    private static string MixedLedger() => Ledger(GoodRow(), $"CANARY-2,,户主,测试二,{BadId},13912345679,{Grid},测试地址2号,户籍,,,");

    private static string Ledger(params string[] rows) => Header + "\r\n" + string.Join("\r\n", rows) + "\r\n";

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static string Sample(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "seeds", "households", "ledgers", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(name);
    }

    private static string WorkbookText(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }

    /// <summary>A valid citizen ID; <paramref name="dayOffset"/> moves the birth date to keep sequences unique.</summary>
    private static string Id(string address, string birth, int sequence, int dayOffset = 0)
    {
        var date = DateOnly.ParseExact(birth, "yyyyMMdd", CultureInfo.InvariantCulture).AddDays(dayOffset);
        var body = string.Create(CultureInfo.InvariantCulture, $"{address}{date:yyyyMMdd}{sequence:D3}");
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    /// <summary>A database with the seed grids (and the demo's households), made once and copied with its key file.</summary>
    public sealed class SeededDatabase : IAsyncLifetime
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("fengqiao-households-seed-").FullName;

        private string Database => Path.Combine(_directory, "seeded.db");

        public async Task InitializeAsync()
        {
            var result = await CliHarness.RunAsync("demo", "--scale", "0.01", "--db", Database, "--json");
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException("demo failed: " + result.Error);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        public Task DisposeAsync()
        {
            Directory.Delete(_directory, recursive: true);
            return Task.CompletedTask;
        }

        public string CopyTo(string directory)
        {
            var target = Path.Combine(directory, "county.db");
            foreach (var suffix in new[] { "", "-wal", "-shm", ".keys.json" })
            {
                if (File.Exists(Database + suffix))
                {
                    File.Copy(Database + suffix, target + suffix);
                }
            }

            return target;
        }
    }
}
