using Fengqiao.Errors;
using Fengqiao.Grids;
using Fengqiao.Households.Households;
using Fengqiao.Households.Residents;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Fengqiao.Households.Tests.World;

namespace Fengqiao.Households.Tests.Households;

public sealed class HouseholdPropertyTests
{
    private static readonly ChangeStamp Stamp = new(Instant.FromUtc(2025, 1, 1, 0, 0), "tester");
    private static readonly ResidentId[] People = [.. Enumerable.Range(1, 5).Select(i => ResidentId.From(new Guid(i, 0, 0, new byte[8])))];

    /// <summary>
    /// Whatever sequence of joins, leaves, head changes and moves is tried (refused ones change nothing),
    /// a household has exactly one head on every day it exists, nobody holds two memberships at once,
    /// and its state round-trips.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property Any_sequence_of_changes_keeps_one_head_and_no_overlapping_memberships()
    {
        var step =
            from kind in Gen.Choose(0, 3)
            from person in Gen.Choose(0, People.Length - 1)
            from day in Gen.Choose(1, 400)
            select (kind, person, day);
        return Prop.ForAll(Gen.ListOf(step).ToArbitrary(), steps =>
        {
            var household = Household.Register(HouseholdId.From(Guid.NewGuid()), People[0], GridA1, "甲村1号", Start, Stamp);
            foreach (var (kind, person, day) in steps)
            {
                var date = Start.PlusDays(day);
                try
                {
                    switch (kind)
                    {
                        case 0: household.AddMember(People[person], RelationToHead.Child, date, Stamp); break;
                        case 1: household.RemoveMember(People[person], date, Stamp); break;
                        case 2: household.ChangeHead(People[person], date, RelationToHead.Spouse, Stamp); break;
                        default: household.Move(date, person % 2 == 0 ? GridA2 : GridB1, "新址" + day, Stamp); break;
                    }
                }
                catch (ValidationException)
                {
                    // A refused change leaves the household as it was; the invariants below must still hold.
                }
            }

            var copy = Household.FromState(household.ToState(), 1);
            var oneHead = Enumerable.Range(0, 420).Select(d => Start.PlusDays(d))
                .All(d => household.MembersOn(d).Count(m => m.Relation == RelationToHead.Head) == 1);
            var noOverlap = People.All(p =>
            {
                var periods = household.MembershipsOf(p).Select(m => m.Validity).ToList();
                return periods.SelectMany((a, i) => periods.Skip(i + 1).Select(b => (a, b))).All(pair => !pair.a.Overlaps(pair.b));
            });
            return oneHead && noOverlap && copy.ToState().Members.SequenceEqual(household.ToState().Members);
        });
    }
}
