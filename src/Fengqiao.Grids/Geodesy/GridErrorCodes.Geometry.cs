namespace Fengqiao.Grids;

// The codes of grid geometry: GeoJSON import, geometry validation, coverage checks.
public static partial class GridErrorCodes
{
    /// <summary>The GeoJSON input is not valid JSON.</summary>
    public const string GeoJsonNotJson = "GeoJson.NotJson";

    /// <summary>The GeoJSON input is not a FeatureCollection with a <c>features</c> array.</summary>
    public const string GeoJsonNotFeatureCollection = "GeoJson.NotFeatureCollection";

    /// <summary>An element of <c>features</c> is not a GeoJSON Feature object.</summary>
    public const string GeoJsonFeatureMalformed = "GeoJson.FeatureMalformed";

    /// <summary>A feature has no <c>code</c> property.</summary>
    public const string GeoJsonCodeMissing = "GeoJson.CodeMissing";

    /// <summary>A feature's <c>code</c> is not a string holding a valid jurisdiction code.</summary>
    public const string GeoJsonCodeInvalid = "GeoJson.CodeInvalid";

    /// <summary>A feature's <c>code</c> is a valid division code but not the 15-digit grid code required.</summary>
    public const string GeoJsonCodeNotGrid = "GeoJson.CodeNotGrid";

    /// <summary>A feature's <c>name</c> is present but not a string.</summary>
    public const string GeoJsonNameInvalid = "GeoJson.NameInvalid";

    /// <summary>A feature has no geometry (missing or <c>null</c>).</summary>
    public const string GeoJsonGeometryMissing = "GeoJson.GeometryMissing";

    /// <summary>A feature's geometry is not a Polygon or MultiPolygon (a Point, a LineString…).</summary>
    public const string GeoJsonGeometryNotPolygonal = "GeoJson.GeometryNotPolygonal";

    /// <summary>A geometry's <c>coordinates</c> are not nested arrays of [longitude, latitude] numbers.</summary>
    public const string GeoJsonCoordinatesMalformed = "GeoJson.CoordinatesMalformed";

    /// <summary>A polygon ring's first and last positions differ.</summary>
    public const string GeoJsonRingNotClosed = "GeoJson.RingNotClosed";

    /// <summary>A polygon ring has fewer than four positions.</summary>
    public const string GeoJsonRingTooShort = "GeoJson.RingTooShort";

    /// <summary>A grid boundary is empty.</summary>
    public const string GeometryEmpty = "GridGeometry.Empty";

    /// <summary>A position lies outside longitude −180..180 or latitude −90..90, or is not a finite number.</summary>
    public const string GeometryCoordinateOutOfRange = "GridGeometry.CoordinateOutOfRange";

    /// <summary>A polygon is not valid (self-intersecting ring, hole outside its shell…); the message gives the reason.</summary>
    public const string GeometryInvalid = "GridGeometry.Invalid";

    /// <summary>The same code appears on more than one grid of a set.</summary>
    public const string GeometryDuplicateCode = "GridGeometry.DuplicateCode";

    /// <summary>A grid's code does not lie under the parent division given to a coverage check.</summary>
    public const string CoverageGridNotInParent = "Coverage.GridNotInParent";
}
