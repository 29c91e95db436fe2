using Fengqiao.Errors;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Grids.Jurisdictions.Events;
using Fengqiao.Jurisdictions;
using NodaTime;
using static Fengqiao.Grids.Tests.Grids.World;

namespace Fengqiao.Grids.Tests.Jurisdictions;

public class JurisdictionRestructuringTests
{
    private static readonly JurisdictionCode VillageC = JurisdictionCode.Parse("540127200203");
    private static readonly JurisdictionCode VillageD = JurisdictionCode.Parse("540127200204");
    private static readonly LocalDate On = new(2023, 1, 1);

    [Fact]
    public void A_split_abolishes_the_source_and_links_both_ways()
    {
        var source = Jurisdiction.Establish(VillageA, Start, "甲村", DivisionKind.Village, Stamp);

        var parts = JurisdictionRestructuring.Split(
            source,
            On,
            [new JurisdictionPart(VillageC, "丙村", DivisionKind.Village), new JurisdictionPart(VillageD, "丁社区", DivisionKind.Community)],
            Stamp);

        Assert.False(source.ExistsOn(On));
        Assert.True(source.ExistsOn(On.PlusDays(-1)));
        Assert.Equal([VillageC, VillageD], source.Successors.Select(s => s.Code));
        Assert.All(source.Successors, s => Assert.Equal(LineageChange.Split, s.Change));
        Assert.All(parts, p => Assert.Equal(VillageA, Assert.Single(p.Predecessors).Code));
        Assert.All(parts, p => Assert.False(p.ExistsOn(On.PlusDays(-1))));
        Assert.Contains(source.PendingEvents, e => e is JurisdictionSucceeded { Change: LineageChange.Split });
        Assert.Equal(["540127200201"], Assert.IsType<JurisdictionEstablished>(parts[0].PendingEvents[0]).Predecessors);
    }

    [Fact]
    public void A_split_where_the_source_continues_keeps_it_open()
    {
        var source = Jurisdiction.Establish(VillageA, Start, "甲村", DivisionKind.Village, Stamp);

        var parts = JurisdictionRestructuring.Split(source, On, [new JurisdictionPart(VillageC, "丙村", DivisionKind.Village)], Stamp, sourceContinues: true);

        Assert.True(source.ExistsOn(On));
        Assert.Single(parts);
        Assert.Equal(VillageC, Assert.Single(source.Successors).Code);
    }

    [Fact]
    public void A_merge_abolishes_every_source_and_creates_the_merged_division()
    {
        var a = Jurisdiction.Establish(VillageA, Start, "甲村", DivisionKind.Village, Stamp);
        var b = Jurisdiction.Establish(VillageB, Start, "乙村", DivisionKind.Village, Stamp);

        var merged = JurisdictionRestructuring.Merge([a, b], On, new JurisdictionPart(VillageC, "甲乙村", DivisionKind.Village), Stamp);

        Assert.False(a.ExistsOn(On));
        Assert.False(b.ExistsOn(On));
        Assert.Equal([VillageA, VillageB], merged.Predecessors.Select(p => p.Code));
        Assert.All(merged.Predecessors, p => Assert.Equal(LineageChange.Merge, p.Change));
        Assert.Equal(VillageC, Assert.Single(a.Successors).Code);
    }

    [Fact]
    public void Merging_into_a_survivor_keeps_it_and_abolishes_the_absorbed()
    {
        var survivor = Jurisdiction.Establish(VillageA, Start, "甲村", DivisionKind.Village, Stamp);
        var absorbed = Jurisdiction.Establish(VillageB, Start, "乙村", DivisionKind.Village, Stamp);

        JurisdictionRestructuring.MergeInto(survivor, [absorbed], On, Stamp);

        Assert.True(survivor.ExistsOn(On));
        Assert.False(absorbed.ExistsOn(On));
        Assert.Equal(VillageB, Assert.Single(survivor.Predecessors).Code);
        Assert.Equal(VillageA, Assert.Single(absorbed.Successors).Code);
    }

    [Fact]
    public void A_recode_moves_the_division_to_a_new_code()
    {
        var township = Jurisdiction.Establish(Township, Start, "扎西岗乡", DivisionKind.Township, Stamp);
        var town = JurisdictionRestructuring.Recode(township, On, new JurisdictionPart(JurisdictionCode.Parse("540127101"), "扎西岗镇", DivisionKind.Town), Stamp);

        Assert.False(township.ExistsOn(On));
        Assert.Equal(LineageChange.Recode, Assert.Single(town.Predecessors).Change);
    }

    [Fact]
    public void A_failed_merge_changes_nothing()
    {
        var a = Jurisdiction.Establish(VillageA, Start, "甲村", DivisionKind.Village, Stamp);
        var b = Jurisdiction.Establish(VillageB, D(2023, 6, 1), "乙村", DivisionKind.Village, Stamp);

        // b starts after the merge date, so the whole merge is refused before a is touched.
        Assert.Throws<ValidationException>(() => JurisdictionRestructuring.Merge([a, b], On, new JurisdictionPart(VillageC, "甲乙村", DivisionKind.Village), Stamp));

        Assert.True(a.Current.Validity.IsOpen);
        Assert.Empty(a.Successors);
    }

    [Fact]
    public void A_split_into_one_part_or_the_same_code_is_refused()
    {
        var source = Jurisdiction.Establish(VillageA, Start, "甲村", DivisionKind.Village, Stamp);

        Assert.Equal(GridErrorCodes.LineageInvalid, Assert.Throws<ValidationException>(() =>
            JurisdictionRestructuring.Split(source, On, [new JurisdictionPart(VillageC, "丙村", DivisionKind.Village)], Stamp)).Code);
        Assert.Equal(GridErrorCodes.LineageInvalid, Assert.Throws<ValidationException>(() =>
            JurisdictionRestructuring.Split(source, On, [new JurisdictionPart(VillageA, "甲村", DivisionKind.Village), new JurisdictionPart(VillageC, "丙村", DivisionKind.Village)], Stamp)).Code);
        Assert.Equal(GridErrorCodes.LineageInvalid, Assert.Throws<ValidationException>(() =>
            JurisdictionRestructuring.Split(source, On, [new JurisdictionPart(Township, "乡", DivisionKind.Township), new JurisdictionPart(VillageC, "丙村", DivisionKind.Village)], Stamp)).Code);
        Assert.True(source.Current.Validity.IsOpen);
    }
}
