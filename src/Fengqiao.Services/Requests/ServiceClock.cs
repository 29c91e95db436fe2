using Ardalis.GuardClauses;
using Fengqiao.Time;
using NodaTime;

namespace Fengqiao.Services.Requests;

/// <summary>
/// How a station counts time limits (时限计算): its working calendar (national plus the overlays of the
/// station's region) and its time zone for turning instants into civil dates.
/// </summary>
/// <param name="Calendar">The station's working calendar, from <see cref="WorkingCalendarSet.GetCalendar"/>.</param>
/// <param name="Zone">The time zone, normally Asia/Shanghai.</param>
public sealed record ServiceClock(WorkingCalendar Calendar, DateTimeZone Zone)
{
    /// <summary>Gets the clock of a station: the calendar of its jurisdiction in Asia/Shanghai.</summary>
    /// <param name="calendars">The calendar set.</param>
    /// <param name="station">The station's jurisdiction; its regional overlays apply.</param>
    /// <returns>The clock.</returns>
    public static ServiceClock For(WorkingCalendarSet calendars, Jurisdictions.JurisdictionCode? station)
    {
        Guard.Against.Null(calendars);
        return new ServiceClock(calendars.GetCalendar(station), DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);
    }

    /// <summary>Gets the civil date of an instant in the zone.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The date.</returns>
    public LocalDate DateOf(Instant instant) => instant.InZone(Zone).Date;
}
