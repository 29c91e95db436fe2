using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage.PostgreSql.Tables;

namespace Fengqiao.Storage.Tests.PostgreSql;

public sealed class ScopeFilterTests
{
    private static readonly Gen<JurisdictionCode> Codes =
        from province in Gen.Choose(11, 99)
        from prefecture in Gen.Choose(0, 3)
        from county in Gen.Choose(0, 3)
        from township in Gen.Choose(0, 3)
        from village in Gen.Choose(0, 3)
        from grid in Gen.Choose(0, 3)
        from digit in Gen.Elements(0, 9)
        select Make(province, prefecture, county, township, village, grid, digit);

    [Theory]
    [InlineData("3306", "3307")]
    [InlineData("3309", "330:")]
    [InlineData("330681001", "330681002")]
    public void The_upper_bound_raises_the_last_digit(string prefix, string upper) =>
        Assert.Equal(upper, ScopeFilter.UpperBound(prefix));

    [Property(MaxTest = 500)]
    public Property The_range_predicate_agrees_with_the_jurisdiction_tree() =>
        Prop.ForAll(Codes.ToArbitrary(), Codes.ToArbitrary(), (root, code) =>
        {
            // What the SQL does: compare the canonical texts byte by byte (collation "C").
            var prefix = root.ToString()[..root.SignificantDigits];
            var text = code.ToString();
            var inRange = string.CompareOrdinal(text, prefix) >= 0 && string.CompareOrdinal(text, ScopeFilter.UpperBound(prefix)) < 0;
            var county = CountyPartitioning.CountyCodeOf(code);
            var countyInRange = root.Level >= JurisdictionLevel.County
                ? county == CountyPartitioning.CountyCodeOf(root)
                : string.CompareOrdinal(county, prefix) >= 0 && string.CompareOrdinal(county, ScopeFilter.UpperBound(prefix)) < 0;
            return (inRange && countyInRange) == root.Contains(code);
        });

    private static JurisdictionCode Make(int province, int prefecture, int county, int township, int village, int grid, int digit)
    {
        // Nines and zeros at the edges are where a prefix range goes wrong.
        var parts = new List<string> { province.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) };
        if (prefecture == 0)
        {
            return JurisdictionCode.Parse(parts[0] + "0000");
        }

        parts.Add((prefecture * 3 + digit % 3).ToString("D2", System.Globalization.CultureInfo.InvariantCulture));
        if (county == 0)
        {
            return JurisdictionCode.Parse(string.Concat(parts) + "00");
        }

        parts.Add((county == 3 ? 99 : county * 10 + digit).ToString("D2", System.Globalization.CultureInfo.InvariantCulture));
        if (township == 0)
        {
            return JurisdictionCode.Parse(string.Concat(parts));
        }

        parts.Add((township == 3 ? 999 : township * 100 + digit).ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
        if (village == 0)
        {
            return JurisdictionCode.Parse(string.Concat(parts));
        }

        parts.Add((village == 3 ? 999 : village + digit).ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
        if (grid == 0)
        {
            return JurisdictionCode.Parse(string.Concat(parts));
        }

        parts.Add((grid == 3 ? 999 : grid * 9 + 1).ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
        return JurisdictionCode.Parse(string.Concat(parts));
    }
}
