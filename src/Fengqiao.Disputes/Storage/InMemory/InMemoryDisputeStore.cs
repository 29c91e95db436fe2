using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using Fengqiao.Errors;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage.InMemory;
using NodaTime;

namespace Fengqiao.Disputes.Storage.InMemory;

/// <summary>
/// The in-memory <see cref="IDisputeStore"/>: rows are state records; reads rebuild disputes and hide
/// rows outside the scope; saves check the scope, stage the state with the version and stage events.
/// </summary>
internal sealed class InMemoryDisputeStore(InMemoryStorageSession session) : IDisputeStore
{
    private readonly InMemoryTable<DisputeId, DisputeState> _table = session.Provider.Table<DisputeId, DisputeState>(nameof(Dispute));

    public Task<Dispute?> FindAsync(DisputeId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_table.TryGet(id, out var row) && session.Scope.Contains(row.Row.Location.Area)
            ? Dispute.FromState(row.Row, row.Version)
            : null);
    }

    public IAsyncEnumerable<Dispute> QueryAsync(DisputeQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return StreamAsync(query.Matches, d => d.OrderBy(x => x.ReportedOn).ThenBy(x => x.Id.Value), cancellationToken);
    }

    public IAsyncEnumerable<Dispute> QueryOverdueAsync(JurisdictionCode within, LocalDate asOf, CancellationToken cancellationToken = default) =>
        StreamAsync(d => DisputeQuery.IsOverdue(d, within, asOf), d => d.OrderBy(x => x.Deadline).ThenBy(x => x.Id.Value), cancellationToken);

    public Task SaveAsync(Dispute dispute, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(dispute);
        cancellationToken.ThrowIfCancellationRequested();
        if (!session.Scope.Contains(dispute.Location.Area))
        {
            throw ValidationException.Of(ErrorCodes.OutsideScope, "scope");
        }

        session.StageUpsert(_table, dispute.Id, dispute.ToState(), dispute.Version, version =>
        {
            // Saving one dispute twice in a unit of work registers this twice; advance once.
            if (dispute.Version < version)
            {
                dispute.AcceptCommittedVersion(version);
            }
        });
        foreach (var domainEvent in dispute.DequeuePendingEvents())
        {
            session.Publish(domainEvent);
        }

        return Task.CompletedTask;
    }

    private async IAsyncEnumerable<Dispute> StreamAsync(
        Func<Dispute, bool> matches,
        Func<IEnumerable<Dispute>, IEnumerable<Dispute>> order,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var found = _table.Rows
            .Where(r => session.Scope.Contains(r.Value.Row.Location.Area))
            .Select(r => Dispute.FromState(r.Value.Row, r.Value.Version))
            .Where(matches);
        foreach (var dispute in order(found))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return dispute;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
