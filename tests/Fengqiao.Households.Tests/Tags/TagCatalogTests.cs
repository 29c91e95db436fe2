using Fengqiao.Households.Tags;

namespace Fengqiao.Households.Tests.Tags;

public sealed class TagCatalogTests
{
    [Fact]
    public void The_embedded_lists_hold_the_issue_tags_and_categories_in_both_languages()
    {
        var catalog = TagCatalog.Embedded;

        Assert.Equal("独居", catalog.RequireCareTag("living-alone").NameZh);
        Assert.Equal("Empty-nest", catalog.RequireCareTag("empty-nest").NameEn);
        Assert.Equal(TagSensitivity.Health, catalog.RequireCareTag("disabled").Sensitivity);
        Assert.Equal(TagSensitivity.None, catalog.RequireCareTag("minimum-living-allowance").Sensitivity);
        Assert.Equal("信访", catalog.RequireKeyPersonCategory("petitioner").NameZh);
        Assert.Equal("肇事肇祸精神病人", catalog.RequireKeyPersonCategory("mentally-ill-at-risk").NameZh);
        Assert.All(catalog.CareTags, t => Assert.False(string.IsNullOrWhiteSpace(t.NameEn)));
    }

    [Fact]
    public void A_repeated_code_is_refused()
    {
        var error = Assert.Throws<Errors.ValidationException>(() => new TagCatalog([new CareTag("a", "甲", "A", TagSensitivity.None), new CareTag("a", "乙", "B", TagSensitivity.None)], []));

        Assert.Equal(HouseholdErrorCodes.SeedInvalid, error.Code);
    }
}
