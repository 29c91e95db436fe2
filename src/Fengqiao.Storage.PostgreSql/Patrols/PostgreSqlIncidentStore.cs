using Ardalis.GuardClauses;
using Fengqiao.Identity;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Storage;
using Fengqiao.Storage.PostgreSql.Grids;
using Fengqiao.Storage.PostgreSql.Tables;
using Fengqiao.Privacy;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Patrols;

/// <summary>
/// The PostgreSQL <see cref="IIncidentStore"/>: table <c>incidents</c>, partitioned by county. The caller's phone
/// is written only as the provider's field-protector envelope, with its keyed hash for lookups.
/// </summary>
internal sealed class PostgreSqlIncidentStore : PostgreSqlAggregateStore<IncidentId, IncidentRow, Incident>, IIncidentStore
{
    private readonly PostgreSqlStorageSession _session;

    public PostgreSqlIncidentStore(PostgreSqlStorageSession session)
        : base(session, PatrolTables.Incidents)
    {
        _session = session;
    }

    public Task<Incident?> FindAsync(IncidentId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync(id, jurisdiction: null, cancellationToken);

    public IAsyncEnumerable<Incident> QueryAsync(IncidentQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        var where = new WhereBuilder();
        if (query.Within is { } root)
        {
            where.AndWithinCounties("jurisdiction_code", root);
        }

        if (query.From is { } from)
        {
            where.And("received_on >= " + where.Parameter(from, NpgsqlDbType.Date));
        }

        if (query.To is { } to)
        {
            where.And("received_on < " + where.Parameter(to, NpgsqlDbType.Date));
        }

        if (query.CallerPhone is { } phone)
        {
            where.And("caller_phone_index = " + where.Parameter(_session.Provider.FieldProtector.Index(phone.RevealUnmasked(), FieldPurposes.MobileNumber), NpgsqlDbType.Text));
        }

        return QueryCoreAsync(where, "received_on, id", query.Matches, cancellationToken);
    }

    public Task SaveAsync(Incident item, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(item), cancellationToken);

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

    protected override Incident FromRow(IncidentRow row, long version)
    {
        var state = row.ProtectedPhone is { } envelope
            ? row.State with { CallerPhone = MobileNumber.Parse(_session.Provider.FieldProtector.Unprotect(envelope, FieldPurposes.MobileNumber)) }
            : row.State;
        return Incident.FromState(state, version);
    }

    protected override bool IsVisible(Incident aggregate) => PatrolVisibility.Allows(Scope, aggregate.Jurisdiction);

    protected override bool IsWritable(Incident aggregate) => PatrolVisibility.Allows(Scope, aggregate.Jurisdiction);
}
