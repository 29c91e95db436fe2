using Fengqiao.Grids.GeoJson;
using Fengqiao.Jurisdictions;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Fengqiao.Grids.Tests.GeoJson;

/// <summary>Grids and shapes for tests, from WKT or as lon/lat boxes.</summary>
internal static class TestGrids
{
    public static readonly WKTReader Wkt = new(new NtsGeometryServices(new PrecisionModel(), 4326));

    public static readonly JurisdictionCode VillageCode = JurisdictionCode.Parse(GeoJsonText.Village);

    public static Geometry Shape(string wkt) => Wkt.Read(wkt);

    /// <summary>A box from (west, south) with sides in degrees.</summary>
    public static Polygon Box(double west, double south, double width, double height) =>
        (Polygon)new GeometryFactory(new PrecisionModel(), 4326).ToGeometry(new Envelope(west, west + width, south, south + height));

    public static GridFeature Grid(int number, Geometry boundary, string? name = null, int? households = null) =>
        new(
            JurisdictionCode.Parse(GeoJsonText.GridCode(number)),
            name ?? $"网格{number}",
            boundary,
            households is null ? null : new Dictionary<string, object?> { [GridFeature.ExpectedHouseholdsProperty] = (long)households });

    public static GridFeature Grid(int number, string wkt) => Grid(number, Shape(wkt));

    public static GridFeature Village(Geometry boundary) => new(VillageCode, "枫源村", boundary);
}
