using FsCheck;
using FsCheck.Fluent;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Core.Tests.Jurisdictions;

/// <summary>A code drawn from a small tree (two choices per level), so that random codes are often related.</summary>
public sealed record NearbyCode(JurisdictionCode Code);

/// <summary>Three codes each at or above the next: outer ⊇ middle ⊇ inner.</summary>
public sealed record AncestorChain(JurisdictionCode Outer, JurisdictionCode Middle, JurisdictionCode Inner);

/// <summary>FsCheck generators for jurisdiction codes.</summary>
public static class JurisdictionArbitraries
{
    // The widest child number at each level below the province: prefecture, county, township, village, grid.
    private static readonly int[] ChildWidths = [99, 99, 999, 999, 999];

    /// <summary>Any structurally valid code, at any level.</summary>
    public static Arbitrary<JurisdictionCode> Codes() => CodeGen(provinceTo: 99, childLimit: _ => int.MaxValue).ToArbitrary();

    /// <summary>Codes from a tree with two provinces and two children per division.</summary>
    public static Arbitrary<NearbyCode> NearbyCodes() =>
        CodeGen(provinceTo: 12, childLimit: _ => 2).Select(code => new NearbyCode(code)).ToArbitrary();

    /// <summary>A code, one of its ancestors (or itself) and one of that one's ancestors (or itself).</summary>
    public static Arbitrary<AncestorChain> Chains() =>
        (from inner in CodeGen(provinceTo: 99, childLimit: _ => int.MaxValue)
         from middleLevel in Gen.Choose(1, (int)inner.Level)
         from outerLevel in Gen.Choose(1, middleLevel)
         select new AncestorChain(
             inner.AncestorAt((JurisdictionLevel)outerLevel),
             inner.AncestorAt((JurisdictionLevel)middleLevel),
             inner)).ToArbitrary();

    private static Gen<JurisdictionCode> CodeGen(int provinceTo, Func<int, int> childLimit) =>
        from province in Gen.Choose(11, provinceTo)
        from depth in Gen.Choose(0, ChildWidths.Length)
        from children in Gen.CollectToArray(
            Enumerable.Range(0, depth).Select(level => Gen.Choose(1, Math.Min(ChildWidths[level], childLimit(level)))))
        select children.Aggregate(
            JurisdictionCode.Parse(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{province}0000")),
            (parent, number) => parent.Child(number));
}
