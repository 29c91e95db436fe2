using System.Globalization;
using Fengqiao.Grids;
using Fengqiao.Grids.Storage;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage.PostgreSql;
using Fengqiao.Storage.Tests.PostgreSqlFixture;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Npgsql;
using NodaTime;
using NpgsqlTypes;

namespace Fengqiao.Benchmarks.Storage;

/// <summary>
/// What the PostgreSQL benchmarks share: a throwaway cluster (the storage tests' launcher), grid
/// states spread over ten counties, and the hand-written Npgsql code a team would write without
/// the library — the raw baselines. The raw code produces the same columns from the same states
/// (JSON without boundaries through the grids module's serializer options, boundaries as WKB), so
/// the ratio measures the library's own overhead, not serialization.
/// </summary>
internal sealed class PostgreSqlBenchmarkData : IAsyncDisposable
{
    public const string CopyColumns = "county_code, version, code, village_code, valid_from, valid_to, name, min_x, min_y, max_x, max_y, schema_version, payload, boundaries";

    private static readonly GeometryFactory Factory = NtsGeometryServices.Instance.CreateGeometryFactory(4326);
    private static readonly string[] Counties = ["330681", "330682", "330683", "330624", "330602", "330603", "330604", "330621", "330625", "330626"];

    private PostgreSqlBenchmarkData(ThrowawayPostgreSqlCluster cluster, PostgreSqlStorageProvider provider)
    {
        Cluster = cluster;
        Provider = provider;
    }

    public ThrowawayPostgreSqlCluster Cluster { get; }

    public PostgreSqlStorageProvider Provider { get; }

    public NpgsqlDataSource DataSource => Provider.DataSource;

    public static async Task<PostgreSqlBenchmarkData> StartAsync()
    {
        var cluster = await ThrowawayPostgreSqlCluster.StartAsync();
        var provider = new PostgreSqlStorageProvider(new PostgreSqlStorageOptions { ConnectionString = await cluster.CreateDatabaseAsync("bench") });
        await provider.MigrateAsync();
        return new PostgreSqlBenchmarkData(cluster, provider);
    }

    /// <summary>Makes <paramref name="count"/> one-period grids, each a small polygon, codes in order.</summary>
    public static GridState[] Grids(int count)
    {
        var recorded = new ChangeStamp(Instant.FromUtc(2025, 1, 1, 0, 0), "benchmark");
        var validity = ValidityPeriod.StartingOn(new LocalDate(2024, 1, 1));
        var grids = new GridState[count];
        for (var i = 0; i < count; i++)
        {
            // 10 counties × 100 townships × 100 villages × 1–999 grids.
            var county = Counties[i % Counties.Length];
            var rest = i / Counties.Length;
            var code = JurisdictionCode.Parse(string.Create(CultureInfo.InvariantCulture, $"{county}{1 + (rest % 100):000}{1 + (rest / 100 % 100):000}{1 + (rest / 10_000):000}"));
            var x = 120.0 + (i % 1000 * 0.001);
            var y = 29.0 + (i / 1000 % 1000 * 0.001);
            var boundary = Factory.CreatePolygon([new(x, y), new(x + 0.001, y), new(x + 0.001, y + 0.001), new(x, y + 0.001), new(x, y)]);
            var attributes = new GridAttributes("网格 " + code, boundary, Sign: "G-" + i.ToString(CultureInfo.InvariantCulture), ExpectedHouseholds: 300);
            grids[i] = new GridState(GridState.CurrentSchemaVersion, code, [new GridPeriod(validity, attributes, recorded)], [], []);
        }

        return grids;
    }

    /// <summary>Creates the ten counties' partitions, so that neither contender pays for them.</summary>
    public async Task CreatePartitionsAsync()
    {
        foreach (var county in Counties)
        {
            await ExecuteAsync($"CREATE TABLE IF NOT EXISTS fengqiao.grids_{county} PARTITION OF fengqiao.grids FOR VALUES IN ('{county}')");
        }
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The raw baseline of a bulk insert: one transaction, one binary COPY, columns written by hand.</summary>
    public async Task RawCopyAsync(IReadOnlyList<GridState> grids)
    {
        var wkb = new WKBWriter(ByteOrder.LittleEndian, handleSRID: false, emitZ: false, emitM: false);
        await using var connection = await DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var importer = await connection.BeginBinaryImportAsync($"COPY fengqiao.grids ({CopyColumns}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var grid in grids)
            {
                var code = grid.Code.ToString();
                var current = grid.Periods[^1];
                var envelope = current.Attributes.Boundary.EnvelopeInternal;
                await importer.StartRowAsync();
                await importer.WriteAsync(code[..6], NpgsqlDbType.Text);
                await importer.WriteAsync(1L, NpgsqlDbType.Bigint);
                await importer.WriteAsync(code, NpgsqlDbType.Text);
                await importer.WriteAsync(grid.Code.Parent!.Value.ToString(), NpgsqlDbType.Text);
                await importer.WriteAsync(grid.Periods[0].Validity.ValidFrom, NpgsqlDbType.Date);
                if (grid.Periods[^1].Validity.ValidTo is { } to)
                {
                    await importer.WriteAsync(to, NpgsqlDbType.Date);
                }
                else
                {
                    await importer.WriteNullAsync();
                }

                await importer.WriteAsync(current.Attributes.Name, NpgsqlDbType.Text);
                await importer.WriteAsync(envelope.MinX, NpgsqlDbType.Double);
                await importer.WriteAsync(envelope.MinY, NpgsqlDbType.Double);
                await importer.WriteAsync(envelope.MaxX, NpgsqlDbType.Double);
                await importer.WriteAsync(envelope.MaxY, NpgsqlDbType.Double);
                await importer.WriteAsync(grid.SchemaVersion, NpgsqlDbType.Integer);
                await importer.WriteAsync(GridStateSerializer.Serialize(RawPayload.Of(grid)), NpgsqlDbType.Jsonb);
                await importer.WriteAsync(wkb.Write(Factory.CreateGeometryCollection([.. grid.Periods.Select(p => p.Attributes.Boundary)])), NpgsqlDbType.Bytea);
            }

            await importer.CompleteAsync();
        }

        await transaction.CommitAsync();
    }

    /// <summary>The raw baseline of a point read: one SELECT by code (with its county), rebuilt into a grid as a hand-written store would.</summary>
    public async Task<Grid?> RawFindAsync(JurisdictionCode code)
    {
        var text = code.ToString();
        await using var command = DataSource.CreateCommand("SELECT version, payload, boundaries FROM fengqiao.grids WHERE county_code = $1 AND code = $2");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = text[..6] });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = text });
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }

        var payload = GridStateSerializer.Deserialize<RawPayload>(reader.GetString(1));
        var collection = new WKBReader(NtsGeometryServices.Instance).Read(reader.GetFieldValue<byte[]>(2));
        var periods = payload.Periods.Select((p, i) =>
        {
            var boundary = collection.GetGeometryN(i);
            boundary.SRID = 4326;
            return new GridPeriod(p.Validity, new GridAttributes(p.Name, boundary, p.Sign, p.PartyGroup, p.ExpectedHouseholds), p.Recorded);
        }).ToArray();
        return Grid.FromState(new GridState(payload.SchemaVersion, code, periods, payload.Predecessors, payload.Successors), reader.GetInt64(0));
    }

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        Cluster.Dispose();
    }

    /// <summary>The grid's JSON without boundaries, as a hand-written importer would shape it.</summary>
    private sealed record RawPayload(int SchemaVersion, IReadOnlyList<RawPeriod> Periods, IReadOnlyList<LineageLink> Predecessors, IReadOnlyList<LineageLink> Successors)
    {
        public static RawPayload Of(GridState grid) => new(
            grid.SchemaVersion,
            [.. grid.Periods.Select(p => new RawPeriod(p.Validity, p.Attributes.Name, p.Attributes.Sign, p.Attributes.PartyGroup, p.Attributes.ExpectedHouseholds, p.Recorded))],
            grid.Predecessors,
            grid.Successors);
    }

    private sealed record RawPeriod(ValidityPeriod Validity, string Name, string? Sign, string? PartyGroup, int? ExpectedHouseholds, ChangeStamp Recorded);
}
