using NodaTime;

namespace Fengqiao.Services.Catalog;

/// <summary>
/// A service's time limit (办理时限): a number of working days counted on the official working
/// calendar, or — for on-the-spot services (当场办结) — a duration in minutes or hours.
/// </summary>
/// <param name="WorkingDays">The working days allowed, counted from the day after submission; null for an on-the-spot service.</param>
/// <param name="OnTheSpot">The duration allowed for an on-the-spot service; null for a working-day limit.</param>
public sealed record ServiceTimeLimit(int? WorkingDays, Duration? OnTheSpot)
{
    /// <summary>Makes a limit of working days (ID card reissue: 20).</summary>
    /// <param name="workingDays">A positive number of working days.</param>
    /// <returns>The limit.</returns>
    public static ServiceTimeLimit Days(int workingDays) => new ServiceTimeLimit(workingDays, null).Validate();

    /// <summary>Makes an on-the-spot limit (border pass: issued in the same visit).</summary>
    /// <param name="duration">A positive duration.</param>
    /// <returns>The limit.</returns>
    public static ServiceTimeLimit Immediate(Duration duration) => new ServiceTimeLimit(null, duration).Validate();

    /// <summary>Gets a value indicating whether the service is done on the spot, timed in minutes or hours.</summary>
    public bool IsOnTheSpot => OnTheSpot is not null;

    /// <summary>Gets the due date of a request submitted on a date (办理期限): the <see cref="WorkingDays"/>-th working day after it, or the same day for an on-the-spot service.</summary>
    /// <param name="submittedOn">The civil date of submission, in the station's zone.</param>
    /// <param name="calendar">The station's working calendar (national plus its regional overlays).</param>
    /// <param name="pausedWorkingDays">Working days the request spent suspended, added to the limit.</param>
    /// <returns>The due date.</returns>
    /// <exception cref="Errors.ValidationException">The calendar has no data for a year on the way (<see cref="Errors.ErrorCodes.CalendarYearNotCovered"/>).</exception>
    public LocalDate DueDate(LocalDate submittedOn, Time.WorkingCalendar calendar, int pausedWorkingDays = 0)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return WorkingDays is { } days ? calendar.AddWorkingDays(submittedOn, days + pausedWorkingDays) : submittedOn;
    }

    /// <summary>Describes the limit, such as <c>20 working days</c> or <c>30 min</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => OnTheSpot is { } d
        ? (d.TotalMinutes < 120 ? $"{d.TotalMinutes:0} min" : $"{d.TotalHours:0.#} h")
        : $"{WorkingDays} working days";

    internal ServiceTimeLimit Validate()
    {
        var valid = (WorkingDays, OnTheSpot) switch
        {
            ({ } days, null) => days is > 0 and <= 365,
            (null, { } duration) => duration > Duration.Zero && duration <= Duration.FromDays(1),
            _ => false,
        };
        return valid ? this : throw ServiceMessages.Invalid(ServiceErrorCodes.TimeLimitInvalid, "timeLimit", $"{WorkingDays}/{OnTheSpot}");
    }
}
