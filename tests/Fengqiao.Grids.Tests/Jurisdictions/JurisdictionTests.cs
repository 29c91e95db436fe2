using Fengqiao.Errors;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Grids.Jurisdictions.Events;
using Fengqiao.Jurisdictions;
using static Fengqiao.Grids.Tests.Grids.World;

namespace Fengqiao.Grids.Tests.Jurisdictions;

public class JurisdictionTests
{
    [Fact]
    public void A_rename_keeps_the_old_name_for_dates_before_it()
    {
        var township = Jurisdiction.Establish(Township, Start, "扎西岗乡", DivisionKind.Township, Stamp, "Zhaxigang Township");
        township.Rename(D(2023, 7, 1), "扎西岗镇", Stamp, "Zhaxigang Town", DivisionKind.Town);

        Assert.Equal("扎西岗乡", township.AsOf(D(2023, 6, 30))!.Name);
        Assert.Equal(DivisionKind.Township, township.AsOf(D(2023, 6, 30))!.Kind);
        Assert.Equal("扎西岗镇", township.AsOf(D(2023, 7, 1))!.Name);
        Assert.Equal(DivisionKind.Town, township.AsOf(D(2030, 1, 1))!.Kind);
        Assert.Null(township.AsOf(D(2019, 12, 31)));
        Assert.Equal(2, township.Periods.Count);
        Assert.Equal(new ValidityPeriod(Start, D(2023, 7, 1)), township.Periods[0].Validity);
        Assert.True(township.Periods[1].Validity.IsOpen);
    }

    [Fact]
    public void A_change_on_the_current_versions_first_day_corrects_it_in_place()
    {
        var village = Jurisdiction.Establish(VillageA, Start, "甲材", DivisionKind.Village, Stamp);
        village.Rename(Start, "甲村", Stamp);

        Assert.Single(village.Periods);
        Assert.Equal("甲村", village.Current.Name);
    }

    [Fact]
    public void A_change_dated_before_the_current_version_is_refused()
    {
        var village = Jurisdiction.Establish(VillageA, D(2022, 1, 1), "甲村", DivisionKind.Village, Stamp);

        var error = Assert.Throws<ValidationException>(() => village.Rename(D(2021, 1, 1), "新村", Stamp));

        Assert.Equal(GridErrorCodes.ChangeOutOfOrder, error.Code);
        Assert.Equal("甲村", village.Current.Name);
    }

    [Fact]
    public void An_abolished_division_exists_until_the_day_before_and_takes_no_more_changes()
    {
        var village = Jurisdiction.Establish(VillageA, Start, "甲村", DivisionKind.Village, Stamp);
        village.Abolish(D(2024, 1, 1), Stamp);

        Assert.True(village.ExistsOn(D(2023, 12, 31)));
        Assert.False(village.ExistsOn(D(2024, 1, 1)));
        Assert.Equal(GridErrorCodes.Ended, Assert.Throws<ValidationException>(() => village.Rename(D(2025, 1, 1), "新村", Stamp)).Code);
    }

    [Theory]
    [InlineData("540127", DivisionKind.Township)]
    [InlineData("540127200", DivisionKind.Village)]
    [InlineData("540127200201001", DivisionKind.Grid)]
    public void The_kind_must_sit_at_the_codes_level(string code, DivisionKind kind)
    {
        var error = Assert.Throws<ValidationException>(() => Jurisdiction.Establish(JurisdictionCode.Parse(code), Start, "名称", kind, Stamp));
        Assert.Equal(GridErrorCodes.LevelMismatch, error.Code);
    }

    [Fact]
    public void Establishing_and_renaming_raise_events()
    {
        var village = Jurisdiction.Establish(VillageA, Start, "甲村", DivisionKind.Village, Stamp);
        village.Rename(D(2022, 1, 1), "新甲村", Stamp);
        village.Abolish(D(2024, 1, 1), Stamp);

        Assert.Collection(
            village.PendingEvents,
            e => Assert.Equal("540127200201", Assert.IsType<JurisdictionEstablished>(e).Code),
            e => Assert.Equal("新甲村", Assert.IsType<JurisdictionRenamed>(e).Name),
            e => Assert.Equal(D(2024, 1, 1), Assert.IsType<JurisdictionAbolished>(e).ValidTo));
    }

    [Fact]
    public void A_blank_name_is_refused()
    {
        Assert.Equal(GridErrorCodes.NameRequired, Assert.Throws<ValidationException>(() => Jurisdiction.Establish(VillageA, Start, "  ", DivisionKind.Village, Stamp)).Code);
    }
}
