using System.Text.Json.Serialization;

namespace Fengqiao.Time;

// The JSON shape of a calendar file (seeds/schemas/calendar.schema.json). Structure and types
// are checked by the serializer; values are checked by CalendarFileReader, which knows the paths.
#pragma warning disable CA1812 // instantiated by System.Text.Json

internal sealed class CalendarFileDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    [JsonRequired]
    public int FormatVersion { get; set; }

    [JsonRequired]
    public int Year { get; set; }

    [JsonRequired]
    public string? Kind { get; set; }

    public string? Region { get; set; }

    public bool Example { get; set; }

    [JsonRequired]
    public CalendarSourceDto? Source { get; set; }

    public string? Note { get; set; }

    [JsonRequired]
    public List<HolidayDto?>? Holidays { get; set; }
}

internal sealed class CalendarSourceDto
{
    [JsonRequired]
    public string? Publisher { get; set; }

    [JsonRequired]
    public string? Title { get; set; }

    public string? Reference { get; set; }

    public string? Url { get; set; }

    public string? Published { get; set; }
}

internal sealed class HolidayDto
{
    [JsonRequired]
    public string? Key { get; set; }

    [JsonRequired]
    public LocalizedNameDto? Name { get; set; }

    public List<DateRangeDto?>? DaysOff { get; set; }

    public List<string?>? WorkingDays { get; set; }
}

internal sealed class LocalizedNameDto
{
    [JsonRequired]
    [JsonPropertyName("zh-CN")]
    public string? Chinese { get; set; }

    [JsonRequired]
    [JsonPropertyName("en")]
    public string? English { get; set; }
}

internal sealed class DateRangeDto
{
    [JsonRequired]
    public string? From { get; set; }

    public string? To { get; set; }
}
