using Fengqiao.Grids;
using Fengqiao.Grids.Staffing;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Patrols.Geo;
using NodaTime;

namespace Fengqiao.Patrols.Incidents;

/// <summary>The persisted state of an <see cref="Incident"/> (警情状态快照). Backends keep <see cref="CallerPhone"/> encrypted.</summary>
/// <param name="SchemaVersion">The layout version; <see cref="CurrentSchemaVersion"/> when written by this library.</param>
/// <param name="Id">The incident's id.</param>
/// <param name="Jurisdiction">The grid or division where it happened.</param>
/// <param name="Date">The local date it was received.</param>
/// <param name="Channel">How it came in.</param>
/// <param name="Category">What it is about.</param>
/// <param name="Priority">How fast it needs a response.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Position">Where it happened, if known.</param>
/// <param name="Address">The address as given, if any.</param>
/// <param name="Description">What was reported.</param>
/// <param name="CallerPhone">The caller's mobile number, if given.</param>
/// <param name="Involved">The people involved.</param>
/// <param name="ReceivedAt">When it was received.</param>
/// <param name="DispatchedAt">When an officer was dispatched.</param>
/// <param name="ArrivedAt">When police arrived.</param>
/// <param name="ResolvedAt">When it was dealt with.</param>
/// <param name="ClosedAt">When it was closed.</param>
/// <param name="Officer">The officer dispatched.</param>
/// <param name="HandOffs">Hand-offs with 12345.</param>
/// <param name="LinkedActions">Linked actions with the community.</param>
/// <param name="RepeatOf">The first incident of a run of repeat calls this one belongs to.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Referrals">Records opened elsewhere from it.</param>
/// <param name="Recorded">Who recorded it and when.</param>
public sealed record IncidentState(
    int SchemaVersion,
    IncidentId Id,
    JurisdictionCode Jurisdiction,
    LocalDate Date,
    IncidentChannel Channel,
    IncidentCategory Category,
    IncidentPriority Priority,
    IncidentStatus Status,
    GeoPosition? Position,
    string? Address,
    string Description,
    MobileNumber? CallerPhone,
    IReadOnlyList<InvolvedPerson> Involved,
    Instant ReceivedAt,
    Instant? DispatchedAt,
    Instant? ArrivedAt,
    Instant? ResolvedAt,
    Instant? ClosedAt,
    StaffMemberId? Officer,
    IReadOnlyList<HotlineHandOff> HandOffs,
    IReadOnlyList<LinkedAction> LinkedActions,
    IncidentId? RepeatOf,
    IncidentOutcome? Outcome,
    IReadOnlyList<ReferralReference> Referrals,
    ChangeStamp Recorded)
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;
}
