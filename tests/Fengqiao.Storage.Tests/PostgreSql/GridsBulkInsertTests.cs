using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Grids;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Grids.Storage;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage.PostgreSql;
using Fengqiao.Storage.Tests.PostgreSqlFixture;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NodaTime;

namespace Fengqiao.Storage.Tests.PostgreSql;

[Collection(PostgreSqlTestGroup.Name)]
public sealed class GridsBulkInsertTests(PostgreSqlClusterFixture fixture)
{
    private static readonly GeometryFactory Factory = NtsGeometryServices.Instance.CreateGeometryFactory(4326);
    private static readonly ChangeStamp Stamp = new(Instant.FromUtc(2025, 4, 1, 0, 0), "importer");
    private static readonly AccessScope Everywhere = AccessScope.Unrestricted("importer");

    [PostgreSqlFact]
    public async Task Imported_grids_read_back_through_the_grid_store_exactly()
    {
        await using var provider = new PostgreSqlStorageProvider(new() { ConnectionString = await fixture.DatabaseForAsync(GetType()) });
        var grids = Enumerable.Range(1, 300).Select(i => Grid("330681001002", i)).ToList();

        await using (var session = (PostgreSqlStorageSession)await provider.OpenSessionAsync(Everywhere))
        {
            session.StageBulkInsert(grids);
            await session.CommitAsync();
        }

        await using var reader = await provider.OpenSessionAsync(AccessScope.For("worker", [JurisdictionCode.Parse("330681001002")]));
        var store = reader.GetStore<IGridStore>();
        var found = await store.FindAsync(grids[41].Code);
        Assert.NotNull(found);
        Assert.Equal(1, found.Version);
        Assert.Equal(GridStateSerializer.Serialize(grids[41]), GridStateSerializer.Serialize(found.ToState()));
        var listed = new List<Grid>();
        await foreach (var grid in store.QueryAsync(new GridQuery(AsOf: new LocalDate(2025, 1, 1))))
        {
            listed.Add(grid);
        }

        Assert.Equal(grids.Select(g => g.Code), listed.Select(g => g.Code));
    }

    [PostgreSqlFact]
    public async Task Imported_divisions_can_then_be_changed_through_their_store()
    {
        await using var provider = new PostgreSqlStorageProvider(new() { ConnectionString = await fixture.DatabaseForAsync(GetType()) });
        var code = JurisdictionCode.Parse("330682101");
        var state = new JurisdictionState(
            JurisdictionState.CurrentSchemaVersion,
            code,
            [new JurisdictionPeriod(ValidityPeriod.StartingOn(new LocalDate(2020, 1, 1)), "某某镇", "Moumou Town", DivisionKind.Town, Stamp)],
            [],
            []);

        await using (var session = (PostgreSqlStorageSession)await provider.OpenSessionAsync(Everywhere))
        {
            session.StageBulkInsert([state]);
            await session.CommitAsync();
        }

        await using (var session = await provider.OpenSessionAsync(Everywhere))
        {
            var division = await session.GetStore<IJurisdictionStore>().FindAsync(code);
            Assert.NotNull(division);
            Assert.Equal(1, division.Version);
        }
    }

    [PostgreSqlFact]
    public async Task A_record_outside_the_scope_stages_nothing()
    {
        await using var provider = new PostgreSqlStorageProvider(new() { ConnectionString = await fixture.DatabaseForAsync(GetType()) });
        await using var session = (PostgreSqlStorageSession)await provider.OpenSessionAsync(AccessScope.For("worker", [JurisdictionCode.Parse("330681001")]));

        var error = Assert.Throws<ValidationException>(() => session.StageBulkInsert([Grid("330681001003", 1), Grid("330682001003", 1)]));

        Assert.Equal(ErrorCodes.OutsideScope, error.Code);
        await session.CommitAsync();
        await using var check = await provider.OpenSessionAsync(Everywhere);
        Assert.Null(await check.GetStore<IGridStore>().FindAsync(JurisdictionCode.Parse("330681001003001")));
    }

    private static GridState Grid(string village, int number)
    {
        var x = 120.1 + (number * 0.001);
        var boundary = Factory.CreatePolygon([new(x, 29.5), new(x + 0.001, 29.5), new(x + 0.001, 29.501), new(x, 29.501), new(x, 29.5)]);
        var code = JurisdictionCode.Parse(village).Child(number);
        return new GridState(
            GridState.CurrentSchemaVersion,
            code,
            [new GridPeriod(ValidityPeriod.StartingOn(new LocalDate(2024, 1, 1)), new GridAttributes("网格" + number, boundary, Sign: number.ToString(System.Globalization.CultureInfo.InvariantCulture)), Stamp)],
            [],
            []);
    }
}
