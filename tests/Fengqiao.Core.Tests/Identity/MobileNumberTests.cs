using Fengqiao.Errors;
using Fengqiao.Identity;

namespace Fengqiao.Core.Tests.Identity;

public class MobileNumberTests
{
    [Theory]
    [InlineData("13812345678")]
    [InlineData(" 13812345678 ")]
    [InlineData("138 1234 5678")]
    [InlineData("138-1234-5678")]
    [InlineData("+8613812345678")]
    [InlineData("+86 138 1234 5678")]
    [InlineData("+86-138-1234-5678")]
    [InlineData("8613812345678")]
    [InlineData("86 138 1234 5678")]
    [InlineData("0086 138 1234 5678")]
    public void Accepts_the_usual_ways_of_writing_a_number(string text)
    {
        var number = MobileNumber.Parse(text);
        Assert.Equal("13812345678", number.RevealUnmasked());
        Assert.Equal("138****5678", number.ToString());
    }

    [Theory]
    [InlineData("13012345678")]
    [InlineData("14512345678")]
    [InlineData("16612345678")]
    [InlineData("19912345678")]
    public void Accepts_second_digits_3_to_9(string text)
    {
        Assert.True(MobileNumber.TryParse(text, out var number, out var errorCode));
        Assert.Null(errorCode);
        Assert.Equal(text, number.RevealUnmasked());
    }

    [Theory]
    [InlineData(null, "MobileNumber.Empty")]
    [InlineData(" ", "MobileNumber.Empty")]
    [InlineData("１３８１２３４５６７８", "MobileNumber.FullWidthCharacter")]
    [InlineData("138 1234 567８", "MobileNumber.FullWidthCharacter")]
    [InlineData("138.1234.5678", "MobileNumber.InvalidCharacter")]
    [InlineData("(138)12345678", "MobileNumber.InvalidCharacter")]
    [InlineData("1381234567a", "MobileNumber.InvalidCharacter")]
    [InlineData("138+12345678", "MobileNumber.InvalidCharacter")]
    [InlineData("1381234567", "MobileNumber.Length")]
    [InlineData("138123456789", "MobileNumber.Length")]
    [InlineData("+86 1381234567", "MobileNumber.Length")]
    [InlineData("861381234567", "MobileNumber.Length")]
    [InlineData("12345678901234567890123", "MobileNumber.Length")]
    [InlineData("12812345678", "MobileNumber.Prefix")]
    [InlineData("23812345678", "MobileNumber.Prefix")]
    [InlineData("01012345678", "MobileNumber.Prefix")]
    [InlineData("+852 9123 4567", "MobileNumber.Prefix")] // Hong Kong: not a mainland number
    [InlineData("+1 13812345678", "MobileNumber.Prefix")]
    public void Refuses_with_a_stable_code(string? text, string expectedCode)
    {
        Assert.False(MobileNumber.TryParse(text, out var number, out var errorCode));
        Assert.Equal(expectedCode, errorCode);
        Assert.True(number.IsEmpty);
        if (text is not null)
        {
            var error = Assert.Throws<ValidationException>(() => MobileNumber.Parse(text));
            Assert.Equal(expectedCode, error.Code);
            Assert.Equal("mobileNumber", error.Field);
        }
    }

    [Fact]
    public void Equality_follows_the_digits_not_the_spelling()
    {
        var a = MobileNumber.Parse("+86 138 1234 5678");
        var b = MobileNumber.Parse("13812345678");
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != MobileNumber.Parse("13812345679"));
        Assert.False(a.Equals((object)"13812345678"));
    }

    [Fact]
    public void The_default_value_is_empty_and_reveals_nothing()
    {
        Assert.True(default(MobileNumber).IsEmpty);
        Assert.Equal(string.Empty, default(MobileNumber).ToString());
        Assert.Throws<InvalidOperationException>(() => default(MobileNumber).RevealUnmasked());
    }

    [Fact]
    public void Span_overload_agrees_with_the_string_one()
    {
        Assert.True(MobileNumber.TryParse("138-1234-5678".AsSpan(), out var number, out _));
        Assert.Equal(MobileNumber.Parse("13812345678"), number);
        Assert.True(MobileNumber.TryParse("13812345678", out var again));
        Assert.Equal(number, again);
    }
}
