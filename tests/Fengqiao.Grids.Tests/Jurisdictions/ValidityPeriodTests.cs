using Fengqiao.Errors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Fengqiao.Grids.Tests.Jurisdictions;

public class ValidityPeriodTests
{
    private static readonly LocalDate Epoch = new(2020, 1, 1);

    [Fact]
    public void ValidTo_is_exclusive()
    {
        var period = new ValidityPeriod(new LocalDate(2024, 1, 1), new LocalDate(2025, 1, 1));

        Assert.True(period.Contains(new LocalDate(2024, 1, 1)));
        Assert.True(period.Contains(new LocalDate(2024, 12, 31)));
        Assert.False(period.Contains(new LocalDate(2025, 1, 1)));
        Assert.False(period.Contains(new LocalDate(2023, 12, 31)));
        Assert.Equal("[2024-01-01, 2025-01-01)", period.ToString());
        Assert.Equal("[2024-01-01, …)", ValidityPeriod.StartingOn(new LocalDate(2024, 1, 1)).ToString());
    }

    [Fact]
    public void An_empty_or_reversed_period_is_refused()
    {
        var error = Assert.Throws<ValidationException>(() => new ValidityPeriod(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 1)));
        Assert.Equal(GridErrorCodes.PeriodInvalid, error.Code);
    }

    [Property]
    public Property Two_periods_overlap_exactly_when_some_day_lies_in_both()
    {
        var gen =
            from a in Gen.Choose(0, 40)
            from aLength in Gen.Choose(0, 10)
            from b in Gen.Choose(0, 40)
            from bLength in Gen.Choose(0, 10)
            select (a, aLength, b, bLength);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var first = Make(t.a, t.aLength);
            var second = Make(t.b, t.bLength);
            var sharesDay = Enumerable.Range(0, 60).Select(i => Epoch.PlusDays(i)).Any(d => first.Contains(d) && second.Contains(d));
            return first.Overlaps(second) == sharesDay && second.Overlaps(first) == sharesDay;
        });
    }

    // Length 0 stands for an open period.
    private static ValidityPeriod Make(int start, int length) =>
        length == 0 ? ValidityPeriod.StartingOn(Epoch.PlusDays(start)) : new ValidityPeriod(Epoch.PlusDays(start), Epoch.PlusDays(start + length));
}
