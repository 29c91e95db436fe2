using System.Text.Json;

namespace Fengqiao.Cli.Tests;

public class IdCheckCommandTests
{
    private const string Valid = "11010519491231002X";
    private const string ValidMale = "440524188001010014";
    private const string WrongCheck = "110105194912310021";
    private const string FullWidth = "１１０１０５１９４９１２３１００２Ｘ";

    [Fact]
    public async Task Valid_numbers_give_exit_code_0_and_their_details_as_json()
    {
        var result = await CliHarness.RunAsync("id", "check", Valid, ValidMale, "--json");

        Assert.Equal(0, result.ExitCode);
        var items = result.Json.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        AssertItem(items[0], "110105********002X", true, null, "1949-12-31", "female", "110105");
        AssertItem(items[1], "440524********0014", true, null, "1880-01-01", "male", "440524");
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public async Task An_invalid_number_gives_exit_code_1_with_its_error_code()
    {
        var result = await CliHarness.RunAsync("id", "check", WrongCheck, "--json");

        Assert.Equal(1, result.ExitCode);
        var item = Assert.Single(result.Json.EnumerateArray());
        AssertItem(item, "110105********0021", false, "CitizenId.CheckCharacter", null, null, null);
    }

    [Fact]
    public async Task Mixed_input_reports_each_number_in_order_and_exit_code_1()
    {
        var result = await CliHarness.RunAsync("id", "check", "--json", Valid, "123", FullWidth, "110105491231002", "11010519490230002X");

        Assert.Equal(1, result.ExitCode);
        var codes = result.Json.EnumerateArray().Select(i => i.GetProperty("errorCode").GetString()).ToList();
        Assert.Equal(
            [null, "CitizenId.Length", "CitizenId.FullWidthCharacter", "CitizenId.FirstGeneration", "CitizenId.BirthDate"],
            codes);
    }

    [Fact]
    public async Task The_json_object_has_exactly_the_documented_fields()
    {
        var result = await CliHarness.RunAsync("id", "check", Valid, "--json");
        var item = Assert.Single(result.Json.EnumerateArray());
        Assert.Equal(
            ["addressCode", "birthDate", "errorCode", "input", "sex", "valid"],
            item.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Without_json_it_prints_an_aligned_table_and_a_summary()
    {
        var result = await CliHarness.RunAsync("id", "check", Valid, WrongCheck);

        Assert.Equal(1, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(4, lines.Count);
        Assert.StartsWith("INPUT (MASKED)", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("110105********002X", lines[1], StringComparison.Ordinal);
        Assert.Contains("1949-12-31", lines[1], StringComparison.Ordinal);
        Assert.Contains("CitizenId.CheckCharacter", lines[2], StringComparison.Ordinal);
        Assert.Equal("2 checked, 1 invalid.", lines[3]);

        // Columns line up: every column starts at the same offset in each row.
        var validColumn = lines[0].IndexOf("VALID", StringComparison.Ordinal);
        Assert.Equal("yes", lines[1].Substring(validColumn, 3));
        Assert.Equal("no", lines[2].Substring(validColumn, 2));
    }

    [Fact]
    public async Task Numbers_can_come_from_a_file()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllLinesAsync(path, [Valid, string.Empty, "  ", ValidMale]);
            var result = await CliHarness.RunAsync("id", "check", "--file", path, "--json");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(2, result.Json.GetArrayLength());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_missing_file_is_a_usage_error()
    {
        var result = await CliHarness.RunAsync("id", "check", "--file", "/no/such/file.txt", "--json");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("Cli.Io", result.ErrorJson.GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task No_numbers_at_all_is_a_usage_error()
    {
        var result = await CliHarness.RunAsync("id", "check", "--json");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("Cli.Usage", result.ErrorJson.GetProperty("errorCode").GetString());
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task Help_describes_the_command()
    {
        var result = await CliHarness.RunAsync("id", "check", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--file", result.Out, StringComparison.Ordinal);
        Assert.Contains("masked", result.Out, StringComparison.Ordinal);

        var group = await CliHarness.RunAsync("id", "--help");
        Assert.Contains("check", group.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task No_number_ever_appears_unmasked_in_the_output(bool json)
    {
        // Valid and invalid numbers alike: an invalid one may be a real number with one typo.
        string[] inputs = [Valid, "11010519491231002x", WrongCheck, "11010519491231002", "110105194912310021999", FullWidth, "540127198706314325"];
        var args = new List<string> { "id", "check" };
        args.AddRange(inputs);
        if (json)
        {
            args.Add("--json");
        }

        var result = await CliHarness.RunAsync([.. args]);
        var everything = result.Out + result.Error;

        foreach (var input in inputs)
        {
            Assert.DoesNotContain(input, everything, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(input[6..14], everything, StringComparison.Ordinal); // the birth-date digits
        }
    }

    private static void AssertItem(JsonElement item, string input, bool valid, string? errorCode, string? birthDate, string? sex, string? addressCode)
    {
        Assert.Equal(input, item.GetProperty("input").GetString());
        Assert.Equal(valid, item.GetProperty("valid").GetBoolean());
        Assert.Equal(errorCode, item.GetProperty("errorCode").GetString());
        Assert.Equal(birthDate, item.GetProperty("birthDate").GetString());
        Assert.Equal(sex, item.GetProperty("sex").GetString());
        Assert.Equal(addressCode, item.GetProperty("addressCode").GetString());
    }
}
