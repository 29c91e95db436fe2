using Ardalis.GuardClauses;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Patrols.Incidents;

/// <summary>
/// A filter over incidents  for <see cref="IIncidentStore.QueryAsync"/>; criteria left null match everything.
/// Backends may push any part down to their database and must then apply <see cref="Matches"/>.
/// </summary>
/// <param name="Within">Only records filed under this division or grid or one inside it.</param>
/// <param name="From">Only records whose local date of receipt is on or after this date.</param>
/// <param name="To">Only records whose local date of receipt is before this date (exclusive).</param>
/// <param name="CallerPhone">Only incidents reported from this mobile number (looked up through the keyed index in SQL backends).</param>
public sealed record IncidentQuery(JurisdictionCode? Within = null, LocalDate? From = null, LocalDate? To = null, Identity.MobileNumber? CallerPhone = null)
{
    /// <summary>Gets a value indicating whether a record matches the filter (the access scope is applied separately).</summary>
    /// <param name="item">The record.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(Incident item)
    {
        Guard.Against.Null(item);
        return (Within is not { } root || root.Contains(item.Jurisdiction))
            && (From is not { } from || item.Date >= from)
            && (To is not { } to || item.Date < to)
            && (CallerPhone is not { } phone || item.CallerPhone == phone);
    }
}
