using Fengqiao.Patrols.Figures;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Fengqiao.Patrols.Tests.Figures;

public class PercentileTests
{
    [Property]
    public Property Selection_agrees_with_sorting() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Choose(0, 10_000)).ToArbitrary(),
            Gen.Choose(0, 100).ToArbitrary(),
            (values, p) =>
            {
                var data = values.Select(v => v / 10.0).ToArray();
                var sorted = data.Order().ToArray();
                var expected = sorted.Length == 0 ? (double?)null : sorted[Math.Max(1, (int)Math.Ceiling(p / 100.0 * sorted.Length)) - 1];
                return Percentiles.Select(data, p / 100.0) == expected;
            });

    [Fact]
    public void Median_and_ninetieth_percentile_use_the_nearest_rank()
    {
        double[] minutes = [9, 1, 8, 2, 7, 3, 6, 4, 5, 10];

        Assert.Equal(5, Percentiles.Select(minutes.ToArray(), 0.5));
        Assert.Equal(9, Percentiles.Select(minutes.ToArray(), 0.9));
        Assert.Equal(1, Percentiles.Select(minutes.ToArray(), 0));
        Assert.Null(Percentiles.Select([], 0.5));
    }
}
