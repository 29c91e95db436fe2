using Fengqiao.Errors;
using NetTopologySuite.Geometries;

namespace Fengqiao.Grids;

/// <summary>Checks and normalizes grid boundaries: WGS-84 polygons with coordinates in range.</summary>
internal static class GridBoundary
{
    public const int Wgs84 = 4326;

    /// <summary>Returns a private copy of a valid boundary with SRID 4326, or throws.</summary>
    public static Geometry Normalize(string gridCode, Geometry? boundary)
    {
        var reason = Check(boundary);
        if (reason is not null)
        {
            throw GridMessages.Invalid(GridErrorCodes.BoundaryInvalid, "boundary", gridCode, reason);
        }

        // Copied so that a caller changing its geometry afterwards cannot change the grid's history.
        var copy = boundary!.Copy();
        copy.SRID = Wgs84;
        return copy;
    }

    public static string? Check(Geometry? boundary)
    {
        if (boundary is null || boundary.IsEmpty)
        {
            return "empty";
        }

        if (boundary is not (Polygon or MultiPolygon))
        {
            return $"a {boundary.GeometryType} is not a polygon or multipolygon";
        }

        if (boundary.SRID is not (0 or Wgs84))
        {
            return $"SRID {boundary.SRID} is not WGS-84 (4326)";
        }

        var envelope = boundary.EnvelopeInternal;
        if (envelope.MinX < -180 || envelope.MaxX > 180 || envelope.MinY < -90 || envelope.MaxY > 90)
        {
            return "coordinates are outside longitude -180..180 / latitude -90..90";
        }

        return boundary.IsValid ? null : "the geometry is not valid (self-intersection or bad ring)";
    }

    public static ValidationException Invalid(string gridCode, string reason) =>
        GridMessages.Invalid(GridErrorCodes.BoundaryInvalid, "boundary", gridCode, reason);
}
