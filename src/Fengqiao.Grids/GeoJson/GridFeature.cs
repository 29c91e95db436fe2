using System.Collections.ObjectModel;
using System.Globalization;
using Ardalis.GuardClauses;
using Fengqiao.Jurisdictions;
using NetTopologySuite.Geometries;

namespace Fengqiao.Grids.GeoJson;

/// <summary>
/// Grid feature (网格要素): a grid's code, name and boundary, as read from or written to GeoJSON.
/// Also used for a village/township boundary (its division code) in coverage checks.
/// </summary>
/// <remarks>
/// <para>
/// The boundary is a <see cref="Polygon"/> or <see cref="MultiPolygon"/> in WGS-84 longitude/latitude
/// degrees (SRID 4326). The constructor checks the shape's type only; the GeoJSON reader also
/// checks ranges and validity, and so do the coverage check and the locator.
/// </para>
/// <para>
/// <see cref="ExtraProperties"/> keeps the feature's other GeoJSON properties in their original
/// order: strings, <see cref="long"/> or <see cref="double"/> numbers, booleans, <see langword="null"/>
/// and, for nested arrays and objects, a <see cref="System.Text.Json.JsonElement"/>. Well-known ones
/// are <c>expectedHouseholds</c> (预计户数, used by the size statistics), <c>sign</c> (网格牌 text)
/// and <c>partyGroup</c> (网格党小组).
/// </para>
/// <para>Equality compares the code, the name, the boundary vertex by vertex and the extra-properties instance.</para>
/// </remarks>
public readonly record struct GridFeature
{
    /// <summary>The property name of the expected number of households (预计户数).</summary>
    public const string ExpectedHouseholdsProperty = "expectedHouseholds";

    /// <summary>The property name of the grid sign's text (网格牌).</summary>
    public const string SignProperty = "sign";

    /// <summary>The property name of the grid's party group (网格党小组).</summary>
    public const string PartyGroupProperty = "partyGroup";

    /// <summary>Creates a grid feature.</summary>
    /// <param name="code">The grid's 15-digit code (or a division's code for a boundary).</param>
    /// <param name="name">The display name, such as “一网格”; may be empty.</param>
    /// <param name="boundary">The boundary: a polygon or multipolygon in lon/lat degrees.</param>
    /// <param name="extraProperties">Other properties to keep, in order; must not repeat <c>code</c> or <c>name</c>.</param>
    public GridFeature(JurisdictionCode code, string name, Geometry boundary, IReadOnlyDictionary<string, object?>? extraProperties = null)
    {
        Guard.Against.InvalidInput(code, nameof(code), c => !c.IsEmpty, "The code must be a parsed jurisdiction code.");
        Guard.Against.Null(name);
        Guard.Against.Null(boundary);
        Guard.Against.InvalidInput(boundary, nameof(boundary), b => b is Polygon or MultiPolygon, "A grid boundary must be a Polygon or MultiPolygon.");
        Code = code;
        Name = name;
        Boundary = boundary;
        ExtraProperties = Copy(extraProperties);
    }

    /// <summary>Gets the code: a 15-digit grid code, or a division's code for a boundary.</summary>
    public JurisdictionCode Code { get; }

    /// <summary>Gets the display name (may be empty).</summary>
    public string Name { get; }

    /// <summary>Gets the boundary: a polygon or multipolygon in WGS-84 lon/lat degrees.</summary>
    public Geometry Boundary { get; }

    /// <summary>Gets the other properties, in their original order, or <see langword="null"/> when there are none.</summary>
    public IReadOnlyDictionary<string, object?>? ExtraProperties { get; }

    /// <summary>Gets the expected number of households (预计户数) from <c>expectedHouseholds</c>, when it is a whole non-negative number.</summary>
    public int? ExpectedHouseholds =>
        ExtraProperties is not null && ExtraProperties.TryGetValue(ExpectedHouseholdsProperty, out var value)
            ? value switch
            {
                long whole and >= 0 and <= int.MaxValue => (int)whole,
                double real when real >= 0 && real <= int.MaxValue && Math.Floor(real) == real => (int)real,
                _ => null,
            }
            : null;

    /// <summary>Returns the code and name (the boundary is left out: it can be large).</summary>
    /// <returns>For example <c>540127100201001 一网格</c>.</returns>
    public override string ToString() =>
        string.IsNullOrEmpty(Name) ? Code.ToString() : string.Create(CultureInfo.InvariantCulture, $"{Code} {Name}");

    private static ReadOnlyDictionary<string, object?>? Copy(IReadOnlyDictionary<string, object?>? properties)
    {
        if (properties is null || properties.Count == 0)
        {
            return null;
        }

        var copy = new Dictionary<string, object?>(properties.Count, StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            Guard.Against.InvalidInput(
                key, nameof(properties), k => k is not (GridGeoJson.CodeProperty or GridGeoJson.NameProperty), "Extra properties must not repeat 'code' or 'name'.");
            copy.Add(key, value);
        }

        // Dictionary keeps insertion order while nothing is removed, and this copy is never changed.
        return new ReadOnlyDictionary<string, object?>(copy);
    }
}
