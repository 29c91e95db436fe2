namespace Fengqiao.Households.Households;

/// <summary>A member's relation to the head of the household (与户主关系).</summary>
public enum RelationToHead
{
    /// <summary>The head (户主).</summary>
    Head = 0,

    /// <summary>Spouse (配偶).</summary>
    Spouse = 1,

    /// <summary>Son or daughter (子女).</summary>
    Child = 2,

    /// <summary>Father or mother (父母).</summary>
    Parent = 3,

    /// <summary>Grandchild (孙子女).</summary>
    Grandchild = 4,

    /// <summary>Grandparent (祖父母).</summary>
    Grandparent = 5,

    /// <summary>Brother or sister (兄弟姐妹).</summary>
    Sibling = 6,

    /// <summary>Son- or daughter-in-law (儿媳/女婿).</summary>
    ChildInLaw = 7,

    /// <summary>Another relative (其他亲属).</summary>
    OtherRelative = 8,

    /// <summary>Not related, such as a tenant or live-in helper (非亲属).</summary>
    NonRelative = 9,
}
