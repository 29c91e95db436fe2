using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Grids;
using Fengqiao.Households.Addresses;
using Fengqiao.Households.Households;
using Fengqiao.Households.Houses;
using Fengqiao.Households.KeyPersons;
using Fengqiao.Households.Premises;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Tags;
using Fengqiao.Households.Visits;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Time;
using NodaTime;
using Xunit;

namespace Fengqiao.Storage.Testing;

/// <summary>
/// Conformance of the households module's stores (户籍与实有人口存储): <see cref="IHouseholdStore"/>,
/// <see cref="IResidentStore"/>, <see cref="IKeyPersonStore"/>, <see cref="IStandardAddressStore"/>,
/// <see cref="IHouseStore"/>, <see cref="IPremisesStore"/> and <see cref="IVisitStore"/>: round trips
/// with history and protected identifiers, lookups by citizen ID, queries, scope (absent, never
/// forbidden), the key-person permission, one ID per resident, the bulk path, optimistic concurrency
/// and cancellation. Backends that persist residents must be given a field protector.
/// </summary>
public abstract class HouseholdsConformanceTests : GridsConformanceTests
{
    private static int _nextSequence = Random.Shared.Next(0, 999);

    /// <summary>Makes a valid citizen ID of a county (its address code), unique within the test run.</summary>
    /// <param name="county">The county whose code is the ID's address code.</param>
    /// <returns>The ID.</returns>
    protected static CitizenId NewCitizenId(JurisdictionCode county)
    {
        ArgumentNullException.ThrowIfNull(county.ToString());
        var n = Interlocked.Increment(ref _nextSequence);
        var birth = new LocalDate(1950, 1, 1).PlusDays(n / 999 % 20000);
        var body = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{county.ToString()[..6]}{birth:yyyyMMdd}{(n % 999) + 1:000}");
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return CitizenId.Parse(body + "10X98765432"[sum % 11]);
    }

    /// <summary>Makes a resident of a grid.</summary>
    /// <param name="grid">The grid.</param>
    /// <param name="residency">Registered or floating.</param>
    /// <param name="floating">The floating registration.</param>
    /// <returns>The resident.</returns>
    protected Resident NewResident(JurisdictionCode grid, ResidencyKind residency = ResidencyKind.Registered, FloatingRegistration? floating = null) =>
        Resident.Register(ResidentId.New(Clock), NewCitizenId(grid.County!.Value), "居民" + ConformanceValues.MixedScriptText, grid, residency, Stamp(), MobileNumber.Parse("13912345678"), floating);

    /// <summary>Makes a household of new residents (head, spouse, child).</summary>
    /// <param name="grid">The grid.</param>
    /// <returns>The household and its residents.</returns>
    protected (Household Household, List<Resident> Residents) NewHousehold(JurisdictionCode grid)
    {
        var residents = new List<Resident> { NewResident(grid), NewResident(grid), NewResident(grid) };
        var household = Household.Register(HouseholdId.New(Clock), residents[0].Id, grid, "幸福路" + ConformanceValues.MixedScriptText, D(2020, 1, 1), Stamp(), number: "0001");
        household.AddMember(residents[1].Id, RelationToHead.Spouse, D(2020, 1, 1), Stamp());
        household.AddMember(residents[2].Id, RelationToHead.Child, D(2022, 3, 1), Stamp());
        return (household, residents);
    }

    /// <summary>A grid of a fresh county.</summary>
    /// <returns>The grid code.</returns>
    protected static JurisdictionCode NewGrid() => NewCounty().Child(101).Child(1).Child(1);

    /// <summary>A household with moves, head change and members round-trips with its history.</summary>
    [StorageFact]
    public async Task Household_round_trips_with_its_history()
    {
        var grid = NewGrid();
        var (household, residents) = NewHousehold(grid);
        household.Move(D(2023, 5, 1), grid.Parent!.Value.Child(2), "新址", Stamp(), StandardAddressId.New(Clock));
        household.ChangeHead(residents[1].Id, D(2024, 1, 1), RelationToHead.Spouse, Stamp());
        household.RemoveMember(residents[2].Id, D(2024, 9, 1), Stamp());
        await CommitAsync<IHouseholdStore>(s => s.SaveAsync(household));

        var read = await ReadAsync<IHouseholdStore, Household?>(s => s.FindAsync(household.Id));

        Assert.NotNull(read);
        Assert.Equal(1, read.Version);
        Assert.Equal(1, household.Version);
        AssertSameHousehold(household, read);
        Assert.Equal(residents[1].Id, read.HeadOn(D(2024, 1, 1)));
        Assert.Equal(grid, read.PlacementOn(D(2023, 4, 30))!.Grid);
    }

    /// <summary>Households are queried by division, date and member, ordered by id; other scopes find them absent.</summary>
    [StorageFact]
    public async Task Households_are_queried_by_division_date_member_and_scope()
    {
        var grid = NewGrid();
        var other = grid.Parent!.Value.Child(2);
        var (a, aResidents) = NewHousehold(grid);
        var (b, _) = NewHousehold(other);
        var (c, _) = NewHousehold(grid);
        c.Dissolve(D(2023, 1, 1), Stamp());
        await CommitAsync<IHouseholdStore>(async s =>
        {
            await s.SaveAsync(c);
            await s.SaveAsync(b);
            await s.SaveAsync(a);
        });
        var worker = AccessScope.For("worker", [grid]);

        var inGrid = await ReadAsync<IHouseholdStore, List<Household>>(s => ToListAsync(s.QueryAsync(new HouseholdQuery(Within: grid))));
        var onDate = await ReadAsync<IHouseholdStore, List<Household>>(s => ToListAsync(s.QueryAsync(new HouseholdQuery(Within: grid.County, AsOf: D(2024, 1, 1)))));
        var ofMember = await ReadAsync<IHouseholdStore, List<Household>>(s => ToListAsync(s.QueryAsync(new HouseholdQuery(Member: aResidents[2].Id))));
        var seen = await ReadAsync<IHouseholdStore, List<Household>>(s => ToListAsync(s.QueryAsync(new HouseholdQuery(Within: grid.County))), worker);
        var hidden = await ReadAsync<IHouseholdStore, Household?>(s => s.FindAsync(b.Id), worker);

        Assert.Equal(new[] { a.Id, c.Id }.OrderBy(i => i.Value), inGrid.Select(h => h.Id));
        Assert.Equal(new[] { a.Id, b.Id }.OrderBy(i => i.Value), onDate.Select(h => h.Id));
        Assert.Equal([a.Id], ofMember.Select(h => h.Id));
        Assert.Equal(new[] { a.Id, c.Id }.OrderBy(i => i.Value), seen.Select(h => h.Id));
        Assert.Null(hidden);
    }

    /// <summary>Saving a household outside the scope is refused and stages nothing.</summary>
    [StorageFact]
    public async Task Saving_outside_the_scope_is_refused()
    {
        var grid = NewGrid();
        var (household, residents) = NewHousehold(grid.Parent!.Value.Child(2));
        var worker = AccessScope.For("worker", [grid]);
        await using var session = await OpenSessionAsync(worker);

        var error = await Assert.ThrowsAsync<ValidationException>(() => RequireStore<IHouseholdStore>(session).SaveAsync(household));
        var resident = await Assert.ThrowsAsync<ValidationException>(() => RequireStore<IResidentStore>(session).SaveAsync(residents[0]));
        await session.CommitAsync();

        Assert.Equal(ErrorCodes.OutsideScope, error.Code);
        Assert.Equal(ErrorCodes.OutsideScope, resident.Code);
        Assert.Null(await ReadAsync<IHouseholdStore, Household?>(s => s.FindAsync(household.Id)));
    }

    /// <summary>A stale write of a household fails the commit and stores nothing.</summary>
    [StorageFact]
    public async Task A_stale_household_write_conflicts()
    {
        var (household, _) = NewHousehold(NewGrid());
        await CommitAsync<IHouseholdStore>(s => s.SaveAsync(household));
        var counter = 0;

        await AssertStaleWriteRejectedAsync<IHouseholdStore, Household>(
            s => s.FindAsync(household.Id),
            (h, n) => h.Renumber("N" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + Interlocked.Increment(ref counter).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (s, h) => s.SaveAsync(h),
            h => h.Number!.StartsWith("N1-", StringComparison.Ordinal) ? 1 : 2);
    }

    /// <summary>A resident round-trips with ID, phone, floating registration and care tags, and is found by ID.</summary>
    [StorageFact]
    public async Task Resident_round_trips_and_is_found_by_citizen_id()
    {
        var resident = NewResident(NewGrid(), ResidencyKind.Floating, new FloatingRegistration(D(2024, 1, 1), D(2025, 12, 31)));
        resident.ApplyCareTag(TagCatalog.Embedded.RequireCareTag("living-alone"), D(2024, 2, 1), Stamp());
        resident.EndCareTag("living-alone", D(2024, 8, 1), Stamp());
        resident.ApplyCareTag(TagCatalog.Embedded.RequireCareTag("disabled"), D(2024, 3, 1), Stamp());
        await CommitAsync<IResidentStore>(s => s.SaveAsync(resident));

        var byId = await ReadAsync<IResidentStore, Resident?>(s => s.FindAsync(resident.Id));
        var byCitizenId = await ReadAsync<IResidentStore, Resident?>(s => s.FindByCitizenIdAsync(CitizenId.Parse(resident.CitizenId.RevealUnmasked())));
        var unknown = await ReadAsync<IResidentStore, Resident?>(s => s.FindByCitizenIdAsync(NewCitizenId(resident.Grid.County!.Value)));

        Assert.NotNull(byId);
        Assert.Equal(resident.ToState() with { CareTags = [] }, byId.ToState() with { CareTags = [] });
        Assert.Equal(resident.CareTags, byId.CareTags);
        Assert.Equal(resident.Id, byCitizenId?.Id);
        Assert.Null(unknown);
    }

    /// <summary>Two residents with one citizen ID cannot both be stored: the second commit conflicts.</summary>
    [StorageFact]
    public async Task Two_residents_with_one_citizen_id_conflict()
    {
        var first = NewResident(NewGrid());
        var second = Resident.Register(ResidentId.New(Clock), first.CitizenId, "重复", first.Grid, ResidencyKind.Registered, Stamp());
        await CommitAsync<IResidentStore>(s => s.SaveAsync(first));

        await using var session = await OpenSessionAsync();
        await RequireStore<IResidentStore>(session).SaveAsync(second);
        var conflict = await Assert.ThrowsAnyAsync<FengqiaoException>(() => session.CommitAsync());

        Assert.IsType<ConcurrencyConflictException>(conflict);
        Assert.Null(await ReadAsync<IResidentStore, Resident?>(s => s.FindAsync(second.Id)));
    }

    /// <summary>Residents are queried by division, residency, care tag and overdue renewal.</summary>
    [StorageFact]
    public async Task Residents_are_queried_by_residency_care_tag_and_overdue_renewal()
    {
        var grid = NewGrid();
        var registered = NewResident(grid);
        registered.ApplyCareTag(TagCatalog.Embedded.RequireCareTag("empty-nest"), D(2024, 1, 1), Stamp());
        var overdue = NewResident(grid, ResidencyKind.Floating, new FloatingRegistration(D(2023, 1, 1), D(2023, 12, 31)));
        var current = NewResident(grid, ResidencyKind.Floating, new FloatingRegistration(D(2024, 1, 1), D(2026, 12, 31)));
        var elsewhere = NewResident(NewGrid(), ResidencyKind.Floating, new FloatingRegistration(D(2023, 1, 1), D(2023, 12, 31)));
        await CommitAsync<IResidentStore>(async s =>
        {
            foreach (var r in new[] { registered, overdue, current, elsewhere })
            {
                await s.SaveAsync(r);
            }
        });

        var floating = await ReadAsync<IResidentStore, List<Resident>>(s => ToListAsync(s.QueryAsync(new ResidentQuery(grid, ResidencyKind.Floating))));
        var tagged = await ReadAsync<IResidentStore, List<Resident>>(s => ToListAsync(s.QueryAsync(new ResidentQuery(grid.County, ActiveOn: D(2025, 1, 1), CareTag: "empty-nest"))));
        var late = await ReadAsync<IResidentStore, List<Resident>>(s => ToListAsync(s.QueryAsync(new ResidentQuery(grid.County, RenewalOverdueOn: D(2025, 1, 1)))));

        Assert.Equal(new[] { overdue.Id, current.Id }.OrderBy(i => i.Value), floating.Select(r => r.Id));
        Assert.Equal([registered.Id], tagged.Select(r => r.Id));
        Assert.Equal([overdue.Id], late.Select(r => r.Id));
    }

    /// <summary>The bulk path adds many households and residents in one commit; versions advance to 1.</summary>
    [StorageFact]
    public async Task The_bulk_path_adds_households_and_residents_in_one_commit()
    {
        var grid = NewGrid();
        var batch = Enumerable.Range(0, 25).Select(_ => NewHousehold(grid)).ToList();
        await using (var session = await OpenSessionAsync())
        {
            await RequireStore<IResidentStore>(session).AddManyAsync([.. batch.SelectMany(b => b.Residents)]);
            await RequireStore<IHouseholdStore>(session).AddManyAsync([.. batch.Select(b => b.Household)]);
            await session.CommitAsync();
        }

        var households = await ReadAsync<IHouseholdStore, List<Household>>(s => ToListAsync(s.QueryAsync(new HouseholdQuery(Within: grid))));
        var residents = await ReadAsync<IResidentStore, List<Resident>>(s => ToListAsync(s.QueryAsync(new ResidentQuery(grid))));
        var found = await ReadAsync<IResidentStore, Resident?>(s => s.FindByCitizenIdAsync(batch[7].Residents[1].CitizenId));

        Assert.Equal(25, households.Count);
        Assert.Equal(75, residents.Count);
        Assert.All(batch, b => Assert.Equal(1, b.Household.Version));
        Assert.All(batch.SelectMany(b => b.Residents), r => Assert.Equal(1, r.Version));
        Assert.Equal(batch[7].Residents[1].Id, found?.Id);
        AssertSameHousehold(batch[3].Household, households.Single(h => h.Id == batch[3].Household.Id));

        await using var again = await OpenSessionAsync();
        var stale = batch[0].Residents[0];
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => RequireStore<IResidentStore>(again).AddManyAsync([stale]));
    }

    /// <summary>Key-person records are invisible without the read permission and cannot be saved without the write permission.</summary>
    [StorageFact]
    public async Task Key_person_records_need_the_permissions()
    {
        var grid = NewGrid();
        var record = KeyPersonRecord.Open(ResidentId.New(Clock), grid);
        record.Designate(TagCatalog.Embedded.RequireKeyPersonCategory("petitioner"), D(2024, 1, 1), Stamp());
        var reader = AccessScope.For("reader", [grid], permissions: [FengqiaoPermissions.ReadKeyPersons]);
        var writer = AccessScope.For("writer", [grid], permissions: [FengqiaoPermissions.ReadKeyPersons, FengqiaoPermissions.WriteKeyPersons]);
        var plain = AccessScope.For("plain", [grid]);

        await using (var session = await OpenSessionAsync(reader))
        {
            var refused = await Assert.ThrowsAsync<ValidationException>(() => RequireStore<IKeyPersonStore>(session).SaveAsync(record));
            Assert.Equal(ErrorCodes.OutsideScope, refused.Code);
        }

        await CommitAsync<IKeyPersonStore>(s => s.SaveAsync(record), writer);

        Assert.NotNull(await ReadAsync<IKeyPersonStore, KeyPersonRecord?>(s => s.FindAsync(record.Resident), reader));
        Assert.Null(await ReadAsync<IKeyPersonStore, KeyPersonRecord?>(s => s.FindAsync(record.Resident), plain));
        Assert.Empty(await ReadAsync<IKeyPersonStore, List<KeyPersonRecord>>(s => ToListAsync(s.QueryAsync(new KeyPersonQuery(grid))), plain));
        var listed = await ReadAsync<IKeyPersonStore, List<KeyPersonRecord>>(s => ToListAsync(s.QueryAsync(new KeyPersonQuery(grid.County, "petitioner", D(2025, 1, 1)))), reader);
        Assert.Equal([record.Resident], listed.Select(r => r.Resident));
        Assert.Empty(await ReadAsync<IKeyPersonStore, List<KeyPersonRecord>>(s => ToListAsync(s.QueryAsync(new KeyPersonQuery(grid, "drug-user"))), reader));
    }

    /// <summary>Standard addresses, houses and premises (一标三实) round-trip and are queried by division.</summary>
    [StorageFact]
    public async Task Addresses_houses_and_premises_round_trip()
    {
        var grid = NewGrid();
        var address = StandardAddress.Register(StandardAddressId.New(Clock), grid, "幸福路8号" + ConformanceValues.MixedScriptText, Stamp(), "A-0008");
        var house = House.Register(HouseId.New(Clock), address.Id, grid, HouseUse.Rented, Stamp(), 86.5m);
        var premises = PremisesRecord.Register(PremisesId.New(Clock), "顺达快递", PremisesCategory.CourierLogistics, new PremisesContact("负责人", MobileNumber.Parse("13700001111")), grid, D(2022, 1, 1), Stamp(), "JY-001", address.Id);
        premises.ReportKeyItemSale(new KeyItemSalesReport(Guid.NewGuid(), D(2024, 5, 1), "管制刀具", 2.5m, "把", null, Stamp()));
        premises.AttachInspection(new PremisesInspectionLink(Guid.NewGuid(), "patrols", D(2024, 6, 1), true, "三项制度落实", Stamp()));
        await using (var session = await OpenSessionAsync())
        {
            await RequireStore<IStandardAddressStore>(session).SaveAsync(address);
            await RequireStore<IHouseStore>(session).SaveAsync(house);
            await RequireStore<IPremisesStore>(session).SaveAsync(premises);
            await session.CommitAsync();
        }

        var a = await ReadAsync<IStandardAddressStore, StandardAddress?>(s => s.FindAsync(address.Id));
        var h = await ReadAsync<IHouseStore, List<House>>(s => ToListAsync(s.QueryAsync(grid.County)));
        var p = await ReadAsync<IPremisesStore, List<PremisesRecord>>(s => ToListAsync(s.QueryAsync(grid, PremisesCategory.CourierLogistics)));
        var none = await ReadAsync<IPremisesStore, List<PremisesRecord>>(s => ToListAsync(s.QueryAsync(grid, PremisesCategory.Hotel)));

        Assert.Equal(address.ToState(), a?.ToState());
        Assert.Equal(house.ToState(), Assert.Single(h).ToState());
        var read = Assert.Single(p);
        Assert.Equal(premises.Responsible, read.Responsible);
        Assert.Equal(premises.SalesReports, read.SalesReports);
        Assert.Equal(premises.Inspections, read.Inspections);
        Assert.Empty(none);
    }

    /// <summary>Visits round-trip with needs, follow-ups and referrals, and are queried by household and dates.</summary>
    [StorageFact]
    public async Task Visits_round_trip_and_are_queried_by_household_and_dates()
    {
        var grid = NewGrid();
        var household = HouseholdId.New(Clock);
        var early = Visit.Record(VisitId.New(Clock), household, grid, D(2025, 3, 3), VisitKind.HomeVisit, ["officer-1", "worker-2"], Stamp(), "独居老人" + ConformanceValues.MixedScriptText);
        var need = early.RaiseNeed("service", "代办身份证");
        var action = early.PlanFollowUp("上门办证", 5, WorkingCalendarSet.Embedded, Stamp(), "officer-1", need);
        early.CloseFollowUp(action, D(2025, 3, 7), "已办结", Stamp());
        early.ReferNeed(need, new NeedReferral("service-request", "SR-42", Stamp()));
        var late = Visit.Record(VisitId.New(Clock), household, grid, D(2025, 5, 3), VisitKind.Phone, ["worker-2"], Stamp());
        var other = Visit.Record(VisitId.New(Clock), HouseholdId.New(Clock), grid, D(2025, 4, 1), VisitKind.Visit, ["worker-2"], Stamp());
        await CommitAsync<IVisitStore>(async s =>
        {
            await s.SaveAsync(late);
            await s.SaveAsync(other);
            await s.SaveAsync(early);
        });

        var read = await ReadAsync<IVisitStore, Visit?>(s => s.FindAsync(early.Id));
        var ofHousehold = await ReadAsync<IVisitStore, List<Visit>>(s => ToListAsync(s.QueryAsync(new VisitQuery(Household: household))));
        var window = await ReadAsync<IVisitStore, List<Visit>>(s => ToListAsync(s.QueryAsync(new VisitQuery(grid.County, From: D(2025, 3, 4), To: D(2025, 5, 3)))));

        Assert.NotNull(read);
        Assert.Equal(early.Findings, read.Findings);
        Assert.Equal(early.Visitors, read.Visitors);
        Assert.Equal(early.Needs, read.Needs);
        Assert.Equal(early.FollowUps, read.FollowUps);
        Assert.Equal([early.Id, late.Id], ofHousehold.Select(v => v.Id));
        Assert.Equal([other.Id], window.Select(v => v.Id));
    }

    /// <summary>Reads and saves observe a cancelled token.</summary>
    [StorageFact]
    public async Task Cancelled_reads_throw()
    {
        var (household, residents) = NewHousehold(NewGrid());
        await using var session = await OpenSessionAsync();
        var households = RequireStore<IHouseholdStore>(session);
        var store = RequireStore<IResidentStore>(session);

        await AssertCancelledAsync(t => households.FindAsync(household.Id, t));
        await AssertCancelledAsync(t => ToListAsync(households.QueryAsync(new HouseholdQuery(household.Grid), t)));
        await AssertCancelledAsync(t => store.SaveAsync(residents[0], t));
    }

    private static void AssertSameHousehold(Household expected, Household actual)
    {
        var e = expected.ToState();
        var a = actual.ToState();
        Assert.Equal(e.Id, a.Id);
        Assert.Equal(e.Number, a.Number);
        Assert.Equal(e.Placements, a.Placements);
        Assert.Equal(e.Members, a.Members);
    }
}
