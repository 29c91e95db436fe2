namespace Fengqiao.Grids.GeoJson;

/// <summary>
/// What a GeoJSON file held (导入结果): the features that can be used, in file order, and a problem for
/// every feature that cannot. Returned by <see cref="GridGeoJson.Inspect(string, GridGeoJsonReadOptions?)"/>.
/// </summary>
/// <param name="FeatureCount">The number of elements in the file's <c>features</c> array.</param>
/// <param name="Features">The usable features, in file order.</param>
/// <param name="Problems">One problem per unusable feature, by feature index.</param>
public sealed record GridImportResult(int FeatureCount, IReadOnlyList<GridFeature> Features, IReadOnlyList<GridFeatureProblem> Problems)
{
    /// <summary>Gets a value indicating whether every feature could be used.</summary>
    public bool IsComplete => Problems.Count == 0;
}
