namespace Fengqiao.Services.Requests;

/// <summary>Where a service request stands (办件状态).</summary>
public enum ServiceRequestStatus
{
    /// <summary>Submitted by the applicant or recorded at the window (已申请).</summary>
    Submitted = 1,

    /// <summary>Accepted for handling (已受理).</summary>
    Accepted = 2,

    /// <summary>Being handled (办理中).</summary>
    InProgress = 3,

    /// <summary>Suspended, for example waiting for materials; the time-limit clock is paused (已挂起).</summary>
    Suspended = 4,

    /// <summary>Completed (已办结).</summary>
    Completed = 5,

    /// <summary>Rejected, with a reason (不予受理/退回).</summary>
    Rejected = 6,

    /// <summary>Withdrawn by the applicant (已撤回).</summary>
    Withdrawn = 7,

    /// <summary>Handed to the 12345 government hotline as a non-police matter (已转12345).</summary>
    TransferredToHotline = 8,
}
