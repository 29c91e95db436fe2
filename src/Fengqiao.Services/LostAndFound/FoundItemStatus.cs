namespace Fengqiao.Services.LostAndFound;

/// <summary>Where a found item stands: found → owner matched → returned.</summary>
public enum FoundItemStatus
{
    /// <summary>Handed in or found (拾得登记).</summary>
    Found = 1,

    /// <summary>The owner is identified (认领核实).</summary>
    OwnerMatched = 2,

    /// <summary>Returned to the owner (已归还).</summary>
    Returned = 3,
}
