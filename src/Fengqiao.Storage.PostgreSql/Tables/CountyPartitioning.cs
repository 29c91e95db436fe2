using Fengqiao.Jurisdictions;

namespace Fengqiao.Storage.PostgreSql.Tables;

/// <summary>
/// The partition key of aggregate tables. <c>county_code</c> is the first six digits of a
/// record's jurisdiction code: its county for anything at county level or below, and the
/// province or prefecture code itself above (those few rows share the default partition).
/// </summary>
internal static class CountyPartitioning
{
    /// <summary>Gets the partition key of a jurisdiction.</summary>
    public static string CountyCodeOf(JurisdictionCode code) => code.ToString()[..6];

    /// <summary>Gets a value indicating whether a partition key denotes a county, which gets its own partition.</summary>
    public static bool IsCounty(string countyCode) => !countyCode.EndsWith("00", StringComparison.Ordinal);
}
