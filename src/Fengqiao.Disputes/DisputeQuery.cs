using Ardalis.GuardClauses;
using Fengqiao.Disputes.Workflow;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Disputes;

/// <summary>
/// A filter over disputes for <see cref="IDisputeStore.QueryAsync"/>; criteria left null match everything.
/// Backends may push any part down to their database and must then apply <see cref="Matches"/>.
/// </summary>
/// <param name="Within">Only disputes whose area lies in this division (by code prefix).</param>
/// <param name="ReportedFrom">Only disputes reported on or after this day.</param>
/// <param name="ReportedTo">Only disputes reported before this day (exclusive).</param>
/// <param name="Status">Only disputes in this status.</param>
/// <param name="OpenOnly">Only open disputes.</param>
/// <param name="Category">Only disputes of this category (current content).</param>
public sealed record DisputeQuery(
    JurisdictionCode? Within = null,
    LocalDate? ReportedFrom = null,
    LocalDate? ReportedTo = null,
    DisputeStatus? Status = null,
    bool OpenOnly = false,
    string? Category = null)
{
    /// <summary>Gets a value indicating whether a dispute matches the filter (the access scope is applied separately).</summary>
    /// <param name="dispute">The dispute.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(Dispute dispute)
    {
        Guard.Against.Null(dispute);
        return (Within is not { } root || root.Contains(dispute.Location.Area))
            && (ReportedFrom is not { } from || dispute.ReportedOn >= from)
            && (ReportedTo is not { } to || dispute.ReportedOn < to)
            && (Status is not { } status || dispute.Status == status)
            && (!OpenOnly || dispute.IsOpen)
            && (Category is null || string.Equals(dispute.Current.Category, Category, StringComparison.Ordinal));
    }

    /// <summary>Gets a value indicating whether a dispute is overdue on a day inside a division.</summary>
    /// <param name="dispute">The dispute.</param>
    /// <param name="within">The division.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>Whether it is open, inside and past its deadline.</returns>
    public static bool IsOverdue(Dispute dispute, JurisdictionCode within, LocalDate asOf)
    {
        Guard.Against.Null(dispute);
        return dispute.IsOpen && within.Contains(dispute.Location.Area) && dispute.Deadline < asOf;
    }
}
