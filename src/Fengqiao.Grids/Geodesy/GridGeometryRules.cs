using System.Globalization;
using Fengqiao.Errors;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace Fengqiao.Grids.Geodesy;

/// <summary>
/// The rules a grid boundary (网格边界) must satisfy before it is imported, checked or indexed:
/// polygonal, not empty, finite WGS-84 lon/lat positions, and valid in the OGC sense.
/// </summary>
internal static class GridGeometryRules
{
    /// <summary>The SRID of WGS-84 longitude/latitude, the only coordinate system grids use.</summary>
    public const int Wgs84Srid = 4326;

    /// <summary>Creates geometries in WGS-84 lon/lat with a floating precision model.</summary>
    public static readonly GeometryFactory Factory = new(new PrecisionModel(), Wgs84Srid);

    /// <summary>Checks a boundary; returns the first problem, or <see langword="null"/> when it may be used.</summary>
    /// <param name="boundary">The boundary.</param>
    /// <param name="field">Where the boundary sits in the input, for the problem's field and message.</param>
    /// <param name="checkValidity">Whether to run the (costlier) OGC validity check.</param>
    public static ValidationException? Check(Geometry boundary, string field, bool checkValidity = true)
    {
        if (boundary.IsEmpty)
        {
            return GridGeometryMessages.Exception(GridErrorCodes.GeometryEmpty, field, field);
        }

        var outOfRange = FirstPositionOutOfRange(boundary);
        if (outOfRange is { } position)
        {
            return GridGeometryMessages.Exception(
                GridErrorCodes.GeometryCoordinateOutOfRange, field, field, Number(position.X), Number(position.Y));
        }

        if (!checkValidity)
        {
            return null;
        }

        var error = new IsValidOp(boundary).ValidationError;
        if (error is null)
        {
            return null;
        }

        var reasonKey = "GridGeometry.Reason." + error.ErrorType;
        var reason = GridGeometryMessages.Format(reasonKey);
        if (string.Equals(reason, reasonKey, StringComparison.Ordinal))
        {
            reason = error.Message;
        }

        var at = error.Coordinate;
        return GridGeometryMessages.Exception(
            GridErrorCodes.GeometryInvalid, field, field, reason, Number(at?.X ?? double.NaN), Number(at?.Y ?? double.NaN));
    }

    /// <summary>Gets whether a longitude/latitude pair is finite and inside −180..180 / −90..90.</summary>
    public static bool IsInRange(double longitude, double latitude) =>
        longitude is >= -180 and <= 180 && latitude is >= -90 and <= 90;

    /// <summary>Formats a coordinate for a message: invariant culture, round-trip precision.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static Coordinate? FirstPositionOutOfRange(Geometry boundary)
    {
        foreach (var coordinate in boundary.Coordinates)
        {
            // NaN fails both range tests, so non-finite positions are refused here too.
            if (!IsInRange(coordinate.X, coordinate.Y))
            {
                return coordinate;
            }
        }

        return null;
    }
}
