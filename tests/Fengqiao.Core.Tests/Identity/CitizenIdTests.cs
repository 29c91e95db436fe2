using Fengqiao.Errors;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Core.Tests.Identity;

public class CitizenIdTests
{
    // The worked examples of GB 11643-1999.
    private const string Beijing = "11010519491231002X";
    private const string Guangdong = "440524188001010014";

    public static TheoryData<string> WorkedExamples => [Beijing, Guangdong];

    [Fact]
    public void The_standards_first_example_is_a_woman_born_on_1949_12_31_in_Chaoyang()
    {
        var id = CitizenId.Parse(Beijing);

        Assert.Equal(new LocalDate(1949, 12, 31), id.BirthDate);
        Assert.Equal(Sex.Female, id.Sex);
        Assert.Equal("110105", id.AddressCode);
        Assert.Equal(JurisdictionCode.Parse("110105"), id.AddressJurisdiction);
        Assert.False(id.IsEmpty);
        Assert.Equal(Beijing, id.RevealUnmasked());
    }

    [Fact]
    public void The_standards_second_example_is_a_man_born_on_1880_01_01()
    {
        var id = CitizenId.Parse(Guangdong);

        Assert.Equal(new LocalDate(1880, 1, 1), id.BirthDate);
        Assert.Equal(Sex.Male, id.Sex);
        Assert.Equal("440524", id.AddressCode);
        Assert.Equal(Guangdong, id.RevealUnmasked());
    }

    [Fact]
    public void A_lowercase_x_is_accepted_and_kept_as_uppercase()
    {
        Assert.True(CitizenId.TryParse("11010519491231002x", out var id, out var errorCode));
        Assert.Null(errorCode);
        Assert.Equal(Beijing, id.RevealUnmasked());
        Assert.Equal(CitizenId.Parse(Beijing), id);
    }

    [Theory]
    [InlineData(" 11010519491231002X")]
    [InlineData("11010519491231002X\t")]
    [InlineData("\u00A011010519491231002X\r\n")]
    [InlineData("\u300011010519491231002X\u3000")] // ideographic spaces around the number
    public void Surrounding_whitespace_is_ignored(string text)
    {
        Assert.Equal(Beijing, CitizenId.Parse(text).RevealUnmasked());
    }

    [Theory]
    [InlineData("１１０１０５１９４９１２３１００２Ｘ", 1)]
    [InlineData("11010519491231002Ｘ", 18)]
    [InlineData("110105１9491231002X", 7)]
    [InlineData(" 110105１9491231002X", 8)]
    [InlineData("1101051949\u30001231002X", 11)] // an ideographic space inside the number
    public void Full_width_characters_have_a_code_of_their_own(string text, int position)
    {
        Assert.False(CitizenId.TryParse(text, out var id, out var errorCode));
        Assert.Equal(ErrorCodes.CitizenIdFullWidthCharacter, errorCode);
        Assert.True(id.IsEmpty);

        var error = Assert.Throws<ValidationException>(() => CitizenId.Parse(text));
        Assert.Equal(ErrorCodes.CitizenIdFullWidthCharacter, error.Code);
        Assert.Equal("citizenId", error.Field);
        Assert.Contains(position.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Missing_input_is_empty(string? text)
    {
        Assert.False(CitizenId.TryParse(text, out _, out var errorCode));
        Assert.Equal(ErrorCodes.CitizenIdEmpty, errorCode);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1101051949123100")]
    [InlineData("11010519491231002")]
    [InlineData("11010519491231002X1")]
    [InlineData("110105194912310021234")]
    [InlineData("11010549123100X")] // 15 characters, but not 15 digits
    public void Wrong_lengths_are_refused(string text)
    {
        Assert.False(CitizenId.TryParse(text, out _, out var errorCode));
        Assert.Equal(ErrorCodes.CitizenIdLength, errorCode);
    }

    [Fact]
    public void Fifteen_digits_are_recognised_as_a_first_generation_number()
    {
        Assert.False(CitizenId.TryParse("110105491231002", out _, out var errorCode));
        Assert.Equal(ErrorCodes.CitizenIdFirstGeneration, errorCode);
    }

    [Theory]
    [InlineData("X10105194912310020")]
    [InlineData("1101051949123100X2")]
    [InlineData("11010519491231002Y")]
    [InlineData("1101051949-1231002")]
    [InlineData("11010519491231002?")]
    [InlineData("110105 19491231002")]
    public void Other_characters_are_refused(string text)
    {
        Assert.False(CitizenId.TryParse(text, out _, out var errorCode));
        Assert.Equal(ErrorCodes.CitizenIdInvalidCharacter, errorCode);
    }

    [Theory]
    [InlineData("000000")]
    [InlineData("100105")]
    [InlineData("090105")]
    public void Address_codes_below_province_11_are_refused(string address)
    {
        var text = CitizenIdOracle.Complete(address + "19491231002");
        Assert.False(CitizenId.TryParse(text, out _, out var errorCode));
        Assert.Equal(ErrorCodes.CitizenIdAddressCode, errorCode);
    }

    [Theory]
    [InlineData("110000")] // a province as address code: structurally a division code
    [InlineData("540127")]
    [InlineData("990101")]
    public void Any_address_code_from_province_11_up_is_accepted(string address)
    {
        var id = CitizenId.Parse(CitizenIdOracle.Complete(address + "19491231002"));
        Assert.Equal(address, id.AddressCode);
    }

    [Fact]
    public void An_address_code_that_is_no_jurisdiction_code_still_parses_but_has_no_jurisdiction()
    {
        // 11 00 05: a county part without a prefecture part, never a GB/T 2260 code.
        var id = CitizenId.Parse(CitizenIdOracle.Complete("110005" + "19491231002"));
        Assert.Equal("110005", id.AddressCode);
        Assert.Null(id.AddressJurisdiction);
    }

    [Fact]
    public void An_abolished_division_stays_a_valid_address_code()
    {
        // 110103 Chongwen district was merged into Dongcheng in 2010; people registered there keep the code.
        var id = CitizenId.Parse(CitizenIdOracle.Complete("110103" + "19600101001"));
        Assert.Equal(JurisdictionCode.Parse("110103"), id.AddressJurisdiction);
    }

    [Theory]
    [InlineData("19490230")] // February 30
    [InlineData("19491301")] // month 13
    [InlineData("19490001")] // month 0
    [InlineData("19490100")] // day 0
    [InlineData("19490431")] // April 31
    [InlineData("19490229")] // 1949 is not a leap year
    [InlineData("19000229")] // 1900 is not a leap year (divisible by 100)
    [InlineData("21000229")]
    [InlineData("17991231")] // before 1800
    [InlineData("00000101")]
    public void Impossible_birth_dates_are_refused(string date)
    {
        var text = CitizenIdOracle.Complete("110105" + date + "002");
        Assert.False(CitizenId.TryParse(text, out _, out var errorCode));
        Assert.Equal(ErrorCodes.CitizenIdBirthDate, errorCode);
    }

    [Theory]
    [InlineData("19480229", 1948, 2, 29)]
    [InlineData("20000229", 2000, 2, 29)] // divisible by 400
    [InlineData("18000101", 1800, 1, 1)]
    [InlineData("20241231", 2024, 12, 31)]
    public void Leap_days_and_the_edges_of_the_range_are_accepted(string date, int year, int month, int day)
    {
        var id = CitizenId.Parse(CitizenIdOracle.Complete("110105" + date + "002"));
        Assert.Equal(new LocalDate(year, month, day), id.BirthDate);
    }

    [Fact]
    public void A_wrong_check_character_is_refused()
    {
        Assert.False(CitizenId.TryParse("110105194912310021", out _, out var errorCode));
        Assert.Equal(ErrorCodes.CitizenIdCheckCharacter, errorCode);
        var error = Assert.Throws<ValidationException>(() => CitizenId.Parse("110105194912310021"));
        Assert.Equal(ErrorCodes.CitizenIdCheckCharacter, error.Code);
    }

    [Theory]
    [MemberData(nameof(WorkedExamples))]
    public void Every_single_character_substitution_is_refused(string valid)
    {
        const string alphabet = "0123456789X";
        var refused = 0;
        for (var position = 0; position < valid.Length; position++)
        {
            foreach (var replacement in alphabet)
            {
                if (replacement == valid[position])
                {
                    continue;
                }

                var mutated = string.Concat(valid.AsSpan(0, position), replacement.ToString(), valid.AsSpan(position + 1));
                Assert.False(CitizenId.TryParse(mutated, out _, out var errorCode), $"substitution at {position} was accepted");
                Assert.NotNull(errorCode);
                refused++;
            }
        }

        Assert.Equal(18 * 10, refused); // every position, every other character of the alphabet
    }

    [Theory]
    [MemberData(nameof(WorkedExamples))]
    public void Every_swap_of_two_different_neighbouring_characters_is_refused(string valid)
    {
        var swaps = 0;
        for (var position = 0; position < valid.Length - 1; position++)
        {
            if (valid[position] == valid[position + 1])
            {
                continue;
            }

            var chars = valid.ToCharArray();
            (chars[position], chars[position + 1]) = (chars[position + 1], chars[position]);
            Assert.False(CitizenId.TryParse(new string(chars), out _, out _), $"swap at {position} was accepted");
            swaps++;
        }

        Assert.True(swaps >= 10, "the example has too few distinct neighbours for the test to mean anything");
    }

    [Fact]
    public void The_first_generation_number_of_the_standards_example_upgrades_to_it()
    {
        var id = CitizenId.FromFirstGeneration("110105491231002");
        Assert.Equal(Beijing, id.RevealUnmasked());
        Assert.Equal(new LocalDate(1949, 12, 31), id.BirthDate);

        Assert.True(CitizenId.TryFromFirstGeneration(" 110105491231002 ", out var again, out var errorCode));
        Assert.Null(errorCode);
        Assert.Equal(id, again);
    }

    [Theory]
    [InlineData("11010549123100", "CitizenId.Length")]
    [InlineData("11010519491231002X", "CitizenId.Length")] // already 18 characters: use Parse
    [InlineData("11010549123100X", "CitizenId.InvalidCharacter")] // first-generation numbers have no check character
    [InlineData("110105490230002", "CitizenId.BirthDate")] // 1949-02-30
    [InlineData("010105491231002", "CitizenId.AddressCode")]
    [InlineData("１１０１０５４９１２３１００２", "CitizenId.FullWidthCharacter")]
    [InlineData("", "CitizenId.Empty")]
    public void Invalid_first_generation_numbers_are_refused(string text, string expectedCode)
    {
        Assert.False(CitizenId.TryFromFirstGeneration(text, out var id, out var errorCode));
        Assert.Equal(expectedCode, errorCode);
        Assert.True(id.IsEmpty);
        Assert.Equal(expectedCode, Assert.Throws<ValidationException>(() => CitizenId.FromFirstGeneration(text)).Code);
    }

    [Fact]
    public void Equality_follows_the_number()
    {
        var a = CitizenId.Parse(Beijing);
        var b = CitizenId.Parse("11010519491231002x");
        var c = CitizenId.Parse(Guangdong);

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != c);
        Assert.False(a.Equals((object)c));
        Assert.NotEqual(default, a);
        Assert.Equal(2, new HashSet<CitizenId> { a, b, c }.Count);
    }

    [Fact]
    public void The_default_value_is_empty_and_reveals_nothing()
    {
        var empty = default(CitizenId);
        Assert.True(empty.IsEmpty);
        Assert.Equal(string.Empty, empty.ToString());
        Assert.Throws<InvalidOperationException>(() => empty.BirthDate);
        Assert.Throws<InvalidOperationException>(() => empty.Sex);
        Assert.Throws<InvalidOperationException>(() => empty.AddressCode);
        Assert.Throws<InvalidOperationException>(() => empty.RevealUnmasked());
    }

    [Fact]
    public void Parse_guards_against_null()
    {
        Assert.Throws<ArgumentNullException>(() => CitizenId.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => CitizenId.FromFirstGeneration(null!));
    }

    [Fact]
    public void Span_overloads_agree_with_the_string_ones()
    {
        Assert.True(CitizenId.TryParse(("  " + Beijing).AsSpan(), out var id));
        Assert.Equal(CitizenId.Parse(Beijing), id);
        Assert.False(CitizenId.TryParse("110105194912310021".AsSpan(), out _, out var errorCode));
        Assert.Equal(ErrorCodes.CitizenIdCheckCharacter, errorCode);
    }
}
