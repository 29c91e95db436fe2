namespace Fengqiao.Time;

/// <summary>
/// Where the host's working calendars come from (工作日历配置). By default the calendars shipped
/// inside the library; add directories for years or regional overlays published since.
/// </summary>
public sealed class WorkingCalendarOptions
{
    /// <summary>Gets or sets a value indicating whether the calendars shipped inside the library are loaded; default <see langword="true"/>.</summary>
    public bool UseEmbeddedCalendars { get; set; } = true;

    /// <summary>
    /// Gets the directories whose <c>*.json</c> calendar files are loaded as well (subdirectories
    /// included). A year given both here and in the embedded data is an error: turn
    /// <see cref="UseEmbeddedCalendars"/> off to replace the shipped data entirely.
    /// </summary>
    public IList<string> Directories { get; } = [];
}
