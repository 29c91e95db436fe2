using Ardalis.GuardClauses;
using Fengqiao.Identity;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Storage;
using Fengqiao.Privacy;
using Fengqiao.Storage.Sqlite.Grids;
using Fengqiao.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Patrols;

/// <summary>
/// The SQLite <see cref="IIncidentStore"/>: table <c>incident</c>. The caller's phone is kept out of the
/// JSON document: <c>caller_phone</c> holds the provider's field-protector envelope and
/// <c>caller_phone_index</c> its keyed hash, which phone lookups go through.
/// </summary>
internal sealed class SqliteIncidentStore : SqliteAggregateStore<IncidentId, IncidentRow, Incident>, IIncidentStore
{
    private readonly SqliteStorageSession _session;

    public SqliteIncidentStore(SqliteStorageSession session)
        : base(session, Map, "SELECT n.state, n.version, n.caller_phone FROM incident n")
    {
        _session = session;
    }

    internal static readonly SqliteTableMap<IncidentId, IncidentRow> Map = new(
        nameof(Incident),
        "incident",
        new SqliteColumn<IncidentId>("id", SqliteType.Blob, id => SqliteValues.ToBlob(id.Value)),
        [
            new("jurisdiction", SqliteType.Text, r => SqliteValues.ToText(r.State.Jurisdiction)),
            new("county", SqliteType.Text, r => SqliteValues.DbValue(SqliteValues.CountyOf(r.State.Jurisdiction))),
            new("received_on", SqliteType.Text, r => SqliteValues.ToText(r.State.Date)),
            new("caller_phone", SqliteType.Text, r => SqliteValues.DbValue(r.ProtectedPhone)),
            new("caller_phone_index", SqliteType.Text, r => SqliteValues.DbValue(r.PhoneIndex)),
            new("state", SqliteType.Text, r => PatrolStateSerializer.Serialize(r.State with { CallerPhone = null })),
        ]);

    public Task<Incident?> FindAsync(IncidentId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync("n.id", SqliteValues.ToBlob(id.Value), cancellationToken);

    public IAsyncEnumerable<Incident> QueryAsync(IncidentQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        var phoneIndex = query.CallerPhone is { } phone ? _session.Provider.FieldProtector.Index(phone.RevealUnmasked(), FieldPurposes.MobileNumber) : null;
        return QueryCoreAsync(
            where =>
            {
                if (query.Within is { } root)
                {
                    where.And(where.Within("n.jurisdiction", root));
                }

                if (query.From is { } from)
                {
                    where.And($"n.received_on >= {where.Parameter(SqliteValues.ToText(from))}");
                }

                if (query.To is { } to)
                {
                    where.And($"n.received_on < {where.Parameter(SqliteValues.ToText(to))}");
                }

                if (phoneIndex is not null)
                {
                    where.And($"n.caller_phone_index = {where.Parameter(phoneIndex)}");
                }
            },
            " ORDER BY n.received_on, n.id",
            query.Matches,
            cancellationToken);
    }

    public Task SaveAsync(Incident item, CancellationToken cancellationToken = default) => SaveCoreAsync(Guard.Against.Null(item), cancellationToken);

    protected override Incident Read(SqliteDataReader reader)
    {
        var state = PatrolStateSerializer.Deserialize<Fengqiao.Patrols.Incidents.IncidentState>(reader.GetString(0));
        if (!reader.IsDBNull(2))
        {
            state = state with { CallerPhone = MobileNumber.Parse(_session.Provider.FieldProtector.Unprotect(reader.GetString(2), FieldPurposes.MobileNumber)) };
        }

        return Incident.FromState(state, reader.GetInt64(1));
    }

    protected override void AddScope(SqliteQueryBuilder where) => where.And(where.InScope(Scope, "n.jurisdiction"));

    protected override IncidentId KeyOf(Incident aggregate) => aggregate.Id;

    protected override IncidentRow ToRow(Incident aggregate)
    {
        var state = aggregate.ToState();
        if (state.CallerPhone is not { } phone)
        {
            return new IncidentRow(state, null, null);
        }

        var protector = _session.Provider.FieldProtector;
        var plain = phone.RevealUnmasked();
        return new IncidentRow(state, protector.Protect(plain, FieldPurposes.MobileNumber), protector.Index(plain, FieldPurposes.MobileNumber));
    }

    protected override bool IsVisible(Incident aggregate) => PatrolVisibility.Allows(Scope, aggregate.Jurisdiction);

    protected override bool IsWritable(Incident aggregate) => PatrolVisibility.Allows(Scope, aggregate.Jurisdiction);
}
