using Fengqiao.Auditing;
using Fengqiao.Storage.PostgreSql;
using Fengqiao.Storage.Tests.PostgreSql.Support;
using Fengqiao.Storage.Tests.PostgreSqlFixture;
using NodaTime;
using static Fengqiao.Storage.Tests.PostgreSql.Support.PostgreSqlTestDatabase;

namespace Fengqiao.Storage.Tests.PostgreSql;

[Collection(PostgreSqlTestGroup.Name)]
public sealed class PartitionTests(PostgreSqlClusterFixture fixture)
{
    [PostgreSqlFact]
    public async Task Each_county_gets_its_own_partition_on_first_write()
    {
        await using var provider = await OpenAsync(fixture, GetType());
        var zhuji = NewParcel("330681001001001");
        var shengzhou = NewParcel("330683101");
        var prefecture = NewParcel("330600");

        await using (var session = await provider.OpenSessionAsync(Everywhere))
        {
            var parcels = session.GetStore<ParcelStore>();
            parcels.Save(zhuji, 0);
            parcels.Save(shengzhou, 0);
            parcels.Save(prefecture, 0);
            await session.CommitAsync();
        }

        Assert.Contains("parcels_330681", await PartitionsOfAsync(provider, "parcels"));
        Assert.Contains("parcels_330683", await PartitionsOfAsync(provider, "parcels"));
        Assert.Equal("fengqiao.parcels_330681", await ScalarAsync(provider, $"SELECT tableoid::regclass::text FROM fengqiao.parcels WHERE id = '{zhuji.Id}'"));
        Assert.Equal("fengqiao.parcels_330683", await ScalarAsync(provider, $"SELECT tableoid::regclass::text FROM fengqiao.parcels WHERE id = '{shengzhou.Id}'"));

        // Above county level there is no county: such rows share the default partition.
        Assert.Equal("fengqiao.parcels_default", await ScalarAsync(provider, $"SELECT tableoid::regclass::text FROM fengqiao.parcels WHERE id = '{prefecture.Id}'"));
        Assert.DoesNotContain("parcels_330600", await PartitionsOfAsync(provider, "parcels"));
    }

    [PostgreSqlFact]
    public async Task Without_automatic_partitions_rows_land_in_the_default_partition()
    {
        await using var provider = await OpenAsync(await fixture.CreateDatabaseAsync("nopartitions"), o => o.CreateCountyPartitions = false);
        var parcel = NewParcel("330681001");

        await using (var session = await provider.OpenSessionAsync(Everywhere))
        {
            session.GetStore<ParcelStore>().Save(parcel, 0);
            await session.CommitAsync();
        }

        Assert.Equal(["parcels_default"], await PartitionsOfAsync(provider, "parcels"));
    }

    [PostgreSqlFact]
    public async Task A_county_whose_rows_already_sit_in_the_default_partition_keeps_using_it()
    {
        var database = await fixture.CreateDatabaseAsync("defaultrows");
        await using (var manual = await OpenAsync(database, o => o.CreateCountyPartitions = false))
        await using (var session = await manual.OpenSessionAsync(Everywhere))
        {
            session.GetStore<ParcelStore>().Save(NewParcel("330681001"), 0);
            await session.CommitAsync();
        }

        await using var automatic = await OpenAsync(database);
        await using (var session = await automatic.OpenSessionAsync(Everywhere))
        {
            session.GetStore<ParcelStore>().Save(NewParcel("330681002"), 0);
            await session.CommitAsync();
        }

        // PostgreSQL refuses a partition whose rows sit in the default one; writing goes on there.
        Assert.Equal(["parcels_default"], await PartitionsOfAsync(automatic, "parcels"));
        Assert.Equal(2L, await CountAsync(automatic, "parcels_default"));
    }

    [PostgreSqlFact]
    public async Task Audit_entries_go_to_the_partition_of_their_month()
    {
        await using var provider = await OpenAsync(fixture, GetType());
        var march = new AuditEntry(Guid.CreateVersion7(), Instant.FromUtc(2024, 3, 31, 23, 59), "officer-1", "test.partition", "Parcel", "p-1", null, null);
        var april = march with { Id = Guid.CreateVersion7(), At = Instant.FromUtc(2024, 4, 1, 0, 0) };

        await using (var session = await provider.OpenSessionAsync(Everywhere))
        {
            session.Audit(march);
            await session.CommitAsync();
        }

        await provider.AuditLog.AppendAsync(april);

        Assert.Equal("fengqiao.audit_log_y2024m03", await ScalarAsync(provider, $"SELECT tableoid::regclass::text FROM fengqiao.audit_log WHERE id = '{march.Id}'"));
        Assert.Equal("fengqiao.audit_log_y2024m04", await ScalarAsync(provider, $"SELECT tableoid::regclass::text FROM fengqiao.audit_log WHERE id = '{april.Id}'"));
    }

    [PostgreSqlFact]
    public async Task Two_providers_creating_the_same_county_partition_at_once_both_succeed()
    {
        var database = await fixture.CreateDatabaseAsync("racing");
        await using var first = await OpenAsync(database);
        await using var second = await OpenAsync(database);

        async Task SaveAsync(PostgreSqlStorageProvider provider)
        {
            await using var session = await provider.OpenSessionAsync(Everywhere);
            session.GetStore<ParcelStore>().Save(NewParcel("330681002"), 0);
            await session.CommitAsync();
        }

        await Task.WhenAll(Task.Run(() => SaveAsync(first)), Task.Run(() => SaveAsync(second)));

        Assert.Equal(2L, await CountAsync(first, "parcels_330681"));
    }

    [PostgreSqlTheory]
    [InlineData("330682", "parcels_330682", "parcels_330683")]
    [InlineData("330682001", "parcels_330682", "parcels_330683")]
    [InlineData("3306", "parcels_330683", "parcels_320102")]
    public async Task A_scoped_query_reads_only_the_partitions_of_its_counties(string root, string read, string pruned)
    {
        await using var provider = await OpenAsync(fixture, GetType());
        await using (var session = await provider.OpenSessionAsync(Everywhere))
        {
            foreach (var code in new[] { "330682001", "330683001", "320102001" })
            {
                session.GetStore<ParcelStore>().Save(NewParcel(code), 0);
            }

            await session.CommitAsync();
        }

        var scope = Fengqiao.Access.AccessScope.For("officer", [Fengqiao.Jurisdictions.JurisdictionCode.Parse(root.Length == 4 ? root + "00" : root)]);
        var sql = new System.Text.StringBuilder("EXPLAIN SELECT * FROM fengqiao.parcels WHERE ");
        var parameters = new List<Npgsql.NpgsqlParameter>();
        Fengqiao.Storage.PostgreSql.Tables.ScopeFilter.Append(sql, parameters, scope, "code");
        await using var command = provider.DataSource.CreateCommand(sql.ToString());
        command.Parameters.AddRange(parameters.ToArray());
        var plan = new System.Text.StringBuilder();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.AppendLine(reader.GetString(0));
            }
        }

        Assert.Contains(read, plan.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(pruned, plan.ToString(), StringComparison.Ordinal);
    }
}
