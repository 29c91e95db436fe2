using Ardalis.GuardClauses;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Patrols.Prevention;

/// <summary>
/// A filter over prevention activities  for <see cref="IPreventionStore.QueryAsync"/>; criteria left null match everything.
/// Backends may push any part down to their database and must then apply <see cref="Matches"/>.
/// </summary>
/// <param name="Within">Only records filed under this division or grid or one inside it.</param>
/// <param name="From">Only records whose date is on or after this date.</param>
/// <param name="To">Only records whose date is before this date (exclusive).</param>
/// <param name="Kind">Only activities of this kind.</param>
public sealed record PreventionQuery(JurisdictionCode? Within = null, LocalDate? From = null, LocalDate? To = null, PreventionKind? Kind = null)
{
    /// <summary>Gets a value indicating whether a record matches the filter (the access scope is applied separately).</summary>
    /// <param name="item">The record.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(PreventionActivity item)
    {
        Guard.Against.Null(item);
        return (Within is not { } root || root.Contains(item.Jurisdiction))
            && (From is not { } from || item.Date >= from)
            && (To is not { } to || item.Date < to)
            && (Kind is not { } kind || item.Kind == kind);
    }
}
