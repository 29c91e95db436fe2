using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Fengqiao.Core.Tests.TestSupport;
using Fengqiao.Errors;
using Fengqiao.Identity;

namespace Fengqiao.Core.Tests.Identity;

/// <summary>
/// A canary number is pushed through every way a value can turn into text; its raw digits must
/// never come out, and error messages must not carry any four consecutive characters of the input.
/// </summary>
public class PersonalDataCanaryTests
{
    private const string Canary = "540127198706154325";
    private const string CanaryBirthDate = "19870615";
    private const string CanaryMobile = "13987654321";

    // Inputs that fail each rule, all derived from the canary.
    public static TheoryData<string> RefusedVariants => new()
    {
        "54012719870615432",                 // length
        "540127870615432",                   // first generation
        "５４０１２７１９８７０６１５４３２５", // full width
        "5401271987061543X5",                // invalid character
        "040127198706154325",                // address code
        "540127198706314325",                // birth date (June 31)
        "540127198706154321",                // check character
    };

    public static TheoryData<string> RefusedMobiles => new()
    {
        "1398765432", "139876543210", "12987654321", "139-8765-432a", "１３９８７６５４３２１",
    };

    [Fact]
    public void Formatting_a_citizen_id_never_shows_the_raw_number()
    {
        var id = CitizenId.Parse(Canary);
        object boxed = id;
        string[] renderings =
        [
            id.ToString(),
            $"{id}",
            string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}", id),
            boxed.ToString()!,
            string.Join(",", new[] { id }),
            JsonSerializer.Serialize(id),
            JsonSerializer.Serialize(new { Id = id, Ids = new[] { id } }),
        ];

        foreach (var text in renderings)
        {
            Assert.DoesNotContain(Canary, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(CanaryBirthDate, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Formatting_a_mobile_number_never_shows_the_raw_number()
    {
        var number = MobileNumber.Parse(CanaryMobile);
        foreach (var text in new[] { number.ToString(), $"{number}", JsonSerializer.Serialize(new { number }) })
        {
            Assert.DoesNotContain(CanaryMobile, text, StringComparison.Ordinal);
            Assert.DoesNotContain("8765", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(typeof(CitizenId))]
    [InlineData(typeof(MobileNumber))]
    public void The_debugger_shows_the_masked_form(Type type)
    {
        var display = type.GetCustomAttribute<DebuggerDisplayAttribute>();
        Assert.NotNull(display);
        Assert.Equal("{ToString(),nq}", display.Value);
    }

    [Theory]
    [MemberData(nameof(RefusedVariants))]
    public void Citizen_id_error_messages_carry_no_digits_of_the_input(string text)
    {
        foreach (var culture in CultureScope.Both)
        {
            using var scope = new CultureScope(culture);
            var error = Assert.Throws<ValidationException>(() => CitizenId.Parse(text));
            AssertCarriesNothingOf(text, error.Message);
            Assert.DoesNotContain(text, error.ToString(), StringComparison.Ordinal); // the stack trace has line numbers

            var json = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CitizenId>(JsonSerializer.Serialize(text)));
            AssertCarriesNothingOf(text, json.Message);
        }
    }

    [Fact]
    public void First_generation_error_messages_carry_no_digits_of_the_input()
    {
        const string text = "540127870631432";
        var error = Assert.Throws<ValidationException>(() => CitizenId.FromFirstGeneration(text));
        Assert.Equal(ErrorCodes.CitizenIdBirthDate, error.Code);
        AssertCarriesNothingOf(text, error.Message);
    }

    [Theory]
    [MemberData(nameof(RefusedMobiles))]
    public void Mobile_number_error_messages_carry_no_digits_of_the_input(string text)
    {
        foreach (var culture in CultureScope.Both)
        {
            using var scope = new CultureScope(culture);
            var error = Assert.Throws<ValidationException>(() => MobileNumber.Parse(text));
            AssertCarriesNothingOf(text, error.Message);
        }
    }

    /// <summary>Asserts that no four consecutive characters of the input (in half-width form) appear in the text.</summary>
    private static void AssertCarriesNothingOf(string input, string text)
    {
        var halfWidth = string.Concat(input.Select(c => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c));
        foreach (var form in new[] { input, halfWidth })
        {
            for (var i = 0; i + 4 <= form.Length; i++)
            {
                Assert.False(text.Contains(form.Substring(i, 4), StringComparison.OrdinalIgnoreCase), $"the text carries part of the input: {text}");
            }
        }
    }
}
