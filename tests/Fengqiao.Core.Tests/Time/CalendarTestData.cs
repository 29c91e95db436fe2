using Fengqiao.Jurisdictions;
using Fengqiao.Time;
using NodaTime;
using NodaTime.Text;

namespace Fengqiao.Core.Tests.Time;

/// <summary>Shared inputs for the working calendar tests.</summary>
internal static class CalendarTestData
{
    public static readonly JurisdictionCode Beijing = JurisdictionCode.Parse("110105");
    public static readonly JurisdictionCode Tibet = JurisdictionCode.Parse("540000");
    public static readonly JurisdictionCode Lhasa = JurisdictionCode.Parse("540100");
    public static readonly JurisdictionCode Maizhokunggar = JurisdictionCode.Parse("540127");
    public static readonly JurisdictionCode Shigatse = JurisdictionCode.Parse("540200");

    public static WorkingCalendar National => WorkingCalendarSet.Embedded.National;

    public static LocalDate D(string text) => LocalDatePattern.Iso.Parse(text).Value;

    /// <summary>The repository's <c>seeds/</c> folder, found above the test binaries.</summary>
    public static string SeedsDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seeds", "calendars");
                if (Directory.Exists(candidate))
                {
                    return Path.Combine(dir.FullName, "seeds");
                }
            }

            throw new DirectoryNotFoundException("seeds/calendars was not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>A calendar file as JSON; holidays are given as raw JSON objects.</summary>
    public static string Year(int year, string? region = null, params string[] holidays)
    {
        var kind = region is null ? "\"kind\": \"national\"" : $"\"kind\": \"regional\", \"region\": \"{region}\"";
        return $$"""
            {
              "formatVersion": 1,
              "year": {{year}},
              {{kind}},
              "source": { "publisher": "test", "title": "test data" },
              "holidays": [{{string.Join(",", holidays)}}]
            }
            """;
    }

    public static string Holiday(string key, string? daysOff = null, string? workingDays = null)
    {
        var parts = new List<string> { $"\"key\": \"{key}\"", "\"name\": { \"zh-CN\": \"测试\", \"en\": \"Test\" }" };
        if (daysOff is not null)
        {
            parts.Add($"\"daysOff\": [{daysOff}]");
        }

        if (workingDays is not null)
        {
            parts.Add($"\"workingDays\": [{workingDays}]");
        }

        return "{" + string.Join(", ", parts) + "}";
    }

    public static string Range(string from, string to) => $"{{ \"from\": \"{from}\", \"to\": \"{to}\" }}";
}
