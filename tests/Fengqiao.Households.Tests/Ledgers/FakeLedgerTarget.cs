using Fengqiao.Households.Ledgers;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Households.Tests.Ledgers;

/// <summary>A target over plain sets, to test the importer's checks apart from any store.</summary>
internal sealed class FakeLedgerTarget : ILedgerTarget
{
    public HashSet<JurisdictionCode> Grids { get; } = [JurisdictionCode.Parse(LedgerSamples.Grid1), JurisdictionCode.Parse(LedgerSamples.Grid2)];

    public HashSet<string> Households { get; } = new(StringComparer.Ordinal);

    public Dictionary<CitizenId, string> Residents { get; } = [];

    public List<LedgerHousehold> Written { get; } = [];

    public int Writes { get; private set; }

    public Task<IReadOnlySet<JurisdictionCode>> FindGridsAsync(IReadOnlyCollection<JurisdictionCode> grids, LocalDate asOf, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<JurisdictionCode>>(grids.Where(Grids.Contains).ToHashSet());

    public Task<IReadOnlySet<string>> FindHouseholdsAsync(IReadOnlyCollection<string> numbers, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(numbers.Where(Households.Contains).ToHashSet(StringComparer.Ordinal));

    public Task<IReadOnlyDictionary<CitizenId, string>> FindResidentsAsync(IReadOnlyCollection<CitizenId> ids, LocalDate asOf, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<CitizenId, string>>(ids.Where(Residents.ContainsKey).ToDictionary(id => id, id => Residents[id]));

    public HashSet<string> CareTags { get; } = new(["独居", "空巢", "行动不便", "low-income"], StringComparer.Ordinal);

    public Task<IReadOnlySet<string>> FindCareTagsAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(tags.Where(CareTags.Contains).ToHashSet(StringComparer.Ordinal));

    public Task WriteAsync(IReadOnlyList<LedgerHousehold> households, LocalDate asOf, IProgress<int>? written, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Writes++;
        foreach (var household in households)
        {
            Written.Add(household);
            Households.Add(household.Number);
            foreach (var member in household.Members)
            {
                Residents[member.CitizenId] = household.Number;
            }
        }

        written?.Report(households.Count);
        return Task.CompletedTask;
    }
}
