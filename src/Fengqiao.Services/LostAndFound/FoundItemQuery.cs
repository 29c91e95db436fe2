using Ardalis.GuardClauses;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Services.LostAndFound;

/// <summary>A filter over found items for <see cref="IFoundItemStore.QueryAsync"/>; null criteria match everything.</summary>
/// <param name="Within">Only items held by stations in this division.</param>
/// <param name="Status">Only items in this status.</param>
/// <param name="Kind">Only items of this kind.</param>
public sealed record FoundItemQuery(JurisdictionCode? Within = null, FoundItemStatus? Status = null, FoundItemKind? Kind = null)
{
    /// <summary>Gets a value indicating whether an item matches (the access scope is applied separately).</summary>
    /// <param name="item">The item.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(FoundItem item)
    {
        Guard.Against.Null(item);
        return (Within is not { } root || root.Contains(item.Station))
            && (Status is not { } status || item.Status == status)
            && (Kind is not { } kind || item.Kind == kind);
    }
}
