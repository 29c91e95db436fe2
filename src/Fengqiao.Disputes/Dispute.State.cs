using Ardalis.GuardClauses;
using Fengqiao.Disputes.Workflow;

namespace Fengqiao.Disputes;

/// <summary>The dispute's state record round trip.</summary>
public sealed partial class Dispute
{
    /// <summary>Captures the dispute's persisted state, for a storage backend.</summary>
    /// <returns>The state.</returns>
    public DisputeState ToState() => new(
        DisputeState.CurrentSchemaVersion, Id, Location, ReportedOn, Source, Reported, _record, Status, Level, SettledAt, SettledOn, Deadline, ClockStartedOn,
        Supervision, Relapses, Referral, MergedInto, [.. _transitions], [.. _escalations], [.. _sessions], [.. _agreements], [.. _followUps], [.. _links], [.. _revisions]);

    /// <summary>Rebuilds a dispute from its persisted state, checking its invariants.</summary>
    /// <param name="state">The state.</param>
    /// <param name="version">The stored version (the row's concurrency token).</param>
    /// <returns>The dispute, with no pending events.</returns>
    public static Dispute FromState(DisputeState state, long version)
    {
        Guard.Against.Null(state);
        if (state.SchemaVersion is < 1 or > DisputeState.CurrentSchemaVersion)
        {
            throw DisputeMessages.Invalid(DisputeErrorCodes.StateSchemaUnsupported, nameof(state.SchemaVersion), state.SchemaVersion, DisputeState.CurrentSchemaVersion);
        }

        string? problem = null;
        if (state.Location is null || state.Record is null || state.Record.Parties is null || state.Record.Evidence is null)
        {
            problem = "location or record missing";
        }
        else if (!Enum.IsDefined(state.Status) || !Enum.IsDefined(state.Level))
        {
            problem = "unknown status or level";
        }
        else if (state.Transitions is null || state.Escalations is null || state.Sessions is null || state.Agreements is null
            || state.FollowUps is null || state.Links is null || state.Revisions is null)
        {
            problem = "a list is missing";
        }
        else if (state.Transitions.Count > 0 ? state.Transitions[^1].To != state.Status : state.Status != DisputeStatus.Reported)
        {
            problem = "the status does not follow from the transitions";
        }

        if (problem is not null)
        {
            throw DisputeMessages.Invalid(DisputeErrorCodes.StateInvalid, nameof(state), state.Id, problem);
        }

        return new Dispute(state, version);
    }
}
