using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using Fengqiao.Disputes;
using Fengqiao.Disputes.Parties;
using Fengqiao.Disputes.Storage;
using Fengqiao.Disputes.Workflow;
using Fengqiao.Jurisdictions;
using Fengqiao.Privacy;
using Fengqiao.Storage.Sqlite.Grids;
using Fengqiao.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Fengqiao.Storage.Sqlite.Disputes;

/// <summary>
/// The SQLite <see cref="IDisputeStore"/>: table <c>dispute</c> (state as JSON with encrypted phones) and
/// <c>dispute_party</c> (resident ids and phone index tokens for lookups).
/// </summary>
internal sealed class SqliteDisputeStore : SqliteAggregateStore<DisputeId, SqliteDisputeStore.Row, Dispute>, IDisputeStore
{
    private static readonly ConditionalWeakTable<IFieldProtector, DisputeStateSerializer> Serializers = [];
    private static readonly SqliteColumn<DisputeId> Key = new("id", SqliteType.Blob, id => SqliteValues.ToBlob(id.Value));

    internal static readonly SqliteTableMap<DisputeId, Row> Map = new(
        nameof(Dispute),
        "dispute",
        Key,
        [
            new("area", SqliteType.Text, r => SqliteValues.ToText(r.State.Location.Area)),
            new("county", SqliteType.Text, r => SqliteValues.ToText(r.State.Location.County)),
            new("reported_on", SqliteType.Text, r => SqliteValues.ToText(r.State.ReportedOn)),
            new("category", SqliteType.Text, r => r.State.Revisions.Count > 0 ? r.State.Revisions[^1].Record.Category : r.State.Record.Category),
            new("status", SqliteType.Integer, r => (long)r.State.Status),
            new("is_open", SqliteType.Integer, r => DisputeWorkflow.IsOpen(r.State.Status) ? 1L : 0L),
            new("level", SqliteType.Integer, r => (long)r.State.Level),
            new("deadline", SqliteType.Text, r => SqliteValues.ToText(r.State.Deadline)),
            new("state", SqliteType.Text, r => r.Serializer.Serialize(r.State)),
        ],
        new SqliteChildTable<DisputeId, Row, (DisputeParty Party, IFieldProtector Protector)>(
            "dispute_party",
            Key with { Name = "dispute_id" },
            [
                new("number", SqliteType.Integer, p => (long)p.Party.Number),
                new("resident_id", SqliteType.Blob, p => p.Party.Resident is { } r ? SqliteValues.ToBlob(r.Value) : DBNull.Value),
                new("phone_index", SqliteType.Text, p => p.Party.Phone is { } phone ? p.Protector.Index(phone.RevealUnmasked(), FieldPurposes.MobileNumber) : DBNull.Value),
            ],
            r => r.State.Record.Parties.Select(p => (p, r.Protector))));

    private readonly SqliteStorageSession _session;

    public SqliteDisputeStore(SqliteStorageSession session)
        : base(session, Map, "SELECT d.state, d.version FROM dispute d")
    {
        _session = session;
    }

    public Task<Dispute?> FindAsync(DisputeId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync("d.id", SqliteValues.ToBlob(id.Value), cancellationToken);

    public IAsyncEnumerable<Dispute> QueryAsync(DisputeQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(
            where =>
            {
                if (query.Within is { } root)
                {
                    where.And(where.Within("d.area", root));
                }

                if (query.ReportedFrom is { } from)
                {
                    where.And("d.reported_on >= " + where.Parameter(SqliteValues.ToText(from)));
                }

                if (query.ReportedTo is { } to)
                {
                    where.And("d.reported_on < " + where.Parameter(SqliteValues.ToText(to)));
                }

                if (query.Status is { } status)
                {
                    where.And("d.status = " + where.Parameter((long)status));
                }

                if (query.OpenOnly)
                {
                    where.And("d.is_open = 1");
                }

                if (query.Category is { } category)
                {
                    where.And("d.category = " + where.Parameter(category));
                }
            },
            " ORDER BY d.reported_on, d.id",
            query.Matches,
            cancellationToken);
    }

    public IAsyncEnumerable<Dispute> QueryOverdueAsync(JurisdictionCode within, LocalDate asOf, CancellationToken cancellationToken = default) =>
        QueryCoreAsync(
            where =>
            {
                where.And("d.is_open = 1");
                where.And(where.Within("d.area", within));
                where.And("d.deadline < " + where.Parameter(SqliteValues.ToText(asOf)));
            },
            " ORDER BY d.deadline, d.id",
            d => DisputeQuery.IsOverdue(d, within, asOf),
            cancellationToken);

    public Task SaveAsync(Dispute dispute, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(dispute), cancellationToken);

    protected override Dispute Read(SqliteDataReader reader) =>
        Dispute.FromState(Serializer.Deserialize(reader.GetString(0)), reader.GetInt64(1));

    protected override void AddScope(SqliteQueryBuilder where) => where.And(where.InScope(Scope, "d.area"));

    protected override DisputeId KeyOf(Dispute aggregate) => aggregate.Id;

    protected override Row ToRow(Dispute aggregate) => new(aggregate.ToState(), Serializer, _session.Provider.FieldProtector);

    protected override bool IsVisible(Dispute aggregate) => Scope.Contains(aggregate.Location.Area);

    protected override bool IsWritable(Dispute aggregate) => Scope.Contains(aggregate.Location.Area);

    // One serializer (and its JSON metadata cache) per protector, shared by every session of the provider.
    private DisputeStateSerializer Serializer => Serializers.GetValue(_session.Provider.FieldProtector, p => new DisputeStateSerializer(p));

    /// <summary>A dispute's row: the state with what writing it needs.</summary>
    internal sealed record Row(DisputeState State, DisputeStateSerializer Serializer, IFieldProtector Protector);
}
