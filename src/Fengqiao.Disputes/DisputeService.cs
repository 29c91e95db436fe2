using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Auditing;
using Fengqiao.Disputes.Configuration;
using Fengqiao.Disputes.Events;
using Fengqiao.Disputes.Figures;
using Fengqiao.Disputes.Repeats;
using Fengqiao.Disputes.Workflow;
using Fengqiao.Errors;
using Fengqiao.Grids;
using Fengqiao.Identifiers;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage;
using NodaTime;

namespace Fengqiao.Disputes;

/// <summary>
/// Records disputes and moves them through the workflow (纠纷登记与调处), one unit of work per call in the
/// current principal's scope: the change, its domain events and one audit entry per step commit together.
/// New reports are linked to the earlier disputes they repeat. Writes need <see cref="DisputePermissions.Manage"/>.
/// </summary>
public sealed class DisputeService
{
    private readonly IStorageProvider _provider;
    private readonly IAccessContext _access;
    private readonly IClock _clock;

    /// <summary>Creates the service.</summary>
    /// <param name="provider">The storage backend.</param>
    /// <param name="access">The current principal's scope.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="policy">The workflow rules.</param>
    public DisputeService(IStorageProvider provider, IAccessContext access, IClock clock, DisputePolicy policy)
    {
        _provider = Guard.Against.Null(provider);
        _access = Guard.Against.Null(access);
        _clock = Guard.Against.Null(clock);
        Policy = Guard.Against.Null(policy);
    }

    /// <summary>Gets the workflow rules.</summary>
    public DisputePolicy Policy { get; }

    /// <summary>Reports a dispute and links it to the earlier disputes it repeats (same parties, or same address and category within the window).</summary>
    /// <param name="location">Where it arose.</param>
    /// <param name="reportedOn">The day reported.</param>
    /// <param name="source">How it came to notice.</param>
    /// <param name="record">What it is about.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The saved dispute.</returns>
    public Task<Dispute> ReportAsync(DisputeLocation location, LocalDate reportedOn, DisputeSource source, DisputeRecord record, CancellationToken cancellationToken = default) =>
        WriteAsync(
            async (store, stamp) =>
            {
                var dispute = Dispute.Report(DisputeId.New(stamp.At), location, reportedOn, source, record, Policy, stamp);
                var window = new DisputeQuery(location.County, reportedOn.PlusDays(-Policy.RepeatWindowDays), reportedOn.PlusDays(1));
                var earlier = new List<Dispute>();
                await foreach (var other in store.QueryAsync(window, cancellationToken).ConfigureAwait(false))
                {
                    earlier.Add(other);
                }

                foreach (var link in DisputeRepeats.Find(dispute, earlier, Policy))
                {
                    dispute.LinkTo(link.Other, link.Kind, stamp);
                }

                return dispute;
            },
            cancellationToken);

    /// <summary>Applies a change to a dispute, such as a step of the workflow, and commits it.</summary>
    /// <param name="id">The dispute.</param>
    /// <param name="change">The change, given the dispute, a stamp for the principal and now, and the rules.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The saved dispute.</returns>
    /// <exception cref="Errors.NotFoundException">The dispute does not exist or lies outside the scope.</exception>
    /// <exception cref="ConcurrencyConflictException">Another change to the dispute committed first; nothing was written.</exception>
    public Task<Dispute> ChangeAsync(DisputeId id, Action<Dispute, ChangeStamp, DisputePolicy> change, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(change);
        return WriteAsync(
            async (store, stamp) =>
            {
                var dispute = await store.FindAsync(id, cancellationToken).ConfigureAwait(false)
                    ?? throw new Errors.NotFoundException(nameof(Dispute), id.ToString());
                change(dispute, stamp, Policy);
                return dispute;
            },
            cancellationToken);
    }

    /// <summary>Finds a dispute.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The dispute, or null when absent or outside the scope.</returns>
    public async Task<Dispute?> FindAsync(DisputeId id, CancellationToken cancellationToken = default)
    {
        var session = await _provider.OpenSessionAsync(_access.Scope, cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            return await session.GetStore<IDisputeStore>().FindAsync(id, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Lists the overdue open disputes inside a division (超期未办结).</summary>
    /// <param name="within">The division.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The disputes, by deadline.</returns>
    public async Task<IReadOnlyList<Dispute>> OverdueAsync(JurisdictionCode within, LocalDate asOf, CancellationToken cancellationToken = default)
    {
        var session = await _provider.OpenSessionAsync(_access.Scope, cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            var list = new List<Dispute>();
            await foreach (var dispute in session.GetStore<IDisputeStore>().QueryOverdueAsync(within, asOf, cancellationToken).ConfigureAwait(false))
            {
                list.Add(dispute);
            }

            return list;
        }
    }

    /// <summary>Computes the figures of the disputes reported in a period inside a division.</summary>
    /// <param name="within">The division, or null for the whole scope.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The day after the last.</param>
    /// <param name="asOf">The day open and overdue disputes are counted on.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The figures.</returns>
    public async Task<DisputeFiguresReport> FiguresAsync(JurisdictionCode? within, LocalDate from, LocalDate to, LocalDate asOf, CancellationToken cancellationToken = default)
    {
        var session = await _provider.OpenSessionAsync(_access.Scope, cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            var disputes = session.GetStore<IDisputeStore>().QueryAsync(new DisputeQuery(within, from, to), cancellationToken);
            return await DisputeFigures.ComputeAsync(disputes, Policy, from, to, asOf, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The audit entries of a dispute's pending events: one per workflow step or record change.</summary>
    internal static IEnumerable<AuditEntry> AuditEntriesOf(Dispute dispute)
    {
        foreach (var pending in dispute.PendingEvents)
        {
            var action = pending switch
            {
                DisputeTransition t => "disputes.dispute." + t.Trigger.ToString().ToLowerInvariant(),
                DisputeReported => "disputes.dispute.report",
                MediationSessionRecorded => "disputes.dispute.mediation-session",
                DisputeChanged c => "disputes.dispute." + c.Change,
                _ => "disputes.dispute.change",
            };
            var by = pending switch
            {
                DisputeTransition t => t.By,
                DisputeReported r => r.RecordedBy,
                MediationSessionRecorded m => m.RecordedBy,
                DisputeChanged c => c.RecordedBy,
                _ => "system",
            };
            yield return new AuditEntry(TimeOrderedGuid.NewGuid(pending.OccurredAt), pending.OccurredAt, by, action, nameof(Dispute), dispute.Id.ToString(), dispute.Location.Area, null);
        }
    }

    private async Task<Dispute> WriteAsync(Func<IDisputeStore, ChangeStamp, Task<Dispute>> write, CancellationToken cancellationToken)
    {
        if (!_access.Scope.HasPermission(DisputePermissions.Manage))
        {
            throw ValidationException.Of(ErrorCodes.PermissionDenied, "permission", DisputePermissions.Manage);
        }

        var session = await _provider.OpenSessionAsync(_access.Scope, cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            var store = session.GetStore<IDisputeStore>();
            var dispute = await write(store, ChangeStamp.Now(_clock, _access.Scope.PrincipalId)).ConfigureAwait(false);
            foreach (var entry in AuditEntriesOf(dispute))
            {
                session.Audit(entry);
            }

            await store.SaveAsync(dispute, cancellationToken).ConfigureAwait(false);
            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
            return dispute;
        }
    }
}
