namespace Fengqiao.Patrols.Inspections;

/// <summary>Where an inspection stands.</summary>
public enum InspectionStatus
{
    /// <summary>Item results are being recorded.</summary>
    InProgress = 1,

    /// <summary>Completed with rectification orders still open.</summary>
    RectificationPending = 2,

    /// <summary>Completed with nothing open (no hazards, or all rectified).</summary>
    Closed = 3,
}
