using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Grids;
using Fengqiao.Households.Households;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Tags;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage;
using NodaTime;

namespace Fengqiao.Households.Ledgers;

/// <summary>
/// The households stores as an import target: grids are looked up in the caller's scope; household
/// numbers and people on record are looked up across the whole store (a person registered outside the
/// caller's grids still cannot be registered twice); households are written through
/// <see cref="HouseholdRegistry.AddCheckedAsync"/>, the bulk path that commits them all in one unit of
/// work without looking every person up a second time (the importer has just done so; a citizen ID
/// stored in between is still refused by the backends' unique index, and nothing is written).
/// </summary>
public sealed class HouseholdLedgerTarget : ILedgerTarget
{
    private readonly IStorageProvider _provider;
    private readonly IAccessContext _access;
    private readonly HouseholdRegistry _registry;
    private readonly TagCatalog _tags;
    private readonly IClock _clock;

    /// <summary>Creates the target.</summary>
    /// <param name="provider">The storage provider.</param>
    /// <param name="access">The caller's access scope.</param>
    /// <param name="registry">The household registry that writes households.</param>
    /// <param name="tags">The care tag catalogue.</param>
    /// <param name="clock">The clock for new ids.</param>
    public HouseholdLedgerTarget(IStorageProvider provider, IAccessContext access, HouseholdRegistry registry, TagCatalog tags, IClock clock)
    {
        _provider = Guard.Against.Null(provider);
        _access = Guard.Against.Null(access);
        _registry = Guard.Against.Null(registry);
        _tags = Guard.Against.Null(tags);
        _clock = Guard.Against.Null(clock);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlySet<JurisdictionCode>> FindGridsAsync(IReadOnlyCollection<JurisdictionCode> grids, LocalDate asOf, CancellationToken cancellationToken)
    {
        Guard.Against.Null(grids);
        var found = new HashSet<JurisdictionCode>();
        var session = await _provider.OpenSessionAsync(_access.Scope, cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            var store = session.GetStore<IGridStore>();
            foreach (var code in grids)
            {
                if ((await store.FindAsync(code, cancellationToken).ConfigureAwait(false))?.ExistsOn(asOf) == true)
                {
                    found.Add(code);
                }
            }
        }

        return found;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlySet<string>> FindHouseholdsAsync(IReadOnlyCollection<string> numbers, CancellationToken cancellationToken)
    {
        Guard.Against.Null(numbers);
        var wanted = numbers.ToHashSet(StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var session = await OpenSystemSessionAsync(cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            // The store has no index on household numbers: one pass over the households held.
            await foreach (var household in session.GetStore<IHouseholdStore>().QueryAsync(new HouseholdQuery(), cancellationToken).ConfigureAwait(false))
            {
                if (household.Number is { } number && wanted.Contains(number))
                {
                    found.Add(number);
                }
            }
        }

        return found;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<CitizenId, string>> FindResidentsAsync(IReadOnlyCollection<CitizenId> ids, LocalDate asOf, CancellationToken cancellationToken)
    {
        Guard.Against.Null(ids);
        var found = new Dictionary<CitizenId, string>();
        var session = await OpenSystemSessionAsync(cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            var residents = session.GetStore<IResidentStore>();
            var households = session.GetStore<IHouseholdStore>();
            foreach (var id in ids)
            {
                if (await residents.FindByCitizenIdAsync(id, cancellationToken).ConfigureAwait(false) is not { } resident)
                {
                    continue;
                }

                var number = string.Empty;
                await foreach (var household in households.QueryAsync(new HouseholdQuery(AsOf: asOf, Member: resident.Id), cancellationToken).ConfigureAwait(false))
                {
                    if (household.MembersOn(asOf).Any(m => m.Resident == resident.Id))
                    {
                        number = household.Number ?? household.Id.ToString();
                        break;
                    }
                }

                found[id] = number;
            }
        }

        return found;
    }

    /// <inheritdoc/>
    public Task<IReadOnlySet<string>> FindCareTagsAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        Guard.Against.Null(tags);
        return Task.FromResult<IReadOnlySet<string>>(tags.Where(t => FindCareTag(t) is not null).ToHashSet(StringComparer.Ordinal));
    }

    /// <inheritdoc/>
    public async Task WriteAsync(IReadOnlyList<LedgerHousehold> households, LocalDate asOf, IProgress<int>? written, CancellationToken cancellationToken)
    {
        Guard.Against.Null(households);
        var stamp = _registry.NewStamp();
        var entries = new List<HouseholdEntry>(households.Count);
        foreach (var household in households)
        {
            cancellationToken.ThrowIfCancellationRequested();
            entries.Add(ToEntry(household, asOf, stamp));
        }

        await _registry.AddCheckedAsync(entries, written, cancellationToken).ConfigureAwait(false);
    }

    internal HouseholdEntry ToEntry(LedgerHousehold household, LocalDate asOf, Grids.ChangeStamp stamp)
    {
        var residents = new List<Resident>(household.Members.Count);
        Household? registered = null;
        var others = new List<(ResidentId Id, RelationToHead Relation)>();
        foreach (var member in household.Members)
        {
            var floating = member.PopulationType == LedgerPopulationType.Floating && member is { RegisteredOn: { } from, ValidUntil: { } until }
                ? new FloatingRegistration(from, until)
                : null;
            var resident = Resident.Register(
                ResidentId.New(_clock),
                member.CitizenId,
                member.Name,
                household.Grid,
                member.PopulationType == LedgerPopulationType.Floating ? ResidencyKind.Floating : ResidencyKind.Registered,
                stamp,
                member.Phone,
                floating);
            foreach (var tag in member.CareTags)
            {
                resident.ApplyCareTag(FindCareTag(tag)!, asOf, stamp);
            }

            residents.Add(resident);
            if (member.IsHead)
            {
                registered = Household.Register(HouseholdId.New(_clock), resident.Id, household.Grid, household.Address, asOf, stamp, number: household.Number);
            }
            else
            {
                others.Add((resident.Id, LedgerRelations.TryParse(member.RelationToHead, out var relation) ? relation : RelationToHead.OtherRelative));
            }
        }

        foreach (var (id, relation) in others)
        {
            registered!.AddMember(id, relation, asOf, stamp);
        }

        return new HouseholdEntry(registered!, residents);
    }

    private CareTag? FindCareTag(string text) =>
        _tags.FindCareTag(text) ?? _tags.CareTags.FirstOrDefault(t => string.Equals(t.NameZh, text, StringComparison.Ordinal) || string.Equals(t.NameEn, text, StringComparison.OrdinalIgnoreCase));

    // Existence checks see the whole store, like the registry's own: a record outside the caller's
    // grids still blocks a duplicate, though the caller learns only that it exists.
    private ValueTask<IStorageSession> OpenSystemSessionAsync(CancellationToken cancellationToken) =>
        _provider.OpenSessionAsync(AccessScope.Unrestricted(_access.Scope.PrincipalId), cancellationToken);
}
