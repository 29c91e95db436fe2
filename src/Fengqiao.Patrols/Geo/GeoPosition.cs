using System.Globalization;

namespace Fengqiao.Patrols.Geo;

/// <summary>A WGS-84 position (经纬度), longitude first as in GeoJSON.</summary>
/// <param name="Longitude">The longitude in degrees, −180 to 180.</param>
/// <param name="Latitude">The latitude in degrees, −90 to 90.</param>
public readonly record struct GeoPosition(double Longitude, double Latitude)
{
    /// <summary>Gets a value indicating whether both coordinates are finite and within WGS-84 ranges.</summary>
    public bool IsInRange =>
        double.IsFinite(Longitude) && double.IsFinite(Latitude) && Longitude is >= -180 and <= 180 && Latitude is >= -90 and <= 90;

    /// <summary>Gets the geodesic distance to another position, in metres.</summary>
    /// <param name="other">The other position.</param>
    /// <returns>The distance on the WGS-84 ellipsoid.</returns>
    public double DistanceTo(GeoPosition other) => GeodesicDistance.Metres(Longitude, Latitude, other.Longitude, other.Latitude);

    /// <summary>Formats the position as "lon,lat" with invariant digits.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Longitude:0.######},{Latitude:0.######}");
}
