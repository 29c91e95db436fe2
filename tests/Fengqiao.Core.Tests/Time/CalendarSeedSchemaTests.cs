using System.Text.Json;
using static Fengqiao.Core.Tests.Time.CalendarTestData;

namespace Fengqiao.Core.Tests.Time;

public class CalendarSeedSchemaTests
{
    private static readonly JsonSchemaSubset Schema =
        new(JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedsDirectory, "schemas", "calendar.schema.json"))).RootElement);

    public static TheoryData<string> SeedFiles() => new(SeedFileNames());

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Every_seed_calendar_conforms_to_the_schema(string file)
    {
        var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedsDirectory, "calendars", file))).RootElement;

        Assert.Empty(Schema.Validate(document));
    }

    [Fact]
    public void The_seeds_hold_both_national_years_and_the_example_tibet_overlay()
    {
        Assert.Equal(["cn-2025.json", "cn-2026.json", "regions/540000-2025.json", "regions/540000-2026.json"], SeedFileNames());
    }

    private static List<string> SeedFileNames()
    {
        var root = Path.Combine(SeedsDirectory, "calendars");
        return Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    [Theory]
    [InlineData("\"year\": 2025", "\"year\": \"2025\"", "$.year: expected integer")]
    [InlineData("\"kind\": \"national\"", "\"kind\": \"regional\"", "$: missing region")]
    [InlineData("\"key\": \"new-year\"", "\"key\": \"New Year\"", "$.holidays[0].key: does not match")]
    [InlineData("\"from\": \"2025-01-01\"", "\"from\": \"2025-1-1\"", "$.holidays[0].daysOff[0].from: does not match")]
    [InlineData("\"holidays\": [", "\"holiday\": 1, \"holidays\": [", "$: unexpected property holiday")]
    [InlineData("\"en\": \"New Year's Day\"", "\"english\": \"New Year's Day\"", "$.holidays[0].name: missing en")]
    public void The_schema_check_catches_broken_files(string original, string broken, string expected)
    {
        var text = File.ReadAllText(Path.Combine(SeedsDirectory, "calendars", "cn-2025.json"));
        Assert.Contains(original, text, StringComparison.Ordinal);

        var errors = Schema.Validate(JsonDocument.Parse(text.Replace(original, broken, StringComparison.Ordinal)).RootElement);

        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }
}
