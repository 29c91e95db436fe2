using Fengqiao.Jurisdictions;
using Fengqiao.Services.Applicants;
using NodaTime;

namespace Fengqiao.Services.LostAndFound;

/// <summary>The persisted state of a <see cref="FoundItem"/> (招领物品状态快照).</summary>
/// <param name="SchemaVersion">The layout version; <see cref="CurrentSchemaVersion"/> when written by this library.</param>
/// <param name="Id">The item's id.</param>
/// <param name="Station">The station that holds it.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Description">A description without personal data (a colour, a brand).</param>
/// <param name="FoundAt">When it was found or handed in.</param>
/// <param name="Status">The status.</param>
/// <param name="Owner">The owner, once matched.</param>
/// <param name="MatchedAt">When the owner was matched.</param>
/// <param name="ReturnedAt">When it was returned.</param>
/// <param name="RecordedBy">Who recorded the find.</param>
public sealed record FoundItemState(
    int SchemaVersion,
    FoundItemId Id,
    JurisdictionCode Station,
    FoundItemKind Kind,
    string Description,
    Instant FoundAt,
    FoundItemStatus Status,
    ServiceApplicant? Owner,
    Instant? MatchedAt,
    Instant? ReturnedAt,
    string RecordedBy)
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;
}
