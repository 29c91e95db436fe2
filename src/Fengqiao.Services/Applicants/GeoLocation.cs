namespace Fengqiao.Services.Applicants;

/// <summary>Where a request or work order is (位置): WGS-84 latitude and longitude with an optional address text.</summary>
/// <param name="Latitude">Latitude in degrees, −90 to 90.</param>
/// <param name="Longitude">Longitude in degrees, −180 to 180.</param>
/// <param name="Address">The address as given, if any; it may identify a household, so it is never published.</param>
public sealed record GeoLocation(double Latitude, double Longitude, string? Address = null)
{
    /// <summary>Checks the coordinates.</summary>
    /// <param name="field">The field name for the error.</param>
    /// <returns>This location.</returns>
    internal GeoLocation Validate(string field) =>
        Latitude is >= -90 and <= 90 && Longitude is >= -180 and <= 180 && double.IsFinite(Latitude) && double.IsFinite(Longitude)
            ? this
            : throw ServiceMessages.Invalid(ServiceErrorCodes.LocationInvalid, field);
}
