using System.Text;
using Ardalis.GuardClauses;
using Fengqiao.Errors;

namespace Fengqiao.Time;

/// <summary>
/// Collects calendar files (JSON, see <c>seeds/schemas/calendar.schema.json</c>) and builds a
/// <see cref="WorkingCalendarSet"/>. Each file is checked as it is added; <see cref="Build"/> checks
/// the files against each other.
/// </summary>
/// <example>
/// <code>
/// var calendars = new WorkingCalendarSetBuilder()
///     .AddEmbeddedCalendars()
///     .AddDirectory("/etc/fengqiao/calendars") // e.g. next year's schedule, or a regional overlay
///     .Build();
/// </code>
/// </example>
public sealed class WorkingCalendarSetBuilder
{
    internal const string EmbeddedPrefix = "Fengqiao.Time.Seeds.";

    private readonly List<CalendarYear> _years = [];

    /// <summary>Adds the calendar files shipped inside the library.</summary>
    /// <returns>This builder.</returns>
    public WorkingCalendarSetBuilder AddEmbeddedCalendars()
    {
        var assembly = typeof(WorkingCalendarSetBuilder).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(EmbeddedPrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            AddStream(stream, "embedded:" + name[EmbeddedPrefix.Length..]);
        }

        return this;
    }

    /// <summary>Adds every <c>*.json</c> file in a directory and its subdirectories, in ordinal path order.</summary>
    /// <param name="path">The directory, such as <c>seeds/calendars</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="ValidationException">A file is not valid calendar data.</exception>
    public WorkingCalendarSetBuilder AddDirectory(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        var files = Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            _years.Add(CalendarFileReader.Read(File.ReadAllBytes(file), file));
        }

        return this;
    }

    /// <summary>Adds one calendar file given as JSON text.</summary>
    /// <param name="json">The JSON text of one year.</param>
    /// <param name="sourceName">A name for error messages, such as a file name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ValidationException">The text is not valid calendar data.</exception>
    public WorkingCalendarSetBuilder AddJson(string json, string sourceName)
    {
        Guard.Against.Null(json);
        Guard.Against.NullOrWhiteSpace(sourceName);
        _years.Add(CalendarFileReader.Read(Encoding.UTF8.GetBytes(json), sourceName));
        return this;
    }

    /// <summary>Adds one calendar file read from a stream of UTF-8 JSON. The stream is read to its end and left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="sourceName">A name for error messages, such as a file name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ValidationException">The content is not valid calendar data.</exception>
    public WorkingCalendarSetBuilder AddStream(Stream utf8Json, string sourceName)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.NullOrWhiteSpace(sourceName);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        _years.Add(CalendarFileReader.Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), sourceName));
        return this;
    }

    /// <summary>
    /// Builds the set. Fails when two files give the same year of the same calendar (national, or
    /// one region), or when an overlay's year has no national data to lay over.
    /// </summary>
    /// <returns>The immutable set.</returns>
    /// <exception cref="ValidationException">
    /// <see cref="ErrorCodes.CalendarConflictingEntries"/> for a year given twice;
    /// <see cref="ErrorCodes.CalendarYearNotCovered"/> for an overlay without national data.
    /// </exception>
    public WorkingCalendarSet Build()
    {
        var seen = new Dictionary<string, CalendarYear>(StringComparer.Ordinal);
        foreach (var year in _years)
        {
            if (!seen.TryAdd(year.Describe(), year))
            {
                throw CalendarMessages.Error(ErrorCodes.CalendarConflictingEntries, $"{year.Source}:$.year", year.Source, "$.year", year.Describe());
            }
        }

        var national = _years.Where(y => y.IsNational).OrderBy(y => y.Year).ToList();
        var nationalYears = national.Select(y => y.Year).ToHashSet();
        var overlays = _years.Where(y => !y.IsNational).ToList();
        var orphan = overlays.FirstOrDefault(o => !nationalYears.Contains(o.Year));
        if (orphan is not null)
        {
            var covered = nationalYears.Count == 0 ? CalendarMessages.Format("Calendar.NoYears") : string.Join(", ", nationalYears.Order());
            throw CalendarMessages.Error(ErrorCodes.CalendarYearNotCovered, $"{orphan.Source}:$.year", orphan.Year, covered);
        }

        return new WorkingCalendarSet(national, overlays);
    }
}
