namespace Fengqiao.Grids.Mapping;

/// <summary>A point to draw on a grid map, such as a household or an incident.</summary>
/// <param name="Longitude">The longitude in WGS-84 degrees.</param>
/// <param name="Latitude">The latitude in WGS-84 degrees.</param>
/// <param name="Label">A label drawn beside the point, or <see langword="null"/>. Never put personal data here unless the map is for an authorised reader.</param>
/// <param name="Style">The style; <see cref="MapPointStyle.Household"/> when <see langword="null"/>.</param>
public sealed record MapPoint(double Longitude, double Latitude, string? Label = null, MapPointStyle? Style = null);
