using System.Globalization;
using Fengqiao.Grids;
using Fengqiao.Grids.Jurisdictions.Seeds;
using Fengqiao.Households.Households;
using Fengqiao.Households.Queries;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Tags;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Fengqiao.Cli.Demo;

/// <summary>
/// Generates the demo county's households (一户一表) — about 20,000 households and 60,000 residents at
/// scale 1, spread over the seed stations' grids — with valid citizen IDs, floating residents and care
/// tags, writes them in one batch through the household registry's bulk path, and prints the care-tag
/// counts per township. The generation is seeded, so a second run finds the first household's head on
/// record and reads back instead of adding the county again.
/// </summary>
internal sealed class HouseholdsDemoStep : IDemoStep
{
    private const int FullHouseholds = 20_000;

    // Address codes of floating residents' home counties (real GB/T 2260 county codes).
    private static readonly string[] HomeCounties = ["510104", "620102", "130102", "410102", "500101", "530102", "632122", "513401"];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "次仁", "扎西", "格桑", "多吉", "索朗", "拉巴"];

    private static readonly string[] GivenNames = ["卓玛", "央金", "平措", "德吉", "强", "伟", "芳", "秀英", "建国", "丽", "军", "敏", "达瓦", "旦增", "桑珠", "明"];

    public string Name => "households";

    public async Task RunAsync(DemoContext context, CancellationToken cancellationToken)
    {
        context.Heading("Households and residents 一户一表 (generated county)");
        var clock = context.Services.GetRequiredService<IClock>();
        var seed = JurisdictionSeed.LoadEmbedded();
        var data = seed.Build(ChangeStamp.Now(clock, "demo"));
        var grids = data.Grids.Where(g => g.ExistsOn(context.Today)).Select(g => g.Code).ToList();
        var target = context.Scaled(FullHouseholds);

        await using var scope = context.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<HouseholdRegistry>();
        var catalog = scope.ServiceProvider.GetRequiredService<TagCatalog>();
        var county = new CountyGenerator(clock, registry.NewStamp(), catalog, grids, context.Today);
        var firstHead = county.FirstHeadId();
        var generated = await registry.FindResidentAsync(firstHead, cancellationToken).ConfigureAwait(false) is null;
        int households = 0, residents = 0;
        if (generated)
        {
            var started = clock.GetCurrentInstant();
            var entries = county.Generate(target);
            households = await registry.AddManyAsync(entries, progress: null, cancellationToken).ConfigureAwait(false);
            residents = entries.Sum(e => e.Residents.Count);
            var seconds = (clock.GetCurrentInstant() - started).TotalSeconds;
            context.Say(string.Create(CultureInfo.InvariantCulture, $"  generated {households:N0} households, {residents:N0} residents over {grids.Count} grids in one batch ({seconds:F1} s)"));
        }
        else
        {
            context.Say("  households already in the store; reading them back");
        }

        var queries = scope.ServiceProvider.GetRequiredService<HouseholdQueries>();
        var townshipNames = data.Divisions.Where(d => d.Level == JurisdictionLevel.Township).ToDictionary(d => d.Code, d => d.Current.Name);
        var townships = new List<object>();
        foreach (var countyCode in grids.Select(g => g.AncestorAt(JurisdictionLevel.County)).Distinct().Order())
        {
            var counts = await queries.CareTagCountsAsync(countyCode, JurisdictionLevel.Township, context.Today, cancellationToken).ConfigureAwait(false);
            foreach (var township in counts.GroupBy(c => c.Division))
            {
                var name = townshipNames.GetValueOrDefault(township.Key, string.Empty);
                var tags = township.ToDictionary(c => c.CareTag, c => c.Residents, StringComparer.Ordinal);
                var line = string.Join(", ", township.Select(c => $"{catalog.FindCareTag(c.CareTag)?.NameZh ?? c.CareTag} {c.Residents}"));
                context.Say($"  {township.Key} {name}: {line}");
                townships.Add(new { township = township.Key.ToString(), name, careTags = tags });
            }
        }

        var overdue = 0;
        foreach (var countyCode in grids.Select(g => g.AncestorAt(JurisdictionLevel.County)).Distinct())
        {
            overdue += (await queries.RenewalOverdueAsync(countyCode, context.Today, cancellationToken).ConfigureAwait(false)).Count;
        }

        context.Say(string.Create(CultureInfo.InvariantCulture, $"  floating residents overdue for renewal 流动人口逾期未续登: {overdue:N0}"));
        context.Report.Steps[Name] = new { generated, households, residents, grids = grids.Count, renewalOverdue = overdue, townships };
    }

    /// <summary>
    /// A seeded county: households of one to six people (three on average), heads of 25–80, spouses,
    /// children, elderly parents; one household in eight floating, a fifth of those overdue for renewal.
    /// </summary>
    private sealed class CountyGenerator(IClock clock, ChangeStamp stamp, TagCatalog catalog, IReadOnlyList<JurisdictionCode> grids, LocalDate today)
    {
        private readonly Random _random = new(20_261_123);
        private readonly HashSet<CitizenId> _used = [];
        private int _number;

        public CitizenId FirstHeadId()
        {
            // The first head generated, from a fresh generator of the same seed.
            var probe = new CountyGenerator(clock, stamp, catalog, grids, today);
            return probe.Generate(1)[0].Residents[0].CitizenId;
        }

        public List<HouseholdEntry> Generate(int count)
        {
            var entries = new List<HouseholdEntry>(count);
            for (var i = 0; i < count; i++)
            {
                entries.Add(NextHousehold(grids[i % grids.Count]));
            }

            return entries;
        }

        private HouseholdEntry NextHousehold(JurisdictionCode grid)
        {
            var number = string.Create(CultureInfo.InvariantCulture, $"DEMO-{grid.ToString()[6..9]}-{++_number:D6}");
            var floating = _random.Next(8) == 0;
            var home = floating ? HomeCounties[_random.Next(HomeCounties.Length)] : grid.ToString()[..6];
            FloatingRegistration? registration = null;
            if (floating)
            {
                var registeredOn = today.PlusDays(-_random.Next(30, 500));
                registration = new FloatingRegistration(registeredOn, registeredOn.PlusYears(1));
            }

            var size = _random.Next(100) switch { < 12 => 1, < 35 => 2, < 65 => 3, < 85 => 4, < 95 => 5, _ => 6 };
            var headAge = size == 1 ? _random.Next(60, 92) : _random.Next(25, 80);
            var members = new List<(Resident Resident, RelationToHead Relation, int Age)>();
            var head = NewResident(home, headAge, grid, floating, registration);
            members.Add((head, RelationToHead.Head, headAge));
            if (size >= 2)
            {
                var age = Math.Max(20, headAge + _random.Next(-5, 4));
                members.Add((NewResident(home, age, grid, floating, registration), RelationToHead.Spouse, age));
            }

            for (var k = 2; k < size; k++)
            {
                var parent = k == 5 && headAge < 60;
                var age = parent ? headAge + _random.Next(22, 32) : Math.Max(0, headAge - _random.Next(20, 35));
                members.Add((NewResident(home, age, grid, floating, registration), parent ? RelationToHead.Parent : RelationToHead.Child, age));
            }

            var household = Household.Register(HouseholdId.New(clock), head.Id, grid, Address(grid), today, stamp, number: number);
            foreach (var (resident, relation, _) in members.Skip(1))
            {
                household.AddMember(resident.Id, relation, today, stamp);
            }

            Tag(members, size);
            return new HouseholdEntry(household, [.. members.Select(m => m.Resident)]);
        }

        private void Tag(List<(Resident Resident, RelationToHead Relation, int Age)> members, int size)
        {
            var lowIncome = _random.Next(100) < 4;
            foreach (var (resident, relation, age) in members)
            {
                if (size == 1 && age >= 60)
                {
                    Apply(resident, "living-alone");
                }

                if (size == 2 && age >= 60 && members.TrueForAll(m => m.Age >= 60))
                {
                    Apply(resident, "empty-nest");
                }

                if (age >= 80)
                {
                    Apply(resident, "elderly-80-plus");
                    if (_random.Next(4) == 0)
                    {
                        Apply(resident, "mobility-impaired");
                    }
                }

                if (age < 16 && _random.Next(20) == 0)
                {
                    Apply(resident, "left-behind-child");
                }

                if (_random.Next(70) == 0)
                {
                    Apply(resident, "disabled");
                }

                if (lowIncome)
                {
                    Apply(resident, "minimum-living-allowance");
                }
            }
        }

        private void Apply(Resident resident, string code)
        {
            if (catalog.FindCareTag(code) is { } tag)
            {
                resident.ApplyCareTag(tag, today, stamp);
            }
        }

        private Resident NewResident(string home, int age, JurisdictionCode grid, bool floating, FloatingRegistration? registration)
        {
            var id = NewId(home, today.PlusYears(-age).PlusDays(-_random.Next(0, 365)));
            var name = Surnames[_random.Next(Surnames.Length)] + GivenNames[_random.Next(GivenNames.Length)];
            MobileNumber? mobile = age >= 16 && _random.Next(3) > 0
                ? MobileNumber.Parse(string.Create(CultureInfo.InvariantCulture, $"1{_random.Next(3, 10)}{_random.Next(0, 1_000_000_000):D9}"))
                : null;
            return Resident.Register(
                ResidentId.New(clock), id, name, grid, floating ? ResidencyKind.Floating : ResidencyKind.Registered, stamp, mobile, registration);
        }

        /// <summary>A valid GB 11643 number: address code, birth date, a free sequence code and its check character.</summary>
        private CitizenId NewId(string address, LocalDate birth)
        {
            while (true)
            {
                var body = string.Create(CultureInfo.InvariantCulture, $"{address}{birth:yyyyMMdd}{_random.Next(1, 1000):D3}");
                var sum = 0;
                for (var i = 0; i < 17; i++)
                {
                    sum += (body[i] - '0') * Weights[i];
                }

                var id = CitizenId.Parse(body + "10X98765432"[sum % 11]);
                if (_used.Add(id))
                {
                    return id;
                }
            }
        }

        private string Address(JurisdictionCode grid) =>
            string.Create(CultureInfo.InvariantCulture, $"第{grid.ToString()[12..]}网格 {_random.Next(1, 40)}组{_random.Next(1, 120)}号");

        private static ReadOnlySpan<int> Weights => [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    }
}
