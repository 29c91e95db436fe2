namespace Fengqiao.Patrols;

/// <summary>The stable error codes of the patrols module (巡防错误代码); messages in zh-CN and en.</summary>
public static class PatrolErrorCodes
{
    /// <summary>A position lies outside WGS-84 ranges or is not a number.</summary>
    public const string PositionOutOfRange = "Patrols.PositionOutOfRange";

    /// <summary>A track's time goes backwards or stands still.</summary>
    public const string TrackTimeBackwards = "Patrols.TrackTimeBackwards";

    /// <summary>A track repeats a point.</summary>
    public const string TrackDuplicatePoint = "Patrols.TrackDuplicatePoint";

    /// <summary>A track jumps faster than the patrol's kind can move.</summary>
    public const string TrackTooFast = "Patrols.TrackTooFast";

    /// <summary>A patrol is not in a state that allows the change.</summary>
    public const string PatrolStateInvalid = "Patrols.PatrolStateInvalid";

    /// <summary>A team is empty.</summary>
    public const string TeamEmpty = "Patrols.TeamEmpty";

    /// <summary>A number is negative or not finite.</summary>
    public const string ValueInvalid = "Patrols.ValueInvalid";

    /// <summary>A required text is empty.</summary>
    public const string TextRequired = "Patrols.TextRequired";

    /// <summary>A drone sortie was recorded on a patrol that is not a drone patrol.</summary>
    public const string NotADronePatrol = "Patrols.NotADronePatrol";

    /// <summary>A checklist is unknown or malformed.</summary>
    public const string ChecklistInvalid = "Patrols.ChecklistInvalid";

    /// <summary>An inspection item is unknown for its checklist.</summary>
    public const string ChecklistItemUnknown = "Patrols.ChecklistItemUnknown";

    /// <summary>An inspection is not in a state that allows the change.</summary>
    public const string InspectionStateInvalid = "Patrols.InspectionStateInvalid";

    /// <summary>No rectification order is open for an item.</summary>
    public const string RectificationNotOpen = "Patrols.RectificationNotOpen";

    /// <summary>An incident's step comes out of order (for example arrived before dispatched).</summary>
    public const string IncidentOutOfOrder = "Patrols.IncidentOutOfOrder";

    /// <summary>An incident's step is dated before the step it follows.</summary>
    public const string IncidentTimeBeforePrevious = "Patrols.IncidentTimeBeforePrevious";

    /// <summary>A hand-off to or from the 12345 hotline lacks its reference or does not fit the incident.</summary>
    public const string HotlineHandOffInvalid = "Patrols.HotlineHandOffInvalid";

    /// <summary>The date range of a report is empty or reversed.</summary>
    public const string PeriodInvalid = "Patrols.PeriodInvalid";

    /// <summary>A stored state record has a schema this library cannot read or is inconsistent.</summary>
    public const string StateInvalid = "Patrols.StateInvalid";

    /// <summary>An incident of this category cannot be referred to the target, such as a traffic incident to lost and found.</summary>
    public const string ReferralNotApplicable = "Patrols.ReferralNotApplicable";
}
