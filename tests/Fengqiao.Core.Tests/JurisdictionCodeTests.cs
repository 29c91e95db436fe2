using Fengqiao.Errors;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Core.Tests;

public class JurisdictionCodeTests
{
    [Theory]
    [InlineData("540000", JurisdictionLevel.Province)]
    [InlineData("540100", JurisdictionLevel.Prefecture)]
    [InlineData("540127", JurisdictionLevel.County)]
    [InlineData("540127100", JurisdictionLevel.Township)]
    [InlineData("540127100201", JurisdictionLevel.Village)]
    [InlineData("540127100201001", JurisdictionLevel.Grid)]
    public void Parses_each_level(string text, JurisdictionLevel level)
    {
        var code = JurisdictionCode.Parse(text);
        Assert.Equal(level, code.Level);
        Assert.Equal(text, code.ToString());
    }

    [Fact]
    public void Padded_statistical_codes_normalize_to_their_level()
    {
        Assert.Equal(JurisdictionCode.Parse("540127"), JurisdictionCode.Parse("540127000000"));
        Assert.Equal(JurisdictionCode.Parse("540127100"), JurisdictionCode.Parse("540127100000"));
        Assert.Equal("540127100000", JurisdictionCode.Parse("540127100").ToStatisticalCode());
    }

    [Theory]
    [InlineData("")]
    [InlineData("54012")]
    [InlineData("5401271")]
    [InlineData("54O127")]
    [InlineData("５４０１２７")]
    [InlineData("000000")]
    [InlineData("540027")]
    [InlineData("540127000201")]
    [InlineData("540127100201000")]
    [InlineData("540127100000001")]
    public void Refuses_malformed_codes(string text)
    {
        Assert.False(JurisdictionCode.TryParse(text, out _));
        var error = Assert.Throws<ValidationException>(() => JurisdictionCode.Parse(text));
        Assert.Equal(ErrorCodes.JurisdictionCodeInvalid, error.Code);
    }

    [Fact]
    public void Parent_chain_climbs_to_the_province()
    {
        var grid = JurisdictionCode.Parse("540127100201001");
        Assert.Equal(
            ["540127100201001", "540127100201", "540127100", "540127", "540100", "540000"],
            grid.SelfAndAncestors().Select(c => c.ToString()));
        Assert.Null(JurisdictionCode.Parse("540000").Parent);
        Assert.Equal(JurisdictionCode.Parse("540127"), grid.County);
    }

    [Fact]
    public void Contains_is_a_prefix_test_on_levels()
    {
        var county = JurisdictionCode.Parse("540127");
        Assert.True(JurisdictionCode.Parse("540000").Contains(county));
        Assert.True(county.Contains(county));
        Assert.True(county.Contains(JurisdictionCode.Parse("540127100201001")));
        Assert.False(county.Contains(JurisdictionCode.Parse("540126100201001")));
        Assert.False(JurisdictionCode.Parse("540127100201001").Contains(county));
        Assert.False(default(JurisdictionCode).Contains(county));
    }

    [Fact]
    public void Child_builds_the_next_level()
    {
        var village = JurisdictionCode.Parse("540127100201");
        Assert.Equal("540127100201007", village.Child(7).ToString());
        Assert.Equal("540127", JurisdictionCode.Parse("540100").Child(27).ToString());
    }
}
