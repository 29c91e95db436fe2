namespace Fengqiao.Errors;

/// <summary>Error codes of the working calendar (工作日历).</summary>
public static partial class ErrorCodes
{
    /// <summary>
    /// A date lies in a year for which no calendar data is loaded, or a calculation would run into
    /// such a year. The library never guesses a Monday–Friday week for it.
    /// </summary>
    public const string CalendarYearNotCovered = "Calendar.YearNotCovered";

    /// <summary>Calendar data is not well-formed JSON, or a field is missing, unknown or of the wrong type.</summary>
    public const string CalendarMalformedData = "Calendar.MalformedData";

    /// <summary>A field of calendar data has a value that is not allowed (an unknown kind, a bad date, a reversed range…).</summary>
    public const string CalendarInvalidValue = "Calendar.InvalidValue";

    /// <summary>A date in a calendar file lies outside the year the file covers.</summary>
    public const string CalendarDateOutsideYear = "Calendar.DateOutsideYear";

    /// <summary>Calendar data gives the same date, holiday or year twice, or contradicts itself.</summary>
    public const string CalendarConflictingEntries = "Calendar.ConflictingEntries";
}
