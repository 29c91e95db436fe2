using System.Text.Json;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage.PostgreSql;
using Fengqiao.Storage.PostgreSql.Tables;
using Npgsql;
using NodaTime;
using NpgsqlTypes;

namespace Fengqiao.Storage.Tests.PostgreSql.Support;

/// <summary>A store for <see cref="Parcel"/> written the way module stores are, on the backend's internal table mapping.</summary>
internal sealed class ParcelStore(PostgreSqlStorageSession session)
{
    public const string CreateTableSql = """
        CREATE TABLE {schema}.parcels (
            county_code text COLLATE "C" NOT NULL,
            version     bigint NOT NULL,
            id          uuid NOT NULL,
            code        text COLLATE "C" NOT NULL,
            name        text NOT NULL,
            recorded_on date NOT NULL,
            updated_at  timestamptz NOT NULL,
            shape       bytea,
            payload     jsonb NOT NULL,
            PRIMARY KEY (county_code, id),
            CHECK (county_code = left(code, 6))
        ) PARTITION BY LIST (county_code);
        CREATE TABLE {schema}.parcels_default PARTITION OF {schema}.parcels DEFAULT;
        CREATE INDEX parcels_id_ix ON {schema}.parcels (id);
        """;

    public static readonly AggregateTable<Guid, Parcel> Table = new(
        "parcels",
        "Parcel",
        [
            new TableColumn<Parcel, Guid>("id", NpgsqlDbType.Uuid, p => p.Id),
            new TableColumn<Parcel, string>("code", NpgsqlDbType.Text, p => p.Code.ToString()),
            new TableColumn<Parcel, string>("name", NpgsqlDbType.Text, p => p.Name),
            new TableColumn<Parcel, LocalDate>("recorded_on", NpgsqlDbType.Date, p => p.RecordedOn),
            new TableColumn<Parcel, Instant>("updated_at", NpgsqlDbType.TimestampTz, p => p.UpdatedAt),
            new TableColumn<Parcel, byte[]?>("shape", NpgsqlDbType.Bytea, p => p.Shape),
            new TableColumn<Parcel, string>("payload", NpgsqlDbType.Jsonb, p => JsonSerializer.Serialize(new Payload(p.Notes))),
        ],
        keyColumn: "id",
        keyOf: p => p.Id,
        keyParameter: id => new NpgsqlParameter<Guid> { TypedValue = id, NpgsqlDbType = NpgsqlDbType.Uuid },
        jurisdictionColumn: "code",
        jurisdictionOf: p => p.Code,
        read: Read);

    public Task<StoredRow<Parcel>?> FindAsync(Guid id, JurisdictionCode? hint = null) =>
        TableQueries.GetAsync(session, Table, id, hint, CancellationToken.None);

    public IAsyncEnumerable<StoredRow<Parcel>> ListAsync() =>
        TableQueries.QueryAsync(session, Table, where: null, [], orderBy: "code, id", limit: null, CancellationToken.None);

    public void Save(Parcel parcel, long expectedVersion, Action<long>? onCommitted = null) =>
        session.StageSave(Table, parcel, expectedVersion, onCommitted);

    public void Delete(Parcel parcel, long expectedVersion) => session.StageDelete(Table, parcel, expectedVersion);

    private static Parcel Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(reader.GetOrdinal("id")),
        JurisdictionCode.Parse(reader.GetString(reader.GetOrdinal("code"))),
        reader.GetString(reader.GetOrdinal("name")),
        reader.GetFieldValue<LocalDate>(reader.GetOrdinal("recorded_on")),
        reader.GetFieldValue<Instant>(reader.GetOrdinal("updated_at")),
        reader.IsDBNull(reader.GetOrdinal("shape")) ? null : reader.GetFieldValue<byte[]>(reader.GetOrdinal("shape")),
        JsonSerializer.Deserialize<Payload>(reader.GetString(reader.GetOrdinal("payload")))!.Notes);

    private sealed record Payload(string Notes);
}

/// <summary>Adds <see cref="ParcelStore"/> to the PostgreSQL backend.</summary>
internal sealed class ParcelStoreContributor : IStoreContributor<PostgreSqlStorageSession>
{
    public void Contribute(StoreRegistry<PostgreSqlStorageSession> stores) => stores.Add(session => new ParcelStore(session));
}
