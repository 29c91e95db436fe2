using Fengqiao.Errors;
using Fengqiao.Households.Households;
using Fengqiao.Households.Residents;
using Fengqiao.Identity;
using static Fengqiao.Households.Tests.World;

namespace Fengqiao.Households.Tests.Households;

public sealed class HouseholdRegistryTests
{
    [Fact]
    public async Task A_household_registers_with_its_residents_and_shows_as_one_form()
    {
        var provider = await SeededAsync();
        var registry = Registry(provider);
        var entry = Entry(registry, GridA1, 10);

        await registry.RegisterHouseholdAsync(entry);
        var form = await registry.GetFormAsync(entry.Household.Id, D(2025, 1, 1));

        Assert.NotNull(form);
        Assert.Equal(GridA1, form.Placement.Grid);
        Assert.Equal([RelationToHead.Head, RelationToHead.Spouse, RelationToHead.Child], form.Members.Select(m => m.Relation));
        Assert.Equal(entry.Residents[0].CitizenId, form.Members[0].CitizenId);
        Assert.Equal(1, entry.Household.Version);
    }

    [Fact]
    public async Task A_duplicate_citizen_id_is_refused_whether_on_record_or_in_the_same_batch()
    {
        var provider = await SeededAsync();
        var registry = Registry(provider);
        await registry.RegisterResidentAsync(Id(1), "张三", GridA1, ResidencyKind.Registered);

        var onRecord = await Assert.ThrowsAsync<ValidationException>(() => registry.RegisterResidentAsync(Id(1), "张三", GridA2, ResidencyKind.Registered));
        var first = Entry(registry, GridA1, 20);
        var second = Entry(registry, GridA2, 20); // the same three IDs again
        var problems = await registry.CheckManyAsync([first, second]);

        Assert.Equal(HouseholdErrorCodes.DuplicateCitizenId, onRecord.Code);
        Assert.Equal(3, problems.Count(p => p.Index == 1 && p.ErrorCode == HouseholdErrorCodes.DuplicateCitizenId));
        Assert.DoesNotContain(problems, p => p.Index == 0);
        await Assert.ThrowsAsync<ValidationException>(() => registry.AddManyAsync([first, second]));
        Assert.Null(await registry.FindAsync(first.Household.Id));
    }

    [Fact]
    public async Task A_person_cannot_be_a_member_of_two_households_at_once()
    {
        var provider = await SeededAsync();
        var registry = Registry(provider);
        var first = Entry(registry, GridA1, 30);
        var second = Entry(registry, GridA2, 40);
        await registry.AddManyAsync([first, second]);
        var person = first.Residents[2].Id;

        var error = await Assert.ThrowsAsync<ValidationException>(() => registry.AddMemberAsync(second.Household.Id, person, RelationToHead.NonRelative, D(2024, 1, 1)));
        await registry.RemoveMemberAsync(first.Household.Id, person, D(2024, 1, 1));
        await registry.AddMemberAsync(second.Household.Id, person, RelationToHead.NonRelative, D(2024, 1, 1));

        Assert.Equal(HouseholdErrorCodes.MemberOfAnotherHousehold, error.Code);
        var moved = await registry.GetFormAsync(second.Household.Id, D(2024, 1, 1));
        Assert.Contains(moved!.Members, m => m.Resident == person);
        var resident = await new Fengqiao.Households.Queries.HouseholdQueries(provider, new Access.FixedAccessContext(Admin), Clock()).HouseholdsAsync(GridA2, D(2024, 1, 1));
        Assert.Single(resident);
    }

    [Fact]
    public async Task A_person_in_two_households_of_one_batch_is_reported()
    {
        var provider = await SeededAsync();
        var registry = Registry(provider);
        var first = Entry(registry, GridA1, 50);
        var second = Entry(registry, GridA2, 60);
        second.Household.AddMember(first.Residents[1].Id, RelationToHead.OtherRelative, D(2022, 1, 1), registry.NewStamp());

        var problems = await registry.CheckManyAsync([first, second]);

        var problem = Assert.Single(problems);
        Assert.Equal((1, HouseholdErrorCodes.MemberOfAnotherHousehold), (problem.Index, problem.ErrorCode));
    }

    [Fact]
    public async Task An_unknown_grid_is_refused()
    {
        var provider = await SeededAsync();
        var registry = Registry(provider);

        var resident = await Assert.ThrowsAsync<ValidationException>(() => registry.RegisterResidentAsync(Id(70), "郑十", UnknownGrid, ResidencyKind.Registered));
        var problems = await registry.CheckManyAsync([Entry(registry, UnknownGrid, 71)]);
        var good = Entry(registry, GridA1, 75);
        await registry.RegisterHouseholdAsync(good);
        var move = await Assert.ThrowsAsync<ValidationException>(() => registry.MoveAsync(good.Household.Id, D(2024, 1, 1), UnknownGrid, "无此网格"));

        Assert.Equal(HouseholdErrorCodes.UnknownGrid, resident.Code);
        Assert.Contains(problems, p => p.ErrorCode == HouseholdErrorCodes.UnknownGrid && p.Field == "grid");
        Assert.Equal(HouseholdErrorCodes.UnknownGrid, move.Code);
    }

    [Fact]
    public async Task A_grid_worker_sees_only_their_own_grid_and_finds_others_absent()
    {
        var provider = await SeededAsync();
        var admin = Registry(provider);
        var mine = Entry(admin, GridA1, 80);
        var theirs = Entry(admin, GridA2, 90);
        await admin.AddManyAsync([mine, theirs]);
        var worker = Registry(provider, WorkerOf(GridA1));

        Assert.NotNull(await worker.FindAsync(mine.Household.Id));
        Assert.Null(await worker.FindAsync(theirs.Household.Id));
        Assert.Null(await worker.GetFormAsync(theirs.Household.Id, D(2025, 1, 1)));
        Assert.Null(await worker.FindResidentAsync(theirs.Residents[0].CitizenId));
        var listed = await new Fengqiao.Households.Queries.HouseholdQueries(provider, new Access.FixedAccessContext(WorkerOf(GridA1)), Clock()).HouseholdsAsync(Township, D(2025, 1, 1));
        Assert.Equal([mine.Household.Id], listed.Select(h => h.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => worker.RemoveMemberAsync(theirs.Household.Id, theirs.Residents[2].Id, D(2025, 1, 1)));
        var outside = await worker.CheckManyAsync([Entry(worker, GridA2, 95)]);
        Assert.Contains(outside, p => p.ErrorCode == ErrorCodes.OutsideScope);
    }

    [Fact]
    public async Task Moving_a_household_refiles_its_members_under_the_new_grid()
    {
        var provider = await SeededAsync();
        var registry = Registry(provider);
        var entry = Entry(registry, GridA1, 100);
        await registry.RegisterHouseholdAsync(entry);

        await registry.MoveAsync(entry.Household.Id, D(2024, 6, 1), GridB1, "乙村3号");
        var form = await registry.GetFormAsync(entry.Household.Id, D(2024, 6, 1));
        var old = await registry.GetFormAsync(entry.Household.Id, D(2024, 5, 31));

        Assert.Equal(GridB1, form!.Placement.Grid);
        Assert.Equal(GridA1, old!.Placement.Grid);
        Assert.Equal(3, form.Members.Count);
        var resident = await registry.FindResidentAsync(entry.Residents[1].CitizenId);
        Assert.Equal(GridB1, resident!.Grid);
    }

    [Fact]
    public async Task A_batch_reports_progress_and_adds_everything_in_one_commit()
    {
        var provider = await SeededAsync();
        var registry = Registry(provider);
        var entries = Enumerable.Range(0, 40).Select(i => Entry(registry, i % 2 == 0 ? GridA1 : GridB1, 200 + (i * 3))).ToList();
        var reported = new List<int>();

        var added = await registry.AddManyAsync(entries, new SynchronousProgress(reported.Add));

        Assert.Equal(40, added);
        Assert.Equal(40, reported[^1]);
        Assert.Equal(40, provider.Table<HouseholdId, HouseholdState>(nameof(Household)).Count);
        Assert.Equal(120, provider.Table<ResidentId, ResidentState>(nameof(Resident)).Count);
    }

    [Fact]
    public async Task A_checked_batch_is_added_without_a_second_store_lookup_yet_a_duplicate_still_fails_the_commit()
    {
        var provider = await SeededAsync();
        var registry = Registry(provider);
        var first = Entry(registry, GridA1, 300);
        Assert.Empty(await registry.CheckManyAsync([first]));
        await registry.AddCheckedAsync([first]);
        var again = Entry(registry, GridA2, 300); // the same IDs, stored in between

        var within = await Assert.ThrowsAsync<ValidationException>(() => registry.AddCheckedAsync([Entry(registry, GridA1, 310), Entry(registry, GridA2, 310)]));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => registry.AddCheckedAsync([again]));

        Assert.Equal(HouseholdErrorCodes.DuplicateCitizenId, within.Code);
        Assert.NotNull(await registry.FindAsync(first.Household.Id));
        Assert.Null(await registry.FindAsync(again.Household.Id));
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
