using Fengqiao.Grids.Geodesy;
using static Fengqiao.Grids.Tests.GeoJson.TestGrids;

namespace Fengqiao.Grids.Tests.Coverage;

public class GeodesicAreaTests
{
    // Reference values: Δλ · ∫ M(φ)·N(φ)·cos φ dφ on WGS-84 (a = 6378137, f = 1/298.257223563),
    // integrated numerically to 40 digits with mpmath — independent of the closed form under test.
    private const double Box30Hundredth = 1_069_521.173268510;
    private const double Box30Thousandth = 10_695.687027970;
    private const double WorldOctant = 63_758_202_715_511.06;

    [Fact]
    public void A_hundredth_degree_box_at_latitude_30_has_its_ellipsoidal_area()
    {
        var area = GeodesicArea.SquareMetres(Box(120, 30, 0.01, 0.01));
        Assert.Equal(Box30Hundredth, area, 0.001);
    }

    [Fact]
    public void A_thousandth_degree_box_at_latitude_30_has_its_ellipsoidal_area()
    {
        var area = GeodesicArea.SquareMetres(Box(120.5, 30, 0.001, 0.001));
        Assert.Equal(Box30Thousandth, area, 0.0001);
    }

    [Fact]
    public void An_octant_of_the_earth_is_an_eighth_of_its_surface()
    {
        var area = GeodesicArea.SquareMetres(Box(0, 0, 90, 90));
        Assert.Equal(1, area / WorldOctant, 12);
    }

    [Fact]
    public void Orientation_does_not_matter_and_holes_subtract()
    {
        var counterClockwise = Shape("POLYGON ((120 30, 120.01 30, 120.01 30.01, 120 30.01, 120 30))");
        var clockwise = Shape("POLYGON ((120 30, 120 30.01, 120.01 30.01, 120.01 30, 120 30))");
        var withHole = Shape("POLYGON ((120 30, 120.01 30, 120.01 30.01, 120 30.01, 120 30), (120.002 30.002, 120.002 30.003, 120.003 30.003, 120.003 30.002, 120.002 30.002))");

        Assert.Equal(GeodesicArea.SquareMetres(counterClockwise), GeodesicArea.SquareMetres(clockwise), 6);
        Assert.Equal(
            GeodesicArea.SquareMetres(counterClockwise) - GeodesicArea.SquareMetres(Box(120.002, 30.002, 0.001, 0.001)),
            GeodesicArea.SquareMetres(withHole),
            4);
    }

    [Fact]
    public void Multipolygons_sum_their_parts_and_lines_have_no_area()
    {
        var two = Shape("MULTIPOLYGON (((120 30, 120.01 30, 120.01 30.01, 120 30.01, 120 30)), ((121 30, 121.01 30, 121.01 30.01, 121 30.01, 121 30)))");

        Assert.Equal(2 * Box30Hundredth, GeodesicArea.SquareMetres(two), 0.01);
        Assert.Equal(0, GeodesicArea.SquareMetres(Shape("LINESTRING (120 30, 121 31)")));
    }

    [Fact]
    public void Area_shrinks_towards_the_poles()
    {
        var equator = GeodesicArea.SquareMetres(Box(120, 0, 0.01, 0.01));
        var tibet = GeodesicArea.SquareMetres(Box(91, 29.6, 0.01, 0.01));
        var arctic = GeodesicArea.SquareMetres(Box(20, 70, 0.01, 0.01));

        Assert.True(equator > tibet && tibet > arctic);
    }
}
