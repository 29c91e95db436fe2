using Fengqiao.Grids;
using Fengqiao.Households.Households;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Households.Visits;

/// <summary>The persisted state of a <see cref="Visit"/>.</summary>
/// <param name="SchemaVersion">The layout version.</param>
/// <param name="Id">The id.</param>
/// <param name="Household">The household visited.</param>
/// <param name="Grid">The household's grid at the time (for scope).</param>
/// <param name="VisitedOn">The day of the visit.</param>
/// <param name="Kind">How the visit was made.</param>
/// <param name="Visitors">Who visited (account ids).</param>
/// <param name="Findings">What was found, if anything.</param>
/// <param name="Needs">Needs raised.</param>
/// <param name="FollowUps">Follow-up actions.</param>
/// <param name="Recorded">Who recorded the visit and when.</param>
public sealed record VisitState(
    int SchemaVersion,
    VisitId Id,
    HouseholdId Household,
    JurisdictionCode Grid,
    LocalDate VisitedOn,
    VisitKind Kind,
    IReadOnlyList<string> Visitors,
    string? Findings,
    IReadOnlyList<VisitNeed> Needs,
    IReadOnlyList<FollowUpAction> FollowUps,
    ChangeStamp Recorded)
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;
}
