using Fengqiao.Errors;
using Fengqiao.Grids;
using Fengqiao.Households.Households;
using Fengqiao.Households.Residents;
using NodaTime;
using static Fengqiao.Households.Tests.World;

namespace Fengqiao.Households.Tests.Households;

public sealed class HouseholdTests
{
    private static readonly ChangeStamp Stamp = new(Instant.FromUtc(2025, 1, 1, 0, 0), "tester");
    private static readonly ResidentId Head = ResidentId.From(Guid.NewGuid());
    private static readonly ResidentId Spouse = ResidentId.From(Guid.NewGuid());
    private static readonly ResidentId Child = ResidentId.From(Guid.NewGuid());

    private static Household NewHousehold()
    {
        var household = Household.Register(HouseholdId.From(Guid.NewGuid()), Head, GridA1, "甲村1号", D(2020, 1, 1), Stamp, number: "0001");
        household.AddMember(Spouse, RelationToHead.Spouse, D(2020, 1, 1), Stamp);
        household.AddMember(Child, RelationToHead.Child, D(2021, 5, 1), Stamp);
        return household;
    }

    [Fact]
    public void Members_are_effective_dated_with_the_head_first()
    {
        var household = NewHousehold();

        Assert.Equal([Head, Spouse], household.MembersOn(D(2021, 1, 1)).Select(m => m.Resident));
        Assert.Equal([Head, Spouse, Child], household.MembersOn(D(2021, 5, 1)).Select(m => m.Resident));
        Assert.Equal(Head, household.HeadOn(D(2022, 1, 1)));
    }

    [Fact]
    public void A_member_cannot_join_twice_nor_as_a_second_head()
    {
        var household = NewHousehold();

        Assert.Equal(HouseholdErrorCodes.AlreadyAMember, Assert.Throws<ValidationException>(() => household.AddMember(Child, RelationToHead.Child, D(2023, 1, 1), Stamp)).Code);
        Assert.Equal(HouseholdErrorCodes.HeadInvalid, Assert.Throws<ValidationException>(() => household.AddMember(ResidentId.From(Guid.NewGuid()), RelationToHead.Head, D(2023, 1, 1), Stamp)).Code);
        Assert.Equal(HouseholdErrorCodes.HeadInvalid, Assert.Throws<ValidationException>(() => household.RemoveMember(Head, D(2023, 1, 1), Stamp)).Code);
    }

    [Fact]
    public void Changing_the_head_keeps_the_history_and_one_head_at_a_time()
    {
        var household = NewHousehold();

        household.ChangeHead(Spouse, D(2024, 1, 1), RelationToHead.Spouse, Stamp);

        Assert.Equal(Head, household.HeadOn(D(2023, 12, 31)));
        Assert.Equal(Spouse, household.HeadOn(D(2024, 1, 1)));
        Assert.Equal(RelationToHead.Spouse, household.MembersOn(D(2024, 1, 1)).Single(m => m.Resident == Head).Relation);
        Assert.Equal(2, household.MembershipsOf(Head).Count);
        var copy = Household.FromState(household.ToState(), 3);
        Assert.Equal(Spouse, copy.HeadOn(D(2025, 1, 1)));
    }

    [Fact]
    public void Moving_opens_a_new_placement_and_keeps_the_old_one()
    {
        var household = NewHousehold();

        household.Move(D(2024, 3, 1), GridB1, "乙村8号", Stamp);

        Assert.Equal(GridB1, household.Grid);
        Assert.Equal(GridA1, household.PlacementOn(D(2024, 2, 29))!.Grid);
        Assert.Equal("乙村8号", household.PlacementOn(D(2024, 3, 1))!.Address);
        Assert.Equal(HouseholdErrorCodes.ChangeOutOfOrder, Assert.Throws<ValidationException>(() => household.Move(D(2024, 3, 1), GridA2, "x", Stamp)).Code);
    }

    [Fact]
    public void A_state_with_two_heads_at_once_is_refused()
    {
        var state = NewHousehold().ToState();
        var broken = state with { Members = [.. state.Members, new HouseholdMembership(Child, RelationToHead.Head, ValidityPeriod.StartingOn(D(2022, 1, 1)), Stamp)] };

        Assert.Equal(HouseholdErrorCodes.HeadInvalid, Assert.Throws<ValidationException>(() => Household.FromState(broken, 1)).Code);
    }

    [Fact]
    public void Dissolving_ends_every_membership()
    {
        var household = NewHousehold();

        household.Dissolve(D(2025, 1, 1), Stamp);

        Assert.True(household.IsDissolved);
        Assert.Empty(household.MembersOn(D(2025, 1, 1)));
        Assert.Null(household.PlacementOn(D(2025, 1, 1)));
    }
}
