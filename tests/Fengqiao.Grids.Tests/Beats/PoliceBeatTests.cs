using Fengqiao.Errors;
using Fengqiao.Grids.Beats;
using Fengqiao.Grids.Beats.Events;
using Fengqiao.Grids.Staffing;
using static Fengqiao.Grids.Tests.Grids.World;

namespace Fengqiao.Grids.Tests.Beats;

public class PoliceBeatTests
{
    private static readonly StaffMemberId OfficerOne = StaffMemberId.From(Guid.Parse("01900000-0000-7000-8000-000000000001"));
    private static readonly StaffMemberId OfficerTwo = StaffMemberId.From(Guid.Parse("01900000-0000-7000-8000-000000000002"));

    [Fact]
    public void The_officer_changes_over_time_without_gaps()
    {
        var beat = NewBeat();
        beat.AssignOfficer(OfficerOne, Start, Stamp);
        beat.AssignOfficer(OfficerTwo, D(2023, 1, 1), Stamp);

        Assert.Equal(OfficerOne, beat.OfficerOn(D(2022, 12, 31)));
        Assert.Equal(OfficerTwo, beat.OfficerOn(D(2023, 1, 1)));
        Assert.Equal(D(2023, 1, 1), beat.Officers[0].Validity.ValidTo);
        Assert.IsType<PoliceBeatOfficerAssigned>(beat.PendingEvents[^1]);
    }

    [Fact]
    public void Coverage_is_effective_dated_and_touches_grids_of_a_covered_village()
    {
        var beat = NewBeat();
        beat.Cover(VillageA, Start, Stamp);
        beat.Cover(GridB1, D(2022, 1, 1), Stamp);
        beat.Release(GridB1, D(2023, 1, 1), Stamp);

        Assert.Equal([VillageA], beat.AreasOn(D(2021, 1, 1)));
        Assert.Equal([VillageA, GridB1], beat.AreasOn(D(2022, 6, 1)));
        Assert.True(beat.TouchesOn(GridA2, D(2021, 1, 1)));
        Assert.True(beat.TouchesOn(VillageB, D(2022, 6, 1)));
        Assert.False(beat.TouchesOn(VillageB, D(2023, 1, 1)));
    }

    [Fact]
    public void A_beat_covers_only_areas_inside_its_jurisdiction_and_each_once()
    {
        var beat = NewBeat();
        beat.Cover(VillageA, Start, Stamp);

        Assert.Equal(GridErrorCodes.AreaOutsideBeat, Assert.Throws<ValidationException>(() => beat.Cover(Fengqiao.Jurisdictions.JurisdictionCode.Parse("540127201201"), Start, Stamp)).Code);
        Assert.Equal(GridErrorCodes.AreaAlreadyCovered, Assert.Throws<ValidationException>(() => beat.Cover(GridA1, D(2022, 1, 1), Stamp)).Code);
        Assert.Equal(GridErrorCodes.LevelMismatch, Assert.Throws<ValidationException>(() => beat.Cover(Township, Start, Stamp)).Code);
        Assert.Equal(GridErrorCodes.AreaNotCovered, Assert.Throws<ValidationException>(() => beat.Release(GridB1, D(2022, 1, 1), Stamp)).Code);
    }

    [Fact]
    public void Dissolving_ends_the_beat_its_officer_and_its_coverage()
    {
        var beat = NewBeat();
        beat.AssignOfficer(OfficerOne, Start, Stamp);
        beat.Cover(VillageA, Start, Stamp);

        beat.Dissolve(D(2024, 1, 1), Stamp);

        Assert.False(beat.ExistsOn(D(2024, 1, 1)));
        Assert.Null(beat.OfficerOn(D(2024, 1, 1)));
        Assert.Empty(beat.AreasOn(D(2024, 1, 1)));
        Assert.Throws<ValidationException>(() => beat.Cover(VillageB, D(2024, 2, 1), Stamp));
    }

    [Fact]
    public void One_officer_per_village_reports_villages_without_and_with_several_officers()
    {
        var first = NewBeat();
        first.AssignOfficer(OfficerOne, Start, Stamp);
        first.Cover(VillageA, Start, Stamp);
        var second = PoliceBeat.Establish(PoliceBeatId.From(Guid.NewGuid()), "JG-02", "二号警格", Township, Start, Stamp);
        second.AssignOfficer(OfficerTwo, Start, Stamp);
        second.Cover(GridA2, D(2023, 1, 1), Stamp);
        var village = Fengqiao.Jurisdictions.JurisdictionCode.Parse("540127200203");

        var early = OneOfficerPerVillage.Check([VillageA, VillageB, village], [first, second], D(2022, 1, 1));
        var late = OneOfficerPerVillage.Check([VillageA, VillageB], [first, second], D(2023, 1, 1));

        Assert.Equal([VillageB, village], early.WithoutOfficer);
        Assert.Empty(early.WithSeveralOfficers);
        Assert.Equal(3, early.VillagesChecked);
        var several = Assert.Single(late.WithSeveralOfficers);
        Assert.Equal(VillageA, several.Village);
        Assert.Equal([OfficerOne, OfficerTwo], several.Officers);
        Assert.False(late.IsSatisfied);
        Assert.True(OneOfficerPerVillage.Check([VillageA], [first], D(2023, 1, 1)).IsSatisfied);
    }

    private static PoliceBeat NewBeat() =>
        PoliceBeat.Establish(PoliceBeatId.From(Guid.NewGuid()), "JG-01", "一号警格", Township, Start, Stamp);
}
