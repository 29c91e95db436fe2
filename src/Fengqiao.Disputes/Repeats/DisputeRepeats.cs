using Ardalis.GuardClauses;
using Fengqiao.Disputes.Configuration;
using Fengqiao.Households.Residents;
using NodaTime;

namespace Fengqiao.Disputes.Repeats;

/// <summary>
/// Finds the earlier disputes a new one repeats (重复纠纷): the same parties on record, or the same
/// address and category, reported within the policy's repeat window.
/// </summary>
public static class DisputeRepeats
{
    /// <summary>Finds the links a dispute should carry to earlier disputes.</summary>
    /// <param name="dispute">The new dispute.</param>
    /// <param name="earlier">Candidates, such as the county's disputes of the window.</param>
    /// <param name="policy">The rules (the repeat window).</param>
    /// <returns>The links, at most one per earlier dispute, same parties first.</returns>
    public static IReadOnlyList<DisputeLink> Find(Dispute dispute, IEnumerable<Dispute> earlier, DisputePolicy policy)
    {
        Guard.Against.Null(dispute);
        Guard.Against.Null(earlier);
        Guard.Against.Null(policy);
        var residents = ResidentsOf(dispute);
        var address = Normalize(dispute.Location.Address);
        var links = new List<DisputeLink>();
        foreach (var other in earlier)
        {
            if (other.Id == dispute.Id || other.ReportedOn > dispute.ReportedOn
                || Period.Between(other.ReportedOn, dispute.ReportedOn, PeriodUnits.Days).Days > policy.RepeatWindowDays)
            {
                continue;
            }

            if (residents.Count > 0 && residents.SetEquals(ResidentsOf(other)))
            {
                links.Add(new DisputeLink(other.Id, DisputeLinkKind.SameParties));
            }
            else if (string.Equals(other.Current.Category, dispute.Current.Category, StringComparison.Ordinal)
                && other.Location.Area == dispute.Location.Area
                && string.Equals(Normalize(other.Location.Address), address, StringComparison.Ordinal))
            {
                links.Add(new DisputeLink(other.Id, DisputeLinkKind.SameAddressAndCategory));
            }
        }

        return links;
    }

    private static HashSet<ResidentId> ResidentsOf(Dispute dispute) =>
        [.. dispute.Current.Parties.Where(p => p.Resident is not null).Select(p => p.Resident!.Value)];

    private static string Normalize(string address) =>
        string.Concat(address.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c))).ToUpperInvariant();
}
