using Fengqiao.Errors;
using Fengqiao.Grids.Beats;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Grids.Staffing;
using Fengqiao.Grids.Tests.Beats;
using Fengqiao.Grids.Training;
using static Fengqiao.Grids.Tests.Grids.World;

namespace Fengqiao.Grids.Tests.Storage;

public class ScopeTests
{
    [Fact]
    public async Task A_grid_worker_scoped_to_a_grid_sees_only_that_grid()
    {
        var provider = await SeededAsync();
        await using var session = await provider.OpenSessionAsync(ScopeOf(GridA1));
        var grids = session.GetStore<IGridStore>();

        Assert.Equal([GridA1], (await grids.QueryAsync(new GridQuery()).ToListAsync()).Select(g => g.Code));
        Assert.NotNull(await grids.FindAsync(GridA1));
        Assert.Null(await grids.FindAsync(GridA2));
        Assert.Null(await session.GetStore<IJurisdictionStore>().FindAsync(VillageA));
    }

    [Fact]
    public async Task A_township_sees_its_subtree_and_nothing_beside_it()
    {
        var provider = await SeededAsync();
        await using var session = await provider.OpenSessionAsync(ScopeOf(Township));

        var divisions = await session.GetStore<IJurisdictionStore>().QueryAsync(new JurisdictionQuery()).ToListAsync();
        var grids = await session.GetStore<IGridStore>().QueryAsync(new GridQuery(County)).ToListAsync();

        Assert.Equal([Township, VillageA, VillageB], divisions.Select(d => d.Code));
        Assert.Equal([GridA1, GridA2, GridB1], grids.Select(g => g.Code));
        Assert.Null(await session.GetStore<IJurisdictionStore>().FindAsync(County));
        Assert.Null(await session.GetStore<IJurisdictionStore>().FindAsync(OtherTownship));
    }

    [Fact]
    public async Task A_write_outside_the_scope_is_refused_and_stages_nothing()
    {
        var provider = await SeededAsync();
        await using (var session = await provider.OpenSessionAsync(ScopeOf(VillageA)))
        {
            var grid = Grid.Register(Fengqiao.Jurisdictions.JurisdictionCode.Parse("540127200202009"), "越界网格", Rect(91.7, 29.8, 91.71, 29.81), Start, Stamp);

            var error = await Assert.ThrowsAsync<ValidationException>(() => session.GetStore<IGridStore>().SaveAsync(grid));
            Assert.Equal(ErrorCodes.OutsideScope, error.Code);
            Assert.Single(grid.PendingEvents);
            await session.CommitAsync();
        }

        Assert.Equal(3, provider.Table<Fengqiao.Jurisdictions.JurisdictionCode, GridState>(nameof(Grid)).Count);
    }

    [Fact]
    public async Task Beats_and_staff_are_visible_through_the_areas_they_serve()
    {
        var (provider, north, south, officer) = await BeatNavigationTests.SeedBeatsAsync();
        await using var session = await provider.OpenSessionAsync(ScopeOf(GridA1));

        var beats = await session.GetStore<IPoliceBeatStore>().QueryAsync(new PoliceBeatQuery()).ToListAsync();

        Assert.Equal([north], beats.Select(b => b.Id));
        Assert.Null(await session.GetStore<IPoliceBeatStore>().FindAsync(south));
        // The officer serves the whole township, which contains the grid.
        Assert.NotNull(await session.GetStore<IStaffStore>().FindAsync(officer));
        var error = await Assert.ThrowsAsync<ValidationException>(() => session.GetStore<IPoliceBeatStore>().SaveAsync(beats[0]));
        Assert.Equal(ErrorCodes.OutsideScope, error.Code);
    }

    [Fact]
    public async Task A_member_assigned_into_the_scope_is_visible_there()
    {
        var provider = await SeededAsync();
        var adviser = StaffMember.Register(StaffMemberId.New(Clock()), "指导员", County, Stamp);
        adviser.Assign(StaffRole.GridAdviser, GridA1, Start, Stamp);
        var training = TrainingSession.Record(TrainingSessionId.New(Clock()), County, D(2023, 1, 1), "县级培训", Stamp);
        await using (var session = await provider.OpenSessionAsync(Admin))
        {
            await session.GetStore<IStaffStore>().SaveAsync(adviser);
            await session.GetStore<ITrainingStore>().SaveAsync(training);
            await session.CommitAsync();
        }

        await using var scoped = await provider.OpenSessionAsync(ScopeOf(GridA1));
        Assert.NotNull(await scoped.GetStore<IStaffStore>().FindAsync(adviser.Id));
        Assert.Null(await scoped.GetStore<ITrainingStore>().FindAsync(training.Id));
        await using var other = await provider.OpenSessionAsync(ScopeOf(GridA2));
        Assert.Null(await other.GetStore<IStaffStore>().FindAsync(adviser.Id));
    }
}
