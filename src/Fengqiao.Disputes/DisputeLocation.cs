using Fengqiao.Jurisdictions;

namespace Fengqiao.Disputes;

/// <summary>Where a dispute arose (发生地): the grid (or village/community) and an address in words.</summary>
/// <param name="Area">A 15-digit grid code, or a 12-digit village/community code when the grid is unknown.</param>
/// <param name="Address">The address or place, such as the pasture behind two households.</param>
public sealed record DisputeLocation(JurisdictionCode Area, string Address)
{
    /// <summary>Gets the county the dispute belongs to (its storage partition).</summary>
    public JurisdictionCode County => Area.County!.Value;
}
