using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Grids.Staffing;
using Fengqiao.Households.Premises;
using Fengqiao.Patrols.Inspections;
using Xunit;

namespace Fengqiao.Storage.Testing;

/// <summary>Conformance of <see cref="IInspectionStore"/> (检查存储): round trip, queries, scope, concurrency, cancellation.</summary>
public abstract class InspectionStoreConformanceTests : PatrolsConformanceTests
{
    /// <summary>An inspection with results, an order and a re-inspection round-trips, as does one in progress.</summary>
    [StorageFact]
    public async Task Inspections_round_trip()
    {
        var county = NewCounty();
        var full = SampleInspection(county.Child(101), D(2025, 4, 1));
        full.Reinspect(D(2025, 4, 10), ["x-ray-screening"]);
        var bare = Inspection.Open(InspectionId.New(Clock), county, PremisesId.New(Clock), Courier, ConformanceValues.MaxDate, [], Stamp());
        await CommitAsync<IInspectionStore>(async s =>
        {
            await s.SaveAsync(full);
            await s.SaveAsync(bare);
        });

        foreach (var expected in new[] { full, bare })
        {
            var read = await ReadAsync<IInspectionStore, Inspection?>(s => s.FindAsync(expected.Id));
            Assert.NotNull(read);
            Assert.Equal(1, read.Version);
            AssertSamePatrolState(expected.ToState(), read.ToState());
        }
    }

    /// <summary>Queries by subtree, date range and premises return the matching inspections ordered by date, then id.</summary>
    [StorageFact]
    public async Task Queries_filter_and_order()
    {
        var county = NewCounty();
        var premises = PremisesId.New(Clock);
        var inspections = new[]
        {
            SampleInspection(county.Child(101), D(2025, 5, 6), premises),
            SampleInspection(county, D(2025, 4, 1)),
            SampleInspection(county.Child(102), D(2025, 6, 3), premises),
        };
        await CommitAsync<IInspectionStore>(async s =>
        {
            foreach (var i in inspections)
            {
                await s.SaveAsync(i);
            }
        });

        async Task<InspectionId[]> Ids(InspectionQuery query) =>
            [.. (await ReadAsync<IInspectionStore, List<Inspection>>(s => ToListAsync(s.QueryAsync(query)))).Select(i => i.Id)];

        Assert.Equal([inspections[1].Id, inspections[0].Id, inspections[2].Id], await Ids(new InspectionQuery(Within: county)));
        Assert.Equal([inspections[0].Id, inspections[2].Id], await Ids(new InspectionQuery(Within: county, Premises: premises)));
        Assert.Equal([inspections[0].Id], await Ids(new InspectionQuery(Within: county, From: D(2025, 5, 1), To: D(2025, 6, 1))));
        Assert.Equal([inspections[2].Id], await Ids(new InspectionQuery(Within: county.Child(102))));
    }

    /// <summary>Inspections filed outside the scope are invisible; saving one there is refused.</summary>
    [StorageFact]
    public async Task Inspections_outside_the_scope_are_invisible()
    {
        var a = NewCounty();
        var b = NewCounty();
        var inside = SampleInspection(a.Child(101), D(2025, 4, 1));
        var outside = SampleInspection(b, D(2025, 4, 1));
        await CommitAsync<IInspectionStore>(async s =>
        {
            await s.SaveAsync(inside);
            await s.SaveAsync(outside);
        });
        var scope = AccessScope.For("station", [a]);

        Assert.NotNull(await ReadAsync<IInspectionStore, Inspection?>(s => s.FindAsync(inside.Id), scope));
        Assert.Null(await ReadAsync<IInspectionStore, Inspection?>(s => s.FindAsync(outside.Id), scope));

        await using var session = await OpenSessionAsync(scope);
        var error = await Assert.ThrowsAsync<ValidationException>(() => session.GetStore<IInspectionStore>().SaveAsync(SampleInspection(b, D(2025, 4, 2))));
        Assert.Equal(ErrorCodes.OutsideScope, error.Code);
    }

    /// <summary>A stale write is rejected.</summary>
    [StorageFact]
    public async Task Stale_writes_are_rejected()
    {
        var inspection = Inspection.Open(InspectionId.New(Clock), NewCounty(), PremisesId.New(Clock), Courier, D(2025, 4, 1), [StaffMemberId.New(Clock)], Stamp());
        await CommitAsync<IInspectionStore>(s => s.SaveAsync(inspection));
        string[] items = ["real-name-registration", "open-package-check"];

        await AssertStaleWriteRejectedAsync<IInspectionStore, Inspection>(
            s => s.FindAsync(inspection.Id),
            (i, writer) => i.RecordResult(Courier, items[writer - 1], ItemOutcome.Passed),
            (s, i) => s.SaveAsync(i),
            i => Array.IndexOf(items, i.Results.Single().ItemCode) + 1);
    }

    /// <summary>Reads and saves honour a cancelled token.</summary>
    [StorageFact]
    public async Task Cancelled_reads_and_saves_throw_and_write_nothing()
    {
        var inspection = SampleInspection(NewCounty(), D(2025, 4, 1));
        await using var session = await OpenSessionAsync();
        var store = RequireStore<IInspectionStore>(session);

        await AssertCancelledAsync(t => store.FindAsync(inspection.Id, t));
        await AssertCancelledAsync(t => ToListAsync(store.QueryAsync(new InspectionQuery(), t)));
        await AssertCancelledAsync(t => store.SaveAsync(inspection, t));
        await session.CommitAsync();

        Assert.Null(await ReadAsync<IInspectionStore, Inspection?>(s => s.FindAsync(inspection.Id)));
    }
}
