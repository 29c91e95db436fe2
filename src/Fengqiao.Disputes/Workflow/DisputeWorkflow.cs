using System.Collections.Immutable;

namespace Fengqiao.Disputes.Workflow;

/// <summary>
/// The dispute workflow as one table (流程表): for each status and trigger, the status it leads to,
/// or none. Transitions are looked up in a flat array indexed by status × trigger, so checking and
/// applying one costs an index and a compare and allocates nothing.
/// </summary>
/// <remarks>
/// <code>
/// Reported → Accepted → FirstResponse → InMediation → Settled → FollowUp → Closed
///                                          ↓    ↑
///                                        Failed → Escalated → InMediation (next level)
/// Settled/FollowUp --Relapse--> Accepted;  open statuses --Withdraw/Refer/Merge--> Withdrawn/Referred/Merged
/// </code>
/// </remarks>
public static class DisputeWorkflow
{
    /// <summary>The number of statuses.</summary>
    public const int StatusCount = 12;

    /// <summary>The number of triggers.</summary>
    public const int TriggerCount = 12;

    private const byte None = byte.MaxValue;

    // Row = status, column = trigger; None where the trigger is illegal.
    private static readonly byte[] Table = Build();

    /// <summary>Gets every legal transition, ordered by status then trigger.</summary>
    public static ImmutableArray<(DisputeStatus From, DisputeTrigger Trigger, DisputeStatus To)> Transitions { get; } = ListTransitions();

    /// <summary>Gets a value indicating whether the trigger is legal in the status.</summary>
    /// <param name="status">The current status.</param>
    /// <param name="trigger">The trigger.</param>
    /// <returns>Whether the workflow allows it.</returns>
    public static bool CanFire(DisputeStatus status, DisputeTrigger trigger) => Lookup(status, trigger) != None;

    /// <summary>Gets the status a trigger leads to.</summary>
    /// <param name="status">The current status.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="next">The next status, when legal.</param>
    /// <returns>Whether the trigger is legal.</returns>
    public static bool TryNext(DisputeStatus status, DisputeTrigger trigger, out DisputeStatus next)
    {
        var target = Lookup(status, trigger);
        next = (DisputeStatus)target;
        return target != None;
    }

    /// <summary>Gets a value indicating whether a status still counts as open (未办结): not settled, closed, withdrawn, referred or merged.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Whether it is open.</returns>
    public static bool IsOpen(DisputeStatus status) =>
        status is DisputeStatus.Reported or DisputeStatus.Accepted or DisputeStatus.FirstResponse
            or DisputeStatus.InMediation or DisputeStatus.Failed or DisputeStatus.Escalated;

    /// <summary>Gets a value indicating whether a status is final: no trigger leaves it.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Whether it is final.</returns>
    public static bool IsFinal(DisputeStatus status) =>
        status is DisputeStatus.Closed or DisputeStatus.Withdrawn or DisputeStatus.Referred or DisputeStatus.Merged;

    private static byte Lookup(DisputeStatus status, DisputeTrigger trigger)
    {
        var s = (uint)status;
        var t = (uint)trigger;
        return s < StatusCount && t < TriggerCount ? Table[(s * TriggerCount) + t] : None;
    }

    private static byte[] Build()
    {
        var table = new byte[StatusCount * TriggerCount];
        Array.Fill(table, None);

        void Allow(DisputeStatus from, DisputeTrigger trigger, DisputeStatus to) =>
            table[((int)from * TriggerCount) + (int)trigger] = (byte)to;

        void Exits(DisputeStatus from, bool merge = true)
        {
            Allow(from, DisputeTrigger.Withdraw, DisputeStatus.Withdrawn);
            Allow(from, DisputeTrigger.Refer, DisputeStatus.Referred);
            if (merge)
            {
                Allow(from, DisputeTrigger.Merge, DisputeStatus.Merged);
            }
        }

        Allow(DisputeStatus.Reported, DisputeTrigger.Accept, DisputeStatus.Accepted);
        Exits(DisputeStatus.Reported);

        Allow(DisputeStatus.Accepted, DisputeTrigger.RespondFirst, DisputeStatus.FirstResponse);
        Allow(DisputeStatus.Accepted, DisputeTrigger.StartMediation, DisputeStatus.InMediation);
        Allow(DisputeStatus.Accepted, DisputeTrigger.Escalate, DisputeStatus.Escalated);
        Exits(DisputeStatus.Accepted);

        // A first response may settle a dispute on the spot (当场化解) without a formal mediation.
        Allow(DisputeStatus.FirstResponse, DisputeTrigger.StartMediation, DisputeStatus.InMediation);
        Allow(DisputeStatus.FirstResponse, DisputeTrigger.Settle, DisputeStatus.Settled);
        Allow(DisputeStatus.FirstResponse, DisputeTrigger.Escalate, DisputeStatus.Escalated);
        Exits(DisputeStatus.FirstResponse);

        Allow(DisputeStatus.InMediation, DisputeTrigger.Settle, DisputeStatus.Settled);
        Allow(DisputeStatus.InMediation, DisputeTrigger.Fail, DisputeStatus.Failed);
        Exits(DisputeStatus.InMediation, merge: false);

        Allow(DisputeStatus.Failed, DisputeTrigger.StartMediation, DisputeStatus.InMediation);
        Allow(DisputeStatus.Failed, DisputeTrigger.Escalate, DisputeStatus.Escalated);
        Exits(DisputeStatus.Failed, merge: false);

        Allow(DisputeStatus.Escalated, DisputeTrigger.StartMediation, DisputeStatus.InMediation);
        Exits(DisputeStatus.Escalated, merge: false);

        Allow(DisputeStatus.Settled, DisputeTrigger.FollowUp, DisputeStatus.FollowUp);
        Allow(DisputeStatus.Settled, DisputeTrigger.Relapse, DisputeStatus.Accepted);

        Allow(DisputeStatus.FollowUp, DisputeTrigger.FollowUp, DisputeStatus.FollowUp);
        Allow(DisputeStatus.FollowUp, DisputeTrigger.Relapse, DisputeStatus.Accepted);
        Allow(DisputeStatus.FollowUp, DisputeTrigger.Close, DisputeStatus.Closed);
        return table;
    }

    private static ImmutableArray<(DisputeStatus, DisputeTrigger, DisputeStatus)> ListTransitions()
    {
        var list = ImmutableArray.CreateBuilder<(DisputeStatus, DisputeTrigger, DisputeStatus)>();
        for (var s = 0; s < StatusCount; s++)
        {
            for (var t = 0; t < TriggerCount; t++)
            {
                if (TryNext((DisputeStatus)s, (DisputeTrigger)t, out var next))
                {
                    list.Add(((DisputeStatus)s, (DisputeTrigger)t, next));
                }
            }
        }

        return list.ToImmutable();
    }
}
