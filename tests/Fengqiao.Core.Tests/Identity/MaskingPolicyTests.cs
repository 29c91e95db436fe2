using Fengqiao.Identity;

namespace Fengqiao.Core.Tests.Identity;

public class MaskingPolicyTests
{
    private static readonly CitizenId Id = CitizenId.Parse("11010519491231002X");
    private static readonly MobileNumber Mobile = MobileNumber.Parse("13812341234");

    [Fact]
    public void The_default_shows_the_first_6_and_last_4_characters_of_an_id()
    {
        Assert.Equal("110105********002X", MaskingPolicy.Default.Mask(Id));
        Assert.Equal("110105********002X", Id.ToString());
        Assert.Equal("110105********002X", $"{Id}");
        Assert.Equal("110105********002X", Id.ToString(MaskingPolicy.Default));
    }

    [Fact]
    public void The_default_shows_3_and_4_digits_of_a_mobile_number()
    {
        Assert.Equal("138****1234", MaskingPolicy.Default.Mask(Mobile));
        Assert.Equal("138****1234", Mobile.ToString());
        Assert.Equal("138****1234", $"{Mobile}");
    }

    [Fact]
    public void A_stricter_policy_hides_more_with_its_own_mask_character()
    {
        var policy = new MaskingPolicy(citizenIdLeading: 3, citizenIdTrailing: 1, mobileLeading: 0, mobileTrailing: 2, maskCharacter: '•');

        Assert.Equal("110••••••••••••••X", Id.ToString(policy));
        Assert.Equal("•••••••••34", Mobile.ToString(policy));
        Assert.Equal('•', policy.MaskCharacter);
        Assert.Equal(3, policy.CitizenIdLeading);
        Assert.Equal(1, policy.CitizenIdTrailing);
        Assert.Equal(0, policy.MobileLeading);
        Assert.Equal(2, policy.MobileTrailing);
    }

    [Fact]
    public void A_policy_may_hide_everything()
    {
        var policy = new MaskingPolicy(0, 0, 0, 0);
        Assert.Equal(new string('*', 18), policy.Mask(Id));
        Assert.Equal(new string('*', 11), policy.Mask(Mobile));
        Assert.Equal(new string('*', 18), policy.MaskText("11010519491231002X"));
    }

    [Theory]
    [InlineData(7, 4, 3, 4)]
    [InlineData(6, 5, 3, 4)]
    [InlineData(6, 4, 4, 4)]
    [InlineData(6, 4, 3, 5)]
    [InlineData(-1, 4, 3, 4)]
    public void A_policy_never_shows_more_than_the_default(int idLeading, int idTrailing, int mobileLeading, int mobileTrailing)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MaskingPolicy(idLeading, idTrailing, mobileLeading, mobileTrailing));
    }

    [Theory]
    [InlineData('0')]
    [InlineData('X')]
    [InlineData(' ')]
    [InlineData('\n')]
    [InlineData('\uD800')]
    public void The_mask_character_cannot_be_mistaken_for_content(char maskCharacter)
    {
        Assert.Throws<ArgumentException>(() => new MaskingPolicy(maskCharacter: maskCharacter));
    }

    [Fact]
    public void Empty_values_mask_to_empty_text()
    {
        Assert.Equal(string.Empty, MaskingPolicy.Default.Mask(default(CitizenId)));
        Assert.Equal(string.Empty, MaskingPolicy.Default.Mask(default(MobileNumber)));
        Assert.Equal(string.Empty, MaskingPolicy.Default.MaskText(null));
        Assert.Equal(string.Empty, MaskingPolicy.Default.MaskText(string.Empty));
    }

    [Theory]
    [InlineData("110105194912310021", "110105********0021")] // 18 characters: as a valid ID would show
    [InlineData("11010519491231002", "11010********1002")] // one short: one less in front
    [InlineData("110105491231002", "1101********002")]
    [InlineData("abcdefghijkl", "ab********kl")]
    [InlineData("138123", "******")] // 8 or fewer: all hidden
    [InlineData("12345678", "********")]
    [InlineData("123456789", "********9")]
    [InlineData("1234567890", "1********0")]
    public void Text_keeps_the_id_rule_but_always_hides_at_least_8_characters(string text, string expected)
    {
        Assert.Equal(expected, MaskingPolicy.Default.MaskText(text));
    }

    [Fact]
    public void Text_masking_never_splits_a_surrogate_pair()
    {
        // Twelve text elements, two of them outside the BMP.
        var masked = MaskingPolicy.Default.MaskText("𠀀bcdefghijk𠀁");
        Assert.Equal("𠀀b********k𠀁", masked);
    }
}
