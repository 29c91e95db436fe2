using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Fengqiao.Errors;
using Fengqiao.Jurisdictions;
using NodaTime;
using NodaTime.Text;

namespace Fengqiao.Time;

/// <summary>
/// Reads one calendar file and checks it, so that a bad file fails when it is loaded, naming the
/// file and the JSON path, and never when a date is asked for months later.
/// </summary>
internal static class CalendarFileReader
{
    private const int SupportedFormatVersion = 1;
    private const int MinYear = 1900;
    private const int MaxYear = 9998;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // A misspelt property would otherwise be dropped silently, and with it a holiday.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        PropertyNameCaseInsensitive = false,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static CalendarYear Read(ReadOnlySpan<byte> utf8Json, string source)
    {
        CalendarFileDto? file;
        try
        {
            file = JsonSerializer.Deserialize<CalendarFileDto>(utf8Json, Options);
        }
        catch (JsonException error)
        {
            var line = error.LineNumber is { } zeroBased ? (zeroBased + 1).ToString(CultureInfo.InvariantCulture) : "?";
            var path = error.Path ?? "$";
            throw new ValidationException(
                ErrorCodes.CalendarMalformedData,
                Field(source, path),
                CalendarMessages.Format(ErrorCodes.CalendarMalformedData, source, path, line, Detail(error)),
                error);
        }

        if (file is null)
        {
            throw CalendarMessages.Error(ErrorCodes.CalendarMalformedData, Field(source, "$"), source, "$", "1", "null");
        }

        return new FileValidator(source, file).Validate();
    }

    private static string Field(string source, string path) => $"{source}:{path}";

    // The serializer appends "Path: … | LineNumber: …", which the message already carries.
    private static string Detail(JsonException error)
    {
        var message = error.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    /// <summary>Checks the values of one file and turns it into a <see cref="CalendarYear"/>.</summary>
    private sealed class FileValidator(string source, CalendarFileDto file)
    {
        // Every date the file mentions, so that a day off given twice, or off and worked at
        // once, is refused instead of resolved by file order.
        private readonly HashSet<LocalDate> _seen = [];
        private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
        private JurisdictionCode? _region;

        public CalendarYear Validate()
        {
            if (file.FormatVersion != SupportedFormatVersion)
            {
                throw Invalid("$.formatVersion", file.FormatVersion.ToString(CultureInfo.InvariantCulture), "Calendar.Expect.FormatVersion");
            }

            if (file.Year is < MinYear or > MaxYear)
            {
                throw Invalid("$.year", file.Year.ToString(CultureInfo.InvariantCulture), "Calendar.Expect.Year");
            }

            ValidateKindAndRegion();
            ValidateSource(file.Source ?? throw Malformed("$.source"));
            var list = file.Holidays ?? throw Malformed("$.holidays");
            var holidays = ImmutableArray.CreateBuilder<Holiday>(list.Count);
            for (var i = 0; i < list.Count; i++)
            {
                holidays.Add(ValidateHoliday(list[i], $"$.holidays[{i}]"));
            }

            return new CalendarYear(source, file.Year, _region, holidays.MoveToImmutable());
        }

        private void ValidateKindAndRegion()
        {
            switch (file.Kind)
            {
                case "national" when file.Region is null:
                    _region = null;
                    break;
                case "national":
                    throw Invalid("$.region", file.Region, "Calendar.Expect.Region");
                case "regional" when JurisdictionCode.TryParse(file.Region, out var region):
                    _region = region;
                    break;
                case "regional":
                    throw Invalid("$.region", file.Region ?? "null", "Calendar.Expect.Region");
                default:
                    throw Invalid("$.kind", file.Kind ?? "null", "Calendar.Expect.Kind");
            }
        }

        private void ValidateSource(CalendarSourceDto sourceDto)
        {
            RequireText(sourceDto.Publisher, "$.source.publisher");
            RequireText(sourceDto.Title, "$.source.title");
            if (sourceDto.Published is not null)
            {
                ParseDate(sourceDto.Published, "$.source.published");
            }
        }

        private Holiday ValidateHoliday(HolidayDto? holiday, string path)
        {
            if (holiday is null)
            {
                throw Malformed(path);
            }

            var key = RequireText(holiday.Key, path + ".key");
            if (!IsKey(key))
            {
                throw Invalid(path + ".key", key, "Calendar.Expect.Key");
            }

            if (!_keys.Add(key))
            {
                throw CalendarMessages.Error(ErrorCodes.CalendarConflictingEntries, Field(source, path + ".key"), source, path + ".key", key);
            }

            if (holiday.Name is null)
            {
                throw Malformed(path + ".name");
            }

            var chinese = RequireText(holiday.Name.Chinese, path + ".name.zh-CN");
            var english = RequireText(holiday.Name.English, path + ".name.en");
            var daysOff = ValidateDaysOff(holiday.DaysOff, path + ".daysOff");
            var workingDays = ValidateWorkingDays(holiday.WorkingDays, path + ".workingDays");
            if (daysOff.IsEmpty && workingDays.IsEmpty)
            {
                throw Invalid(path, key, "Calendar.Expect.HolidayDays");
            }

            return new Holiday(key, chinese, english, file.Year, _region, file.Example, daysOff, workingDays);
        }

        private ImmutableArray<DateInterval> ValidateDaysOff(List<DateRangeDto?>? ranges, string path)
        {
            if (ranges is null)
            {
                return [];
            }

            var result = ImmutableArray.CreateBuilder<DateInterval>(ranges.Count);
            for (var i = 0; i < ranges.Count; i++)
            {
                var rangePath = $"{path}[{i}]";
                var range = ranges[i] ?? throw Malformed(rangePath);
                var from = ParseDateInYear(range.From ?? throw Malformed(rangePath + ".from"), rangePath + ".from");
                var to = range.To is null ? from : ParseDateInYear(range.To, rangePath + ".to");
                if (to < from)
                {
                    throw Invalid(rangePath, $"{range.From}..{range.To}", "Calendar.Expect.Range");
                }

                for (var day = from; day <= to; day = day.PlusDays(1))
                {
                    Claim(day, rangePath);
                }

                result.Add(new DateInterval(from, to));
            }

            return result.MoveToImmutable().Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        private ImmutableArray<LocalDate> ValidateWorkingDays(List<string?>? days, string path)
        {
            if (days is null)
            {
                return [];
            }

            var result = ImmutableArray.CreateBuilder<LocalDate>(days.Count);
            for (var i = 0; i < days.Count; i++)
            {
                var dayPath = $"{path}[{i}]";
                var day = ParseDateInYear(days[i] ?? throw Malformed(dayPath), dayPath);
                Claim(day, dayPath);
                result.Add(day);
            }

            return result.MoveToImmutable().Sort();
        }

        private void Claim(LocalDate day, string path)
        {
            if (!_seen.Add(day))
            {
                var text = LocalDatePattern.Iso.Format(day);
                throw CalendarMessages.Error(ErrorCodes.CalendarConflictingEntries, Field(source, path), source, path, text);
            }
        }

        private LocalDate ParseDateInYear(string text, string path)
        {
            var date = ParseDate(text, path);
            if (date.Year != file.Year)
            {
                throw CalendarMessages.Error(ErrorCodes.CalendarDateOutsideYear, Field(source, path), source, path, text, file.Year);
            }

            return date;
        }

        private LocalDate ParseDate(string text, string path)
        {
            var result = LocalDatePattern.Iso.Parse(text);
            return result.Success ? result.Value : throw Invalid(path, text, "Calendar.Expect.Date");
        }

        private string RequireText(string? text, string path) =>
            string.IsNullOrWhiteSpace(text) ? throw Invalid(path, text ?? "null", "Calendar.Expect.Text") : text;

        private static bool IsKey(string key) =>
            key[0] is >= 'a' and <= 'z' && key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

        private ValidationException Invalid(string path, string value, string expectation) =>
            CalendarMessages.Error(
                ErrorCodes.CalendarInvalidValue,
                Field(source, path),
                source,
                path,
                value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…"),
                CalendarMessages.Format(expectation));

        private ValidationException Malformed(string path) =>
            CalendarMessages.Error(ErrorCodes.CalendarMalformedData, Field(source, path), source, path, "?", "null");
    }
}
