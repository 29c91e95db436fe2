using Fengqiao.Identity;
using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Grids;
using Fengqiao.Grids.Staffing;
using Xunit;

namespace Fengqiao.Storage.Testing;

/// <summary>
/// Conformance of <see cref="IStaffStore"/> (人员存储): round trip (personal data included), every query
/// (filed or assigned subtree, responsibility, role, duties, date), order, visibility through assignments,
/// concurrency and cancellation.
/// </summary>
public abstract class StaffStoreConformanceTests : GridsConformanceTests
{
    /// <summary>A member with assignments, a phone and a team round-trips; one without a phone keeps the null.</summary>
    [StorageFact]
    public async Task Members_round_trip()
    {
        var village = NewCounty().Child(101).Child(1);
        var member = StaffMember.Register(StaffMemberId.New(Clock), "顿珠", village, Stamp(), MobileNumber.Parse("13800000000"));
        member.Assign(StaffRole.Liaison, village, D(2021, 1, 1), Stamp());
        member.Assign(StaffRole.Volunteer, village, new ValidityPeriod(D(2022, 1, 1), D(2023, 1, 1)), Stamp(), "老兵警长义务服务队");
        var bare = StaffMember.Register(StaffMemberId.New(Clock), "卓玛 " + ConformanceValues.MixedScriptText, village.Parent!.Value, new ChangeStamp(ConformanceValues.MinInstant, "kit"));
        await CommitAsync<IStaffStore>(async s =>
        {
            await s.SaveAsync(member);
            await s.SaveAsync(bare);
        });

        foreach (var expected in new[] { member, bare })
        {
            var read = await ReadAsync<IStaffStore, StaffMember?>(s => s.FindAsync(expected.Id));
            Assert.NotNull(read);
            Assert.Equal(1, read.Version);
            AssertSameState(expected.ToState(), read.ToState());
        }
    }

    /// <summary>Queries return exactly the matching members, ordered by id; assignment criteria hold for one assignment.</summary>
    [StorageFact]
    public async Task Queries_filter_by_assignment_criteria()
    {
        var township = NewCounty().Child(101);
        var village = township.Child(1);
        var grid = village.Child(1);
        var liaison = StaffMember.Register(StaffMemberId.New(Clock), "联络员", village, Stamp());
        liaison.Assign(StaffRole.Liaison, village, D(2021, 1, 1), Stamp());
        var worker = StaffMember.Register(StaffMemberId.New(Clock), "网格员", township, Stamp());
        worker.Assign(StaffRole.GridWorker, grid, new ValidityPeriod(D(2020, 1, 1), D(2022, 1, 1)), Stamp());
        var officer = StaffMember.Register(StaffMemberId.New(Clock), "民警", township, Stamp());
        officer.Assign(StaffRole.CommunityOfficer, township.Child(2), D(2020, 1, 1), Stamp());
        var clerk = StaffMember.Register(StaffMemberId.New(Clock), "文书", village, Stamp());
        await CommitAsync<IStaffStore>(async s =>
        {
            foreach (var m in new[] { clerk, officer, worker, liaison })
            {
                await s.SaveAsync(m);
            }
        });
        var all = new[] { liaison, worker, officer, clerk }.OrderBy(m => m.Id.Value).ToList();

        async Task<string[]> Names(StaffQuery query) =>
            [.. (await ReadAsync<IStaffStore, List<StaffMember>>(s => ToListAsync(s.QueryAsync(query)))).Select(m => m.Name)];
        string[] Expected(params StaffMember[] members) => [.. all.Where(members.Contains).Select(m => m.Name)];

        Assert.Equal(Expected(liaison, worker, officer, clerk), await Names(new StaffQuery(Within: township)));
        Assert.Equal(Expected(liaison, worker, clerk), await Names(new StaffQuery(Within: village)));
        Assert.Equal(Expected(liaison, worker), await Names(new StaffQuery(ResponsibleFor: grid)));
        Assert.Equal(Expected(liaison), await Names(new StaffQuery(ResponsibleFor: grid, AsOf: D(2023, 1, 1))));
        Assert.Equal(Expected(liaison), await Names(new StaffQuery(Within: township, Duties: StaffDuties.Mediation)));
        Assert.Equal(Expected(liaison, worker), await Names(new StaffQuery(Within: township, Duties: StaffDuties.GridService)));
        Assert.Equal(Expected(officer), await Names(new StaffQuery(Within: township, Role: StaffRole.CommunityOfficer)));
        Assert.Empty(await Names(new StaffQuery(Within: village, Role: StaffRole.CommunityOfficer)));
        Assert.Equal(Expected(worker, officer), await Names(new StaffQuery(Within: township, AsOf: D(2020, 6, 1))));
    }

    /// <summary>A member is visible through the filing jurisdiction, or when an assigned area lies in the scope or contains a scope root; otherwise invisible; writes need the filing jurisdiction.</summary>
    [StorageFact]
    public async Task Members_are_visible_through_filing_or_assignment()
    {
        var township = NewCounty().Child(101);
        var grid = township.Child(1).Child(1);
        var adviser = StaffMember.Register(StaffMemberId.New(Clock), "指导员", township, Stamp());
        adviser.Assign(StaffRole.GridAdviser, grid, D(2021, 1, 1), Stamp());
        await CommitAsync<IStaffStore>(s => s.SaveAsync(adviser));
        var gridScope = AccessScope.For("grid-worker", [grid]);
        var otherScope = AccessScope.For("other", [township.Child(2)]);

        Assert.NotNull(await ReadAsync<IStaffStore, StaffMember?>(s => s.FindAsync(adviser.Id), gridScope));
        Assert.Null(await ReadAsync<IStaffStore, StaffMember?>(s => s.FindAsync(adviser.Id), otherScope));

        // The chief of a village is visible to a grid worker of that village: the assigned area contains the scope's root.
        var chief = StaffMember.Register(StaffMemberId.New(Clock), "总网格长", township, Stamp());
        chief.Assign(StaffRole.GridChief, grid.Parent!.Value, D(2021, 1, 1), Stamp());
        await CommitAsync<IStaffStore>(s => s.SaveAsync(chief));
        Assert.NotNull(await ReadAsync<IStaffStore, StaffMember?>(s => s.FindAsync(chief.Id), gridScope));
        Assert.Null(await ReadAsync<IStaffStore, StaffMember?>(s => s.FindAsync(chief.Id), AccessScope.For("other-grid", [township.Child(2).Child(1)])));
        Assert.Equal(2, (await ReadAsync<IStaffStore, List<StaffMember>>(s => ToListAsync(s.QueryAsync(new StaffQuery(Within: township))), gridScope)).Count);
        Assert.Empty(await ReadAsync<IStaffStore, List<StaffMember>>(s => ToListAsync(s.QueryAsync(new StaffQuery(Within: township))), otherScope));

        var loaded = await ReadAsync<IStaffStore, StaffMember?>(s => s.FindAsync(adviser.Id), gridScope);
        loaded!.UpdateContact("越权", null, Stamp());
        await using var session = await OpenSessionAsync(gridScope);
        var error = await Assert.ThrowsAsync<ValidationException>(() => session.GetStore<IStaffStore>().SaveAsync(loaded));
        Assert.Equal(ErrorCodes.OutsideScope, error.Code);
    }

    /// <summary>A stale write is rejected; parallel writers lose no update.</summary>
    [StorageFact]
    public async Task Concurrent_writes_are_serialized_by_version()
    {
        var id = StaffMemberId.New(Clock);
        await CommitAsync<IStaffStore>(s => s.SaveAsync(StaffMember.Register(id, "0", NewCounty(), Stamp())));
        static int Count(StaffMember m) => int.Parse(m.Name, System.Globalization.CultureInfo.InvariantCulture);

        await AssertStaleWriteRejectedAsync<IStaffStore, StaffMember>(
            s => s.FindAsync(id), (m, writer) => m.UpdateContact(FormattableString.Invariant($"{writer}"), null, Stamp()), (s, m) => s.SaveAsync(m), Count);
        await AssertNoLostUpdatesAsync<IStaffStore, StaffMember>(
            s => s.FindAsync(id), Count, (m, n) => m.UpdateContact(FormattableString.Invariant($"{n}"), null, Stamp()), (s, m) => s.SaveAsync(m));
    }

    /// <summary>Reads and saves honour a cancelled token.</summary>
    [StorageFact]
    public async Task Cancelled_reads_and_saves_throw_and_write_nothing()
    {
        var id = StaffMemberId.New(Clock);
        await using var session = await OpenSessionAsync();
        var store = RequireStore<IStaffStore>(session);

        await AssertCancelledAsync(t => store.FindAsync(id, t));
        await AssertCancelledAsync(t => ToListAsync(store.QueryAsync(new StaffQuery(), t)));
        await AssertCancelledAsync(t => store.SaveAsync(StaffMember.Register(id, "取消", NewCounty(), Stamp()), t));
        await session.CommitAsync();

        Assert.Null(await ReadAsync<IStaffStore, StaffMember?>(s => s.FindAsync(id)));
    }
}
