using Fengqiao.Access;
using Fengqiao.Grids.Beats;
using Fengqiao.Grids.Staffing;
using static Fengqiao.Grids.Tests.Grids.World;

namespace Fengqiao.Grids.Tests.Beats;

public class BeatNavigationTests
{
    [Fact]
    public async Task Beats_grids_and_villages_are_reachable_from_each_other()
    {
        var (provider, north, south, officer) = await SeedBeatsAsync();
        var directory = new GridDirectory(provider, new FixedAccessContext(Admin), Clock());
        var on = D(2024, 1, 1);

        var northAreas = await directory.GetBeatAreasAsync(north, on);
        var southAreas = await directory.GetBeatAreasAsync(south, on);

        Assert.Equal([VillageA], northAreas!.Villages);
        Assert.Equal([GridA1, GridA2], northAreas.Grids);
        Assert.Equal(officer, northAreas.Officer);
        Assert.Equal([VillageB], southAreas!.Villages);
        Assert.Equal([GridB1], southAreas.Grids);

        Assert.Equal([north], (await directory.GetBeatsAsync(GridA2, on)).Select(b => b.Id));
        Assert.Equal([south], (await directory.GetBeatsAsync(VillageB, on)).Select(b => b.Id));
        Assert.Equal([north, south], (await directory.GetBeatsAsync(Township, on)).Select(b => b.Id));
        Assert.Empty(await directory.GetBeatsAsync(GridA2, D(2019, 1, 1)));
        Assert.Null(await directory.GetBeatAreasAsync(north, D(2019, 1, 1)));
    }

    [Fact]
    public async Task Village_officers_and_the_one_officer_rule_come_from_the_beats()
    {
        var (provider, _, _, officer) = await SeedBeatsAsync();
        var directory = new GridDirectory(provider, new FixedAccessContext(Admin), Clock());
        var on = D(2024, 1, 1);

        Assert.Equal([officer], await directory.GetVillageOfficersAsync(VillageA, on));
        Assert.Empty(await directory.GetVillageOfficersAsync(VillageB, on));
        var report = await directory.CheckOneOfficerPerVillageAsync(Township, on);
        Assert.Equal([VillageB], report.WithoutOfficer);
        Assert.Equal(2, report.VillagesChecked);
    }

    [Fact]
    public async Task The_people_responsible_for_a_grid_include_the_beats_officer()
    {
        var (provider, north, _, officer) = await SeedBeatsAsync();
        var clock = Clock();
        var admin = new FixedAccessContext(Admin);
        var staffing = new StaffingService(provider, admin, clock);
        var worker = await staffing.RegisterAsync("网格员甲", VillageA);
        await staffing.AssignAsync(worker.Id, StaffRole.GridWorker, GridA1, ValidityPeriod.StartingOn(Start));
        var chief = await staffing.RegisterAsync("总网格长", VillageA);
        await staffing.AssignAsync(chief.Id, StaffRole.GridChief, VillageA, ValidityPeriod.StartingOn(Start));
        var elsewhere = await staffing.RegisterAsync("乙村网格员", VillageB);
        await staffing.AssignAsync(elsewhere.Id, StaffRole.GridWorker, GridB1, ValidityPeriod.StartingOn(Start));

        var responsible = await new GridDirectory(provider, admin, clock).GetResponsibleAsync(GridA1, D(2024, 1, 1));

        Assert.Equal(GridA1, responsible!.Grid.Code);
        Assert.Equal(
            [(StaffRole.GridChief, chief.Id), (StaffRole.GridWorker, worker.Id), (StaffRole.CommunityOfficer, officer)],
            responsible.People.Select(p => (p.Role, p.Id)));
        Assert.Equal(north, responsible.People[^1].Beat);
        Assert.Equal("包村民警", responsible.People[^1].Name);
    }

    internal static async Task<(Fengqiao.Storage.InMemory.InMemoryStorageProvider Provider, PoliceBeatId North, PoliceBeatId South, StaffMemberId Officer)> SeedBeatsAsync()
    {
        var provider = await SeededAsync();
        await using var session = await provider.OpenSessionAsync(Admin);
        var officer = StaffMember.Register(StaffMemberId.New(Clock()), "包村民警", Township, Stamp);
        officer.Assign(StaffRole.CommunityOfficer, Township, Start, Stamp);
        var north = PoliceBeat.Establish(PoliceBeatId.New(Clock()), "JG-01", "北警格", Township, Start, Stamp);
        north.AssignOfficer(officer.Id, Start, Stamp);
        north.Cover(VillageA, Start, Stamp);
        var south = PoliceBeat.Establish(PoliceBeatId.New(Clock()), "JG-02", "南警格", Township, Start, Stamp);
        south.Cover(GridB1, Start, Stamp);
        await session.GetStore<IStaffStore>().SaveAsync(officer);
        await session.GetStore<IPoliceBeatStore>().SaveAsync(north);
        await session.GetStore<IPoliceBeatStore>().SaveAsync(south);
        await session.CommitAsync();
        return (provider, north.Id, south.Id, officer.Id);
    }
}
