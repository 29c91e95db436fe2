using Ardalis.GuardClauses;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Households.Residents;

/// <summary>
/// A filter over residents for <see cref="IResidentStore.QueryAsync"/>; criteria left null match
/// everything. Backends may push any part down and must then apply <see cref="Matches"/>.
/// </summary>
/// <param name="Within">Only residents filed under a grid inside this division.</param>
/// <param name="Residency">Only registered or only floating residents.</param>
/// <param name="ActiveOn">Only residents living here on this date.</param>
/// <param name="CareTag">Only residents with this care tag (on <paramref name="ActiveOn"/> when given, else open now).</param>
/// <param name="RenewalOverdueOn">Only floating residents whose registration had expired by this date.</param>
public sealed record ResidentQuery(
    JurisdictionCode? Within = null,
    ResidencyKind? Residency = null,
    LocalDate? ActiveOn = null,
    string? CareTag = null,
    LocalDate? RenewalOverdueOn = null)
{
    /// <summary>Gets a value indicating whether a resident matches (the access scope is applied separately).</summary>
    /// <param name="resident">The resident.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(Resident resident)
    {
        Guard.Against.Null(resident);
        return (Within is not { } root || root.Contains(resident.Grid))
            && (Residency is not { } kind || resident.Residency == kind)
            && (ActiveOn is not { } date || resident.IsActiveOn(date))
            && (CareTag is not { } tag || (ActiveOn is { } on ? resident.HasCareTagOn(tag, on) : resident.CareTags.Any(t => t.Code == tag && t.Validity.IsOpen)))
            && (RenewalOverdueOn is not { } overdue || resident.IsRenewalOverdue(overdue));
    }
}
