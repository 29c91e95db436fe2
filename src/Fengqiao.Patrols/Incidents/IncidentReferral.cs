using Fengqiao.Jurisdictions;
using Fengqiao.Patrols.Geo;
using NodaTime;

namespace Fengqiao.Patrols.Incidents;

/// <summary>
/// Everything another module needs to open its own record from an incident without retyping (一键转办):
/// a dispute case, a lost-and-found case. Made by <see cref="IncidentReferrals"/>.
/// </summary>
/// <param name="Incident">The incident's id.</param>
/// <param name="Category">Its category.</param>
/// <param name="Jurisdiction">The grid or division where it happened.</param>
/// <param name="Position">Where, if known.</param>
/// <param name="Address">The address as given.</param>
/// <param name="OccurredAt">When it was received.</param>
/// <param name="Description">What was reported.</param>
/// <param name="Involved">The people involved.</param>
public sealed record IncidentReferral(
    IncidentId Incident,
    IncidentCategory Category,
    JurisdictionCode Jurisdiction,
    GeoPosition? Position,
    string? Address,
    Instant OccurredAt,
    string Description,
    IReadOnlyList<InvolvedPerson> Involved);
