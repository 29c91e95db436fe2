namespace Fengqiao.Disputes;

/// <summary>Why two disputes are linked (关联原因).</summary>
public enum DisputeLinkKind
{
    /// <summary>The same parties (同一当事人).</summary>
    SameParties = 0,

    /// <summary>The same address and category within the repeat window (同址同类).</summary>
    SameAddressAndCategory = 1,

    /// <summary>The other record was merged into this one as a duplicate (合并).</summary>
    MergedDuplicate = 2,
}
