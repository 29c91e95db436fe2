using Ardalis.GuardClauses;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Patrols.Inspections;

/// <summary>
/// A filter over inspections  for <see cref="IInspectionStore.QueryAsync"/>; criteria left null match everything.
/// Backends may push any part down to their database and must then apply <see cref="Matches"/>.
/// </summary>
/// <param name="Within">Only records filed under this division or grid or one inside it.</param>
/// <param name="From">Only records whose inspection date is on or after this date.</param>
/// <param name="To">Only records whose inspection date is before this date (exclusive).</param>
/// <param name="Premises">Only inspections of these premises.</param>
public sealed record InspectionQuery(JurisdictionCode? Within = null, LocalDate? From = null, LocalDate? To = null, Households.Premises.PremisesId? Premises = null)
{
    /// <summary>Gets a value indicating whether a record matches the filter (the access scope is applied separately).</summary>
    /// <param name="item">The record.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(Inspection item)
    {
        Guard.Against.Null(item);
        return (Within is not { } root || root.Contains(item.Jurisdiction))
            && (From is not { } from || item.Date >= from)
            && (To is not { } to || item.Date < to)
            && (Premises is not { } premises || item.Premises == premises);
    }
}
