using NodaTime;

namespace Fengqiao.Patrols.Geo;

/// <summary>One timestamped position of a patrol's track (轨迹点).</summary>
/// <param name="At">When the position was taken.</param>
/// <param name="Position">Where.</param>
public readonly record struct TrackPoint(Instant At, GeoPosition Position)
{
    /// <summary>Makes a point from an instant and coordinates.</summary>
    /// <param name="at">When.</param>
    /// <param name="longitude">The longitude in degrees.</param>
    /// <param name="latitude">The latitude in degrees.</param>
    /// <returns>The point.</returns>
    public static TrackPoint Of(Instant at, double longitude, double latitude) => new(at, new GeoPosition(longitude, latitude));
}
