namespace Fengqiao.Services.Requests;

/// <summary>The steps a service request can take; <see cref="ServiceRequestTransitions"/> says which status allows which.</summary>
public enum ServiceRequestAction
{
    /// <summary>Accept the request (受理).</summary>
    Accept = 1,

    /// <summary>Start handling it (开始办理).</summary>
    Start = 2,

    /// <summary>Suspend it, pausing the clock (挂起).</summary>
    Suspend = 3,

    /// <summary>Resume it after a suspension (恢复).</summary>
    Resume = 4,

    /// <summary>Complete it (办结).</summary>
    Complete = 5,

    /// <summary>Reject it with a reason (退回).</summary>
    Reject = 6,

    /// <summary>The applicant withdraws it (撤回).</summary>
    Withdraw = 7,

    /// <summary>Hand it to the 12345 hotline (转12345).</summary>
    TransferToHotline = 8,
}
