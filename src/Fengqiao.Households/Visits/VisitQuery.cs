using Ardalis.GuardClauses;
using Fengqiao.Households.Households;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Households.Visits;

/// <summary>A filter over visits; criteria left null match everything. Backends must apply <see cref="Matches"/>.</summary>
/// <param name="Within">Only visits to households in grids inside this division.</param>
/// <param name="Household">Only visits to this household.</param>
/// <param name="From">Only visits on or after this day.</param>
/// <param name="To">Only visits before this day.</param>
public sealed record VisitQuery(JurisdictionCode? Within = null, HouseholdId? Household = null, LocalDate? From = null, LocalDate? To = null)
{
    /// <summary>Gets a value indicating whether a visit matches (the access scope is applied separately).</summary>
    /// <param name="visit">The visit.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(Visit visit)
    {
        Guard.Against.Null(visit);
        return (Within is not { } root || root.Contains(visit.Grid))
            && (Household is not { } household || visit.Household == household)
            && (From is not { } from || visit.VisitedOn >= from)
            && (To is not { } to || visit.VisitedOn < to);
    }
}
