using FsCheck.Xunit;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Core.Tests.Jurisdictions;

[Properties(Arbitrary = [typeof(JurisdictionArbitraries)], MaxTest = 300)]
public class JurisdictionCodePropertyTests
{
    [Property]
    public bool Parse_of_ToString_gives_the_code_back(JurisdictionCode code) =>
        JurisdictionCode.Parse(code.ToString()) == code
        && JurisdictionCode.Parse(code.ToStatisticalCode()) == code;

    [Property]
    public bool Contains_is_reflexive(JurisdictionCode code) => code.Contains(code);

    [Property]
    public bool Contains_is_transitive(NearbyCode a, NearbyCode b, NearbyCode c) =>
        !(a.Code.Contains(b.Code) && b.Code.Contains(c.Code)) || a.Code.Contains(c.Code);

    [Property]
    public bool Contains_holds_along_every_ancestor_chain(AncestorChain chain) =>
        chain.Outer.Contains(chain.Middle) && chain.Middle.Contains(chain.Inner) && chain.Outer.Contains(chain.Inner);

    [Property]
    public bool Contains_means_being_on_the_ancestor_chain(NearbyCode outer, NearbyCode inner) =>
        outer.Code.Contains(inner.Code) == inner.Code.SelfAndAncestors().Contains(outer.Code);

    [Property]
    public bool Every_ancestor_contains_the_code_and_sits_one_level_up(JurisdictionCode code) =>
        code.Parent is not { } parent
            ? code.Level == JurisdictionLevel.Province
            : parent.Contains(code) && !code.Contains(parent) && parent.Level == code.Level - 1 && parent < code;

    [Property]
    public bool The_county_is_the_ancestor_at_county_level(JurisdictionCode code) =>
        code.Level < JurisdictionLevel.County
            ? code.County is null
            : code.County == code.AncestorAt(JurisdictionLevel.County) && code.County.Value.Contains(code);
}
