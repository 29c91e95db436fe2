using System.Collections.Frozen;
using Fengqiao.Households.Households;

namespace Fengqiao.Households.Ledgers;

/// <summary>
/// The relations to the head (与户主关系) ledgers write, after the household register's usage, mapped to
/// <see cref="RelationToHead"/>; English names are accepted too.
/// </summary>
internal static class LedgerRelations
{
    private static readonly FrozenDictionary<string, RelationToHead> ByName = new Dictionary<string, RelationToHead>(StringComparer.OrdinalIgnoreCase)
    {
        ["户主"] = RelationToHead.Head, ["本人"] = RelationToHead.Head, ["head"] = RelationToHead.Head, ["self"] = RelationToHead.Head,
        ["配偶"] = RelationToHead.Spouse, ["妻"] = RelationToHead.Spouse, ["妻子"] = RelationToHead.Spouse, ["夫"] = RelationToHead.Spouse, ["丈夫"] = RelationToHead.Spouse, ["spouse"] = RelationToHead.Spouse,
        ["子"] = RelationToHead.Child, ["女"] = RelationToHead.Child, ["儿子"] = RelationToHead.Child, ["女儿"] = RelationToHead.Child, ["长子"] = RelationToHead.Child, ["次子"] = RelationToHead.Child,
        ["长女"] = RelationToHead.Child, ["次女"] = RelationToHead.Child, ["养子"] = RelationToHead.Child, ["养女"] = RelationToHead.Child, ["继子"] = RelationToHead.Child, ["继女"] = RelationToHead.Child,
        ["子女"] = RelationToHead.Child, ["独生子"] = RelationToHead.Child, ["独生女"] = RelationToHead.Child, ["child"] = RelationToHead.Child, ["son"] = RelationToHead.Child, ["daughter"] = RelationToHead.Child,
        ["父亲"] = RelationToHead.Parent, ["母亲"] = RelationToHead.Parent, ["父"] = RelationToHead.Parent, ["母"] = RelationToHead.Parent, ["父母"] = RelationToHead.Parent,
        ["公公"] = RelationToHead.Parent, ["婆婆"] = RelationToHead.Parent, ["岳父"] = RelationToHead.Parent, ["岳母"] = RelationToHead.Parent, ["parent"] = RelationToHead.Parent,
        ["孙子女"] = RelationToHead.Grandchild, ["孙子"] = RelationToHead.Grandchild, ["孙女"] = RelationToHead.Grandchild, ["外孙子"] = RelationToHead.Grandchild, ["外孙女"] = RelationToHead.Grandchild, ["grandchild"] = RelationToHead.Grandchild,
        ["祖父母"] = RelationToHead.Grandparent, ["祖父"] = RelationToHead.Grandparent, ["祖母"] = RelationToHead.Grandparent, ["外祖父"] = RelationToHead.Grandparent, ["外祖母"] = RelationToHead.Grandparent, ["grandparent"] = RelationToHead.Grandparent,
        ["兄"] = RelationToHead.Sibling, ["弟"] = RelationToHead.Sibling, ["姐"] = RelationToHead.Sibling, ["妹"] = RelationToHead.Sibling, ["哥哥"] = RelationToHead.Sibling, ["弟弟"] = RelationToHead.Sibling,
        ["姐姐"] = RelationToHead.Sibling, ["妹妹"] = RelationToHead.Sibling, ["兄弟"] = RelationToHead.Sibling, ["姐妹"] = RelationToHead.Sibling, ["兄弟姐妹"] = RelationToHead.Sibling, ["sibling"] = RelationToHead.Sibling,
        ["儿媳/女婿"] = RelationToHead.ChildInLaw, ["儿媳"] = RelationToHead.ChildInLaw, ["女婿"] = RelationToHead.ChildInLaw, ["child-in-law"] = RelationToHead.ChildInLaw,
        ["其他亲属"] = RelationToHead.OtherRelative, ["亲属"] = RelationToHead.OtherRelative, ["侄子"] = RelationToHead.OtherRelative, ["侄女"] = RelationToHead.OtherRelative, ["relative"] = RelationToHead.OtherRelative,
        ["非亲属"] = RelationToHead.NonRelative, ["其他"] = RelationToHead.NonRelative, ["保姆"] = RelationToHead.NonRelative, ["租客"] = RelationToHead.NonRelative, ["non-relative"] = RelationToHead.NonRelative,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static bool TryParse(string text, out RelationToHead relation) => ByName.TryGetValue(text, out relation);

    /// <summary>The name written on export: the plain register term of each relation.</summary>
    public static string NameOf(RelationToHead relation) => relation switch
    {
        RelationToHead.Head => "户主",
        RelationToHead.Spouse => "配偶",
        RelationToHead.Child => "子女",
        RelationToHead.Parent => "父母",
        RelationToHead.Grandchild => "孙子女",
        RelationToHead.Grandparent => "祖父母",
        RelationToHead.Sibling => "兄弟姐妹",
        RelationToHead.ChildInLaw => "儿媳/女婿",
        RelationToHead.OtherRelative => "其他亲属",
        _ => "非亲属",
    };
}
