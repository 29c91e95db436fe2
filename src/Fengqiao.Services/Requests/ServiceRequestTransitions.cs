namespace Fengqiao.Services.Requests;

/// <summary>
/// The lifecycle of a service request as a table (办件流转规则):
/// Submitted → Accepted → InProgress → (Suspended ⇄ InProgress) → Completed, with Rejected,
/// Withdrawn and — before handling starts — TransferredToHotline as the other ends. Completed,
/// Rejected, Withdrawn and TransferredToHotline are final.
/// </summary>
/// <remarks>An array lookup rather than a state-machine library: a transition costs a few nanoseconds and allocates nothing.</remarks>
public static class ServiceRequestTransitions
{
    private const int StatusCount = 9;
    private const int ActionCount = 9;
    private static readonly ServiceRequestStatus[] Table = Build();

    /// <summary>Gets the status an action leads to from a status.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="action">The action.</param>
    /// <returns>The next status, or null when the action is not allowed.</returns>
    public static ServiceRequestStatus? Next(ServiceRequestStatus from, ServiceRequestAction action)
    {
        var index = ((int)from * ActionCount) + (int)action;
        return (uint)from < StatusCount && (uint)action < ActionCount && Table[index] != 0 ? Table[index] : null;
    }

    /// <summary>Gets a value indicating whether a status is final.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Whether no action is allowed from it.</returns>
    public static bool IsFinal(ServiceRequestStatus status) =>
        status is ServiceRequestStatus.Completed or ServiceRequestStatus.Rejected or ServiceRequestStatus.Withdrawn or ServiceRequestStatus.TransferredToHotline;

    private static ServiceRequestStatus[] Build()
    {
        var table = new ServiceRequestStatus[StatusCount * ActionCount];
        void Allow(ServiceRequestStatus from, ServiceRequestAction action, ServiceRequestStatus to) => table[((int)from * ActionCount) + (int)action] = to;

        Allow(ServiceRequestStatus.Submitted, ServiceRequestAction.Accept, ServiceRequestStatus.Accepted);
        Allow(ServiceRequestStatus.Submitted, ServiceRequestAction.Reject, ServiceRequestStatus.Rejected);
        Allow(ServiceRequestStatus.Submitted, ServiceRequestAction.Withdraw, ServiceRequestStatus.Withdrawn);
        Allow(ServiceRequestStatus.Submitted, ServiceRequestAction.TransferToHotline, ServiceRequestStatus.TransferredToHotline);
        Allow(ServiceRequestStatus.Accepted, ServiceRequestAction.Start, ServiceRequestStatus.InProgress);
        Allow(ServiceRequestStatus.Accepted, ServiceRequestAction.Reject, ServiceRequestStatus.Rejected);
        Allow(ServiceRequestStatus.Accepted, ServiceRequestAction.Withdraw, ServiceRequestStatus.Withdrawn);
        Allow(ServiceRequestStatus.Accepted, ServiceRequestAction.TransferToHotline, ServiceRequestStatus.TransferredToHotline);
        Allow(ServiceRequestStatus.InProgress, ServiceRequestAction.Suspend, ServiceRequestStatus.Suspended);
        Allow(ServiceRequestStatus.InProgress, ServiceRequestAction.Complete, ServiceRequestStatus.Completed);
        Allow(ServiceRequestStatus.InProgress, ServiceRequestAction.Reject, ServiceRequestStatus.Rejected);
        Allow(ServiceRequestStatus.InProgress, ServiceRequestAction.Withdraw, ServiceRequestStatus.Withdrawn);
        Allow(ServiceRequestStatus.Suspended, ServiceRequestAction.Resume, ServiceRequestStatus.InProgress);
        Allow(ServiceRequestStatus.Suspended, ServiceRequestAction.Reject, ServiceRequestStatus.Rejected);
        Allow(ServiceRequestStatus.Suspended, ServiceRequestAction.Withdraw, ServiceRequestStatus.Withdrawn);
        return table;
    }
}
