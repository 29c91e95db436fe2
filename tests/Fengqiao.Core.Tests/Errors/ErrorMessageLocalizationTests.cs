using System.Reflection;
using Fengqiao.Core.Tests.TestSupport;
using Fengqiao.Errors;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Core.Tests.Errors;

public class ErrorMessageLocalizationTests
{
    // The kernel's own codes and the identity codes; other features test their own catalogues.
    private static readonly string[] KernelPrefixes = ["Storage.", "Jurisdiction.", "Access.", "Options.", "CitizenId.", "MobileNumber."];

    public static TheoryData<string> KernelCodes => new(
        typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(code => KernelPrefixes.Any(p => code.StartsWith(p, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal));

    [Fact]
    public void The_same_code_reads_in_english_or_chinese_by_the_ui_culture()
    {
        var english = MessageOf(() => JurisdictionCode.Parse("54O127"), "en");
        var chinese = MessageOf(() => JurisdictionCode.Parse("54O127"), "zh-CN");

        Assert.Contains("jurisdiction code", english, StringComparison.Ordinal);
        Assert.Contains("区划代码", chinese, StringComparison.Ordinal);
        Assert.NotEqual(english, chinese);
    }

    [Fact]
    public void Citizen_id_errors_are_localized()
    {
        var english = MessageOf(() => CitizenId.Parse("１１０１"), "en");
        var chinese = MessageOf(() => CitizenId.Parse("１１０１"), "zh-CN");

        Assert.Contains("half-width", english, StringComparison.Ordinal);
        Assert.Contains("全角", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_culture_falls_back_to_english()
    {
        Assert.Equal(
            MessageOf(() => CitizenId.Parse("1"), "en"),
            MessageOf(() => CitizenId.Parse("1"), "fr-FR"));
    }

    [Theory]
    [MemberData(nameof(KernelCodes))]
    public void Every_kernel_code_has_its_own_text_in_both_languages(string code)
    {
        string english, chinese;
        using (new CultureScope("en"))
        {
            english = ErrorMessages.Format(code, "a", "b", "c");
        }

        using (new CultureScope("zh-CN"))
        {
            chinese = ErrorMessages.Format(code, "a", "b", "c");
        }

        var identity = code.StartsWith("CitizenId.", StringComparison.Ordinal) || code.StartsWith("MobileNumber.", StringComparison.Ordinal);
        if (identity)
        {
            using (new CultureScope("en"))
            {
                english = IdentityMessages.Format(code, 1);
            }

            using (new CultureScope("zh-CN"))
            {
                chinese = IdentityMessages.Format(code, 1);
            }
        }

        Assert.NotEqual(code, english); // a missing text falls back to the code itself
        Assert.NotEqual(code, chinese);
        Assert.NotEqual(english, chinese);
        Assert.Contains(chinese, c => c is >= '\u4E00' and <= '\u9FFF');
    }

    private static string MessageOf(Action action, string culture)
    {
        using var scope = new CultureScope(culture);
        return Assert.Throws<ValidationException>(action).Message;
    }
}
