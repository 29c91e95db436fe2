namespace Fengqiao.Grids.GeoJson;

/// <summary>Options for reading grid GeoJSON (网格 GeoJSON 导入选项).</summary>
public sealed record GridGeoJsonReadOptions
{
    /// <summary>Gets the default options: grid files, every <c>code</c> a 15-digit grid code.</summary>
    public static GridGeoJsonReadOptions Grids { get; } = new();

    /// <summary>Gets the options for boundary files: a village, township or county boundary, any valid division code.</summary>
    public static GridGeoJsonReadOptions Boundaries { get; } = new() { RequireGridCodes = false };

    /// <summary>Gets a value indicating whether every <c>code</c> must be a 15-digit grid code (default <see langword="true"/>).</summary>
    public bool RequireGridCodes { get; init; } = true;
}
