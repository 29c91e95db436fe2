using BenchmarkDotNet.Attributes;
using Fengqiao.Access;
using Fengqiao.Grids;
using Fengqiao.Households.Households;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Storage.InMemory;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage;
using Fengqiao.Storage.InMemory;
using NodaTime;

namespace Fengqiao.Benchmarks.Households;

/// <summary>
/// Memory per household (3 residents each) in the in-memory store, beside a plain dictionary of
/// records holding the same fields. "Allocated" is per household (OperationsPerInvoke); the bytes that
/// stay reachable afterwards are printed once per method as "retained bytes per household".
/// </summary>
[MemoryDiagnoser]
public class HouseholdMemoryBenchmarks
{
    private const int Households = 10_000;
    private static readonly JurisdictionCode Grid = JurisdictionCode.Parse("540127200201001");
    private static readonly AccessScope Everywhere = AccessScope.Unrestricted("benchmark");
    private readonly List<(Household Household, Resident[] Residents)> _entries = [];
    private readonly List<(Guid Id, string Grid, string Address, RawMember[] Members)> _raw = [];
    private readonly Dictionary<string, long> _printed = [];

    [GlobalSetup]
    public void Setup()
    {
        var clock = new FixedClock(Instant.FromUtc(2025, 1, 1, 0, 0));
        var stamp = new ChangeStamp(clock.GetCurrentInstant(), "benchmark");
        for (var i = 0; i < Households; i++)
        {
            var residents = Enumerable.Range(0, 3)
                .Select(r => Resident.Register(ResidentId.New(clock), Id((i * 3) + r), "居民甲乙", Grid, ResidencyKind.Registered, stamp, MobileNumber.Parse("139" + ((i * 3) + r).ToString("D8", System.Globalization.CultureInfo.InvariantCulture))))
                .ToArray();
            var household = Household.Register(HouseholdId.New(clock), residents[0].Id, Grid, "扎西岗村幸福路" + i + "号", new LocalDate(2020, 1, 1), stamp);
            household.AddMember(residents[1].Id, RelationToHead.Spouse, new LocalDate(2020, 1, 1), stamp);
            household.AddMember(residents[2].Id, RelationToHead.Child, new LocalDate(2020, 1, 1), stamp);
            household.DequeuePendingEvents();
            foreach (var r in residents)
            {
                r.DequeuePendingEvents();
            }

            _entries.Add((household, residents));
            _raw.Add((household.Id.Value, Grid.ToString(), household.Current.Address, [.. residents.Select((r, k) => new RawMember(r.Id.Value, r.CitizenId.RevealUnmasked(), r.Name, r.Mobile!.Value.RevealUnmasked(), k))]));
        }
    }

    /// <summary>A plain dictionary of records with the same fields (ids, codes, texts): the floor any store stands on.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Households)]
    public object RawDictionary()
    {
        var before = GC.GetTotalMemory(true);
        var households = new Dictionary<Guid, RawHousehold>(Households);
        var residents = new Dictionary<Guid, RawResident>(Households * 3);
        foreach (var (id, grid, address, members) in _raw)
        {
            households[id] = new RawHousehold(id, grid, address, new DateOnly(2020, 1, 1), [.. members.Select(m => (m.Id, m.Relation))]);
            foreach (var m in members)
            {
                residents[m.Id] = new RawResident(m.Id, m.CitizenId, m.Name, m.Mobile, grid);
            }
        }

        Print(nameof(RawDictionary), before, (households, residents));
        return (households, residents);
    }

    /// <summary>The library's in-memory store: households and residents staged in one session and committed.</summary>
    [Benchmark(OperationsPerInvoke = Households)]
    public object InMemoryStore()
    {
        var before = GC.GetTotalMemory(true);
        var provider = new InMemoryStorageProvider(new IStoreContributor<InMemoryStorageSession>[] { new InMemoryHouseholdStores() });
        var session = provider.OpenSessionAsync(Everywhere).AsTask().GetAwaiter().GetResult();
        var residentStore = session.GetStore<IResidentStore>();
        var householdStore = session.GetStore<IHouseholdStore>();
        foreach (var (household, residents) in _entries)
        {
            // Fresh copies at version 0, as an import would make them.
            residentStore.AddManyAsync([.. residents.Select(r => Resident.FromState(r.ToState(), 0))]).GetAwaiter().GetResult();
            householdStore.AddManyAsync([Household.FromState(household.ToState(), 0)]).GetAwaiter().GetResult();
        }

        session.CommitAsync().GetAwaiter().GetResult();
        session.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Print(nameof(InMemoryStore), before, provider);
        return provider;
    }

    private static CitizenId Id(int n)
    {
        var body = "540127" + new LocalDate(1950, 1, 1).PlusDays(n / 999).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + ((n % 999) + 1).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return CitizenId.Parse(body + "10X98765432"[sum % 11]);
    }

    private void Print(string method, long before, object keep)
    {
        if (_printed.ContainsKey(method))
        {
            return;
        }

        var retained = GC.GetTotalMemory(true) - before;
        GC.KeepAlive(keep);
        _printed[method] = retained;
        Console.WriteLine($"// {method}: retained bytes per household (3 residents) = {retained / Households:N0}");
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }

    private sealed record RawMember(Guid Id, string CitizenId, string Name, string Mobile, int Relation);

    private sealed record RawHousehold(Guid Id, string Grid, string Address, DateOnly ValidFrom, (Guid Resident, int Relation)[] Members);

    private sealed record RawResident(Guid Id, string CitizenId, string Name, string Mobile, string Grid);
}
