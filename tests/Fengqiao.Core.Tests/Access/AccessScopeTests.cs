using FsCheck.Xunit;
using Fengqiao.Access;
using Fengqiao.Core.Tests.Jurisdictions;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Core.Tests.Access;

public class AccessScopeTests
{
    private static readonly JurisdictionCode Maizhokunggar = JurisdictionCode.Parse("540127");
    private static readonly JurisdictionCode Zhaxigang = JurisdictionCode.Parse("540127200");
    private static readonly JurisdictionCode ZhaxigangVillage = JurisdictionCode.Parse("540127200201");
    private static readonly JurisdictionCode Sangri = JurisdictionCode.Parse("540523");
    private static readonly JurisdictionCode SangriGrid = JurisdictionCode.Parse("540523100201001");
    private static readonly JurisdictionCode Lhasa = JurisdictionCode.Parse("540100");

    [Fact]
    public void A_scope_sees_every_code_inside_its_subtrees_and_nothing_else()
    {
        var scope = AccessScope.For("officer-7", [Zhaxigang, Sangri]);

        Assert.True(scope.Contains(Zhaxigang));
        Assert.True(scope.Contains(ZhaxigangVillage));
        Assert.True(scope.Contains(ZhaxigangVillage.Child(3)));
        Assert.True(scope.Contains(SangriGrid));
        Assert.False(scope.Contains(Maizhokunggar)); // the parent of a root is outside
        Assert.False(scope.Contains(JurisdictionCode.Parse("540127100"))); // a sibling township
        Assert.False(scope.Contains(Lhasa));
        Assert.False(scope.IsUnrestricted);
    }

    [Fact]
    public void Roots_inside_other_roots_are_dropped_and_the_rest_sorted()
    {
        var scope = AccessScope.For("chief", [ZhaxigangVillage, Sangri, Maizhokunggar, Zhaxigang, Sangri]);
        Assert.Equal(new[] { Maizhokunggar, Sangri }, scope.Roots.ToArray());
    }

    [Fact]
    public void A_scope_without_roots_sees_nothing()
    {
        var scope = AccessScope.For("nobody", []);
        Assert.Empty(scope.Roots);
        Assert.False(scope.Contains(Maizhokunggar));
    }

    [Fact]
    public void An_unrestricted_scope_sees_everything()
    {
        var scope = AccessScope.Unrestricted("import-job");
        Assert.True(scope.IsUnrestricted);
        Assert.Empty(scope.Roots);
        Assert.True(scope.Contains(SangriGrid));
        Assert.True(scope.Contains(JurisdictionCode.Parse("110000")));
        Assert.Equal("import-job: *", scope.ToString());
    }

    [Fact]
    public void Permissions_and_roles_are_exact_and_case_sensitive()
    {
        var scope = AccessScope.For(
            "officer-7",
            [Zhaxigang],
            roles: ["CommunityOfficer"],
            permissions: [FengqiaoPermissions.ReadSensitive]);

        Assert.True(scope.HasPermission(FengqiaoPermissions.ReadSensitive));
        Assert.False(scope.HasPermission(FengqiaoPermissions.ReadKeyPersons));
        Assert.False(scope.HasPermission(FengqiaoPermissions.ReadSensitive.ToUpperInvariant()));
        Assert.True(scope.IsInRole("CommunityOfficer"));
        Assert.False(scope.IsInRole("communityofficer"));
        Assert.False(AccessScope.Unrestricted("job").HasPermission(FengqiaoPermissions.ReadSensitive));
    }

    [Fact]
    public void The_description_names_the_principal_and_the_roots()
    {
        Assert.Equal("officer-7: 540127200,540523", AccessScope.For("officer-7", [Sangri, Zhaxigang]).ToString());
    }

    [Fact]
    public void Arguments_are_guarded()
    {
        Assert.ThrowsAny<ArgumentException>(() => AccessScope.For(" ", [Zhaxigang]));
        Assert.Throws<ArgumentNullException>(() => AccessScope.For("x", null!));
        Assert.ThrowsAny<ArgumentException>(() => AccessScope.For("x", [default]));
        Assert.ThrowsAny<ArgumentException>(() => AccessScope.Unrestricted(string.Empty));
    }

    [Property(Arbitrary = [typeof(JurisdictionArbitraries)], MaxTest = 300)]
    public bool Containment_equals_containment_by_any_given_root(NearbyCode[] roots, NearbyCode code)
    {
        var codes = roots.Select(r => r.Code).ToList();
        var scope = AccessScope.For("p", codes);
        return scope.Contains(code.Code) == codes.Any(r => r.Contains(code.Code))
            && scope.Roots.All(r => !scope.Roots.Any(o => o != r && o.Contains(r)))
            && codes.All(scope.Contains);
    }
}
