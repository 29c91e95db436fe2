using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Households.Households;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Tags;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage;
using NodaTime;

namespace Fengqiao.Households.Ledgers;

/// <summary>
/// Reads the households of a township, village or grid from the stores as ledger households, for
/// <see cref="LedgerExporter"/>: members as of a date, in the caller's scope. Health care tags (行动不便,
/// 残疾…) are left out, as on a household form read without the health permission.
/// </summary>
public sealed class HouseholdLedgerSource
{
    private readonly IStorageProvider _provider;
    private readonly IAccessContext _access;
    private readonly TagCatalog _tags;

    /// <summary>Creates the source.</summary>
    /// <param name="provider">The storage provider.</param>
    /// <param name="access">The caller's access scope; households outside it are not read.</param>
    /// <param name="tags">The care tag catalogue, for tag names.</param>
    public HouseholdLedgerSource(IStorageProvider provider, IAccessContext access, TagCatalog tags)
    {
        _provider = Guard.Against.Null(provider);
        _access = Guard.Against.Null(access);
        _tags = Guard.Against.Null(tags);
    }

    /// <summary>Reads the households placed within a jurisdiction on a date, ordered by household number.</summary>
    /// <param name="within">A township (一乡一账), village or grid code.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The households with their members on that date.</returns>
    public async Task<IReadOnlyList<LedgerHousehold>> ReadAsync(JurisdictionCode within, LocalDate asOf, CancellationToken cancellationToken = default)
    {
        var result = new List<LedgerHousehold>();
        var session = await _provider.OpenSessionAsync(_access.Scope, cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            var residents = session.GetStore<IResidentStore>();
            await foreach (var household in session.GetStore<IHouseholdStore>().QueryAsync(new HouseholdQuery(Within: within, AsOf: asOf), cancellationToken).ConfigureAwait(false))
            {
                if (household.PlacementOn(asOf) is not { } placement || !within.Contains(placement.Grid))
                {
                    continue;
                }

                var members = new List<LedgerMember>();
                foreach (var membership in household.MembersOn(asOf).OrderBy(m => m.Relation != RelationToHead.Head))
                {
                    if (await residents.FindAsync(membership.Resident, cancellationToken).ConfigureAwait(false) is not { } resident)
                    {
                        continue;
                    }

                    members.Add(new LedgerMember(
                        0,
                        resident.Name,
                        resident.CitizenId,
                        LedgerRelations.NameOf(membership.Relation),
                        membership.Relation == RelationToHead.Head,
                        resident.Mobile,
                        resident.Residency == ResidencyKind.Floating ? LedgerPopulationType.Floating : LedgerPopulationType.Registered,
                        resident.Floating?.RegisteredOn,
                        resident.Floating?.ExpiresOn,
                        [.. resident.CareTags
                            .Where(t => t.Validity.Contains(asOf))
                            .Select(t => _tags.FindCareTag(t.Code))
                            .Where(t => t is not null && t.Sensitivity != TagSensitivity.Health)
                            .Select(t => t!.NameZh)]));
                }

                if (members.Exists(m => m.IsHead))
                {
                    result.Add(new LedgerHousehold(household.Number ?? household.Id.ToString(), placement.Grid, placement.Address, 0, members));
                }
            }
        }

        return [.. result.OrderBy(h => h.Grid.ToString(), StringComparer.Ordinal).ThenBy(h => h.Number, StringComparer.Ordinal)];
    }
}
