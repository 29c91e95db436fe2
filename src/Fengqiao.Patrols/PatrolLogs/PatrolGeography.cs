using Ardalis.GuardClauses;
using Fengqiao.Grids.Locating;
using Fengqiao.Jurisdictions;
using Fengqiao.Patrols.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;

namespace Fengqiao.Patrols.PatrolLogs;

/// <summary>
/// Where a patrol went (巡逻覆盖): the grids it passed through, found with the grids module's
/// <see cref="GridLocator"/>, the distance walked in each, and the area it covered — its track
/// buffered by the width its kind watches.
/// </summary>
public static class PatrolGeography
{
    private static readonly GeometryFactory Planar = new();

    /// <summary>Lists the grids the track passed through, in the order first entered.</summary>
    /// <param name="patrol">The patrol.</param>
    /// <param name="locator">The locator over the grids valid on the patrol's date.</param>
    /// <returns>The grid codes; points outside every grid are skipped.</returns>
    public static IReadOnlyList<JurisdictionCode> GridsPassed(Patrol patrol, GridLocator locator)
    {
        Guard.Against.Null(patrol);
        Guard.Against.Null(locator);
        var seen = new HashSet<JurisdictionCode>();
        var order = new List<JurisdictionCode>();
        foreach (var leg in patrol.Legs)
        {
            foreach (var point in leg.Track)
            {
                if (locator.TryLocate(point.Position.Longitude, point.Position.Latitude, out var grid) && seen.Add(grid))
                {
                    order.Add(grid);
                }
            }
        }

        return order;
    }

    /// <summary>
    /// Splits the patrol's counted distance, time and person-hours by grid: each segment is credited to
    /// the grid holding its first point, or to <paramref name="fallback"/> when no grid holds it.
    /// </summary>
    /// <param name="patrol">The patrol.</param>
    /// <param name="locator">The locator, or null to credit everything to the fallback.</param>
    /// <param name="fallback">Where to credit segments outside every grid; the patrol's own jurisdiction when null.</param>
    /// <returns>Metres, seconds and person-seconds per grid.</returns>
    public static IReadOnlyDictionary<JurisdictionCode, GridShare> ByGrid(Patrol patrol, GridLocator? locator, JurisdictionCode? fallback = null)
    {
        Guard.Against.Null(patrol);
        var shares = new Dictionary<JurisdictionCode, GridShare>();
        var home = fallback ?? patrol.Jurisdiction;
        foreach (var segment in patrol.Segments())
        {
            if (!segment.Counts)
            {
                continue;
            }

            var grid = locator is not null && locator.TryLocate(segment.From.Position.Longitude, segment.From.Position.Latitude, out var found) ? found : home;
            var seconds = (segment.To.At - segment.From.At).TotalSeconds;
            shares.TryGetValue(grid, out var share);
            shares[grid] = new GridShare(share.Metres + segment.Metres, share.Seconds + seconds, share.PersonSeconds + (seconds * segment.Headcount));
        }

        if (shares.Count == 0)
        {
            shares[home] = default;
        }

        return shares;
    }

    /// <summary>
    /// Gets the area covered in square metres: each leg's track buffered by its kind's watch radius
    /// (<see cref="PatrolKinds.WatchRadiusMetres"/>), unioned. Computed in a local plane (metres east
    /// and north of the first point), which is exact enough for the tens of kilometres a patrol spans.
    /// </summary>
    /// <param name="patrol">The patrol.</param>
    /// <returns>The area.</returns>
    public static double AreaCoveredSquareMetres(Patrol patrol)
    {
        Guard.Against.Null(patrol);
        var origin = patrol.Legs[0].Track[0].Position;
        var parts = patrol.Legs.Select(l => Buffer(l.Track.Select(p => p.Position), origin, PatrolKinds.WatchRadiusMetres(l.Kind))).ToList();
        return parts.Count == 1 ? parts[0].Area : CascadedPolygonUnion.Union(parts).Area;
    }

    /// <summary>Buffers a track in the local plane around an origin.</summary>
    internal static Geometry Buffer(IEnumerable<GeoPosition> track, GeoPosition origin, double radiusMetres)
    {
        var coordinates = track.Select(p => Local(p, origin)).ToArray();
        Geometry line = coordinates.Length == 1 || coordinates.All(c => c.Equals2D(coordinates[0]))
            ? Planar.CreatePoint(coordinates[0])
            : Planar.CreateLineString(coordinates);
        return line.Buffer(radiusMetres, 4);
    }

    /// <summary>Projects a position to metres east and north of an origin (equirectangular on the ellipsoid's local radii).</summary>
    internal static Coordinate Local(GeoPosition p, GeoPosition origin)
    {
        const double a = 6378137.0;
        const double e2 = 0.00669437999014;
        var phi = origin.Latitude * Math.PI / 180;
        var sin = Math.Sin(phi);
        var w = Math.Sqrt(1 - (e2 * sin * sin));
        var meridian = a * (1 - e2) / (w * w * w);
        var normal = a / w;
        return new Coordinate(
            (p.Longitude - origin.Longitude) * Math.PI / 180 * normal * Math.Cos(phi),
            (p.Latitude - origin.Latitude) * Math.PI / 180 * meridian);
    }
}
