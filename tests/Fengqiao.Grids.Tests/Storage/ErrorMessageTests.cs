using System.Globalization;
using System.Resources;

namespace Fengqiao.Grids.Tests.Storage;

public class ErrorMessageTests
{
    public static TheoryData<string> Codes => new(
        GridErrorCodes.PeriodInvalid,
        GridErrorCodes.ChangeOutOfOrder,
        GridErrorCodes.Ended,
        GridErrorCodes.LevelMismatch,
        GridErrorCodes.NameRequired,
        GridErrorCodes.BoundaryInvalid,
        GridErrorCodes.CountNegative,
        GridErrorCodes.LineageInvalid,
        GridErrorCodes.AreaOutsideBeat,
        GridErrorCodes.AreaAlreadyCovered,
        GridErrorCodes.AreaNotCovered,
        GridErrorCodes.RoleLevelInvalid,
        GridErrorCodes.AssignmentOverlap,
        GridErrorCodes.AssignmentNotFound,
        GridErrorCodes.GridAdviserTaken,
        GridErrorCodes.GridAdviserBusy,
        GridErrorCodes.StateSchemaUnsupported,
        GridErrorCodes.StateInvalid,
        GridErrorCodes.SeedInvalid);

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_has_an_English_and_a_Chinese_message(string code)
    {
        var resources = new ResourceManager("Fengqiao.Grids.GridMessages", typeof(GridErrorCodes).Assembly);

        var english = resources.GetString(code, CultureInfo.GetCultureInfo("en"));
        var chinese = resources.GetString(code, CultureInfo.GetCultureInfo("zh-CN"));

        Assert.False(string.IsNullOrWhiteSpace(english));
        Assert.False(string.IsNullOrWhiteSpace(chinese));
        Assert.NotEqual(english, chinese);
    }

    [Fact]
    public void Messages_follow_the_current_UI_culture()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            var error = Assert.Throws<Errors.ValidationException>(() => new ValidityPeriod(new NodaTime.LocalDate(2024, 1, 2), new NodaTime.LocalDate(2024, 1, 1)));
            Assert.Contains("有效期", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
