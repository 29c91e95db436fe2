using Fengqiao.Households.Addresses;
using Fengqiao.Households.Households;
using Fengqiao.Households.Houses;
using Fengqiao.Households.KeyPersons;
using Fengqiao.Households.Premises;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Storage;
using Fengqiao.Households.Visits;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage.PostgreSql.Tables;
using Npgsql;
using NodaTime;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Households;

/// <summary>The households module's tables (migration 0003), partitioned by county like the grids tables.</summary>
internal static class HouseholdTables
{
    public static readonly AggregateTable<HouseholdId, ProtectedRow<HouseholdState>> Households = new(
        "households",
        nameof(Household),
        [
            Id<HouseholdState>("id", s => s.Id.Value),
            Grid<HouseholdState>(s => s.Placements[^1].Grid),
            Date<HouseholdState>("valid_from", s => s.Placements[0].Validity.ValidFrom),
            Date<HouseholdState>("valid_to", s => s.Placements[^1].Validity.ValidTo),
            new TableColumn<ProtectedRow<HouseholdState>, Guid[]>("member_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid, r => [.. r.State.Members.Select(m => m.Resident.Value).Distinct()]),
            SchemaVersion<HouseholdState>(s => s.SchemaVersion),
            Payload<HouseholdState>(),
        ],
        keyColumn: "id",
        keyOf: r => r.State.Id,
        keyParameter: id => IdParameter(id.Value),
        jurisdictionColumn: "grid_code",
        jurisdictionOf: r => r.State.Placements[^1].Grid,
        read: Read<HouseholdState>);

    public static readonly AggregateTable<ResidentId, ProtectedRow<ResidentState>> Residents = new(
        "residents",
        nameof(Resident),
        [
            Id<ResidentState>("id", s => s.Id.Value),
            Grid<ResidentState>(s => s.Grid),
            new TableColumn<ProtectedRow<ResidentState>, string>("citizen_index", NpgsqlDbType.Text, r => HouseholdStateSerializer.CitizenIdIndex(r.Protector, r.State.CitizenId)),
            new TableColumn<ProtectedRow<ResidentState>, short>("residency", NpgsqlDbType.Smallint, r => (short)r.State.Residency),
            new TableColumn<ProtectedRow<ResidentState>, short>("status", NpgsqlDbType.Smallint, r => (short)r.State.Status),
            SchemaVersion<ResidentState>(s => s.SchemaVersion),
            Payload<ResidentState>(),
        ],
        keyColumn: "id",
        keyOf: r => r.State.Id,
        keyParameter: id => IdParameter(id.Value),
        jurisdictionColumn: "grid_code",
        jurisdictionOf: r => r.State.Grid,
        read: Read<ResidentState>);

    public static readonly AggregateTable<ResidentId, ProtectedRow<KeyPersonState>> KeyPersons = new(
        "key_persons",
        nameof(KeyPersonRecord),
        [Id<KeyPersonState>("resident_id", s => s.Resident.Value), Grid<KeyPersonState>(s => s.Grid), SchemaVersion<KeyPersonState>(s => s.SchemaVersion), Payload<KeyPersonState>()],
        keyColumn: "resident_id",
        keyOf: r => r.State.Resident,
        keyParameter: id => IdParameter(id.Value),
        jurisdictionColumn: "grid_code",
        jurisdictionOf: r => r.State.Grid,
        read: Read<KeyPersonState>);

    public static readonly AggregateTable<StandardAddressId, ProtectedRow<StandardAddressState>> StandardAddresses = new(
        "standard_addresses",
        nameof(StandardAddress),
        [Id<StandardAddressState>("id", s => s.Id.Value), Grid<StandardAddressState>(s => s.Grid), SchemaVersion<StandardAddressState>(s => s.SchemaVersion), Payload<StandardAddressState>()],
        keyColumn: "id",
        keyOf: r => r.State.Id,
        keyParameter: id => IdParameter(id.Value),
        jurisdictionColumn: "grid_code",
        jurisdictionOf: r => r.State.Grid,
        read: Read<StandardAddressState>);

    public static readonly AggregateTable<HouseId, ProtectedRow<HouseState>> Houses = new(
        "houses",
        nameof(House),
        [
            Id<HouseState>("id", s => s.Id.Value),
            Grid<HouseState>(s => s.Grid),
            Id<HouseState>("address_id", s => s.Address.Value),
            SchemaVersion<HouseState>(s => s.SchemaVersion),
            Payload<HouseState>(),
        ],
        keyColumn: "id",
        keyOf: r => r.State.Id,
        keyParameter: id => IdParameter(id.Value),
        jurisdictionColumn: "grid_code",
        jurisdictionOf: r => r.State.Grid,
        read: Read<HouseState>);

    public static readonly AggregateTable<PremisesId, ProtectedRow<PremisesState>> Premises = new(
        "premises",
        nameof(PremisesRecord),
        [
            Id<PremisesState>("id", s => s.Id.Value),
            Grid<PremisesState>(s => s.Grid),
            new TableColumn<ProtectedRow<PremisesState>, short>("category", NpgsqlDbType.Smallint, r => (short)r.State.Category),
            SchemaVersion<PremisesState>(s => s.SchemaVersion),
            Payload<PremisesState>(),
        ],
        keyColumn: "id",
        keyOf: r => r.State.Id,
        keyParameter: id => IdParameter(id.Value),
        jurisdictionColumn: "grid_code",
        jurisdictionOf: r => r.State.Grid,
        read: Read<PremisesState>);

    public static readonly AggregateTable<VisitId, ProtectedRow<VisitState>> Visits = new(
        "visits",
        nameof(Visit),
        [
            Id<VisitState>("id", s => s.Id.Value),
            Id<VisitState>("household_id", s => s.Household.Value),
            Grid<VisitState>(s => s.Grid),
            new TableColumn<ProtectedRow<VisitState>, LocalDate>("visited_on", NpgsqlDbType.Date, r => r.State.VisitedOn),
            SchemaVersion<VisitState>(s => s.SchemaVersion),
            Payload<VisitState>(),
        ],
        keyColumn: "id",
        keyOf: r => r.State.Id,
        keyParameter: id => IdParameter(id.Value),
        jurisdictionColumn: "grid_code",
        jurisdictionOf: r => r.State.Grid,
        read: Read<VisitState>);

    /// <summary>Registers the bulk (COPY) path of new households and residents: <c>StageBulkInsert</c> of their states.</summary>
    public static void AddBulkTables(PostgreSqlStorageProvider provider)
    {
        provider.AddBulkTable(new MappedBulkTable<HouseholdId, HouseholdState, ProtectedRow<HouseholdState>>(Households, s => new(s, provider.FieldProtector), s => s.Placements[^1].Grid));
        provider.AddBulkTable(new MappedBulkTable<ResidentId, ResidentState, ProtectedRow<ResidentState>>(Residents, s => new(s, provider.FieldProtector), s => s.Grid));
    }

    private static ProtectedRow<TState> Read<TState>(NpgsqlDataReader reader)
        where TState : class => ProtectedRow<TState>.Stored(reader.GetString(reader.GetOrdinal("payload")));

    private static NpgsqlParameter<Guid> IdParameter(Guid id) => new() { TypedValue = id, NpgsqlDbType = NpgsqlDbType.Uuid };

    private static TableColumn<ProtectedRow<T>> Id<T>(string name, Func<T, Guid> value)
        where T : class => new TableColumn<ProtectedRow<T>, Guid>(name, NpgsqlDbType.Uuid, r => value(r.State));

    private static TableColumn<ProtectedRow<T>> Grid<T>(Func<T, JurisdictionCode> grid)
        where T : class => new TableColumn<ProtectedRow<T>, string>("grid_code", NpgsqlDbType.Text, r => grid(r.State).ToString());

    private static TableColumn<ProtectedRow<T>> Date<T>(string name, Func<T, LocalDate?> value)
        where T : class => new TableColumn<ProtectedRow<T>, LocalDate?>(name, NpgsqlDbType.Date, r => value(r.State));

    private static TableColumn<ProtectedRow<T>> SchemaVersion<T>(Func<T, int> value)
        where T : class => new TableColumn<ProtectedRow<T>, int>("schema_version", NpgsqlDbType.Integer, r => value(r.State));

    private static TableColumn<ProtectedRow<T>> Payload<T>()
        where T : class => new TableColumn<ProtectedRow<T>, string>("payload", NpgsqlDbType.Jsonb, r => r.Json);
}
