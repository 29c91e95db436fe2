using Fengqiao.Grids.Locating;
using NetTopologySuite.Algorithm;

namespace Fengqiao.Grids.Tests.Locating;

public class ExactOrientationTests
{
    [Fact]
    public void Agrees_with_double_double_arithmetic_on_nearly_collinear_points()
    {
        var random = new Random(11);
        var disagreements = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var (x1, y1) = (120 + random.NextDouble(), 30 + random.NextDouble());
            var (x2, y2) = (120 + random.NextDouble(), 30 + random.NextDouble());
            var t = random.NextDouble();

            // A point on the segment, rounded to doubles: within an ulp or two of the line.
            var x = x1 + (t * (x2 - x1));
            var y = y1 + (t * (y2 - y1));

            var exact = ExactOrientation.ExactSign(x1, y1, x2, y2, x, y);
            Assert.Equal(exact, ExactOrientation.Sign(x1, y1, x2, y2, x, y));
            if (exact != CGAlgorithmsDD.OrientationIndex(x1, y1, x2, y2, x, y))
            {
                disagreements++;
            }
        }

        Assert.Equal(0, disagreements);
    }

    [Theory]
    [InlineData(0, 0, 1, 1, 0.5, 0.5, 0)]
    [InlineData(0, 0, 1, 1, 0.5, 0.5000000000000001, 1)]
    [InlineData(0, 0, 1, 1, 0.5000000000000001, 0.5, -1)]
    [InlineData(120.125, 30.25, 120.625, 30.75, 120.375, 30.5, 0)]
    [InlineData(120.125, 30.25, 120.625, 30.75, 120.375, 30.500000000000004, 1)]
    [InlineData(9.332636185032189E-302, 0, 1.8665272370064378E-301, 9.332636185032189E-302, 2.7997908555096566E-301, 1.8665272370064378E-301, 0)]
    public void Decides_exact_cases_exactly(double x1, double y1, double x2, double y2, double x, double y, int sign)
    {
        Assert.Equal(sign, ExactOrientation.Sign(x1, y1, x2, y2, x, y));
        Assert.Equal(sign, ExactOrientation.ExactSign(x1, y1, x2, y2, x, y));
    }
}
