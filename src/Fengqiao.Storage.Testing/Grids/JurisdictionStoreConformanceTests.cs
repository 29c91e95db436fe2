using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Grids;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Jurisdictions;
using Xunit;

namespace Fengqiao.Storage.Testing;

/// <summary>
/// Conformance of <see cref="IJurisdictionStore"/> (区划存储): round trip, every query, scope, effective
/// dating, optimistic concurrency and cancellation.
/// </summary>
public abstract class JurisdictionStoreConformanceTests : GridsConformanceTests
{
    /// <summary>Divisions of every level round-trip with their whole history, names in Chinese and nulls.</summary>
    [StorageFact]
    public async Task Divisions_of_every_level_round_trip()
    {
        var county = NewCounty();
        var township = county.Child(101);
        var village = township.Child(1);
        var prefecture = NewPrefecture();
        var divisions = new[]
        {
            Jurisdiction.Establish(prefecture, D(1988, 1, 1), "拉萨市" + ConformanceValues.MixedScriptText, DivisionKind.Prefecture, Stamp(), "Lhasa"),
            Jurisdiction.Establish(county, D(1960, 1, 1), "墨竹工卡县", DivisionKind.County, Stamp(), "Maizhokunggar County"),
            Jurisdiction.Establish(township, D(2000, 1, 1), "扎西岗乡", DivisionKind.Township, Stamp()),
            Jurisdiction.Establish(village, D(2000, 1, 1), "扎西岗村", DivisionKind.Village, Stamp()),
        };
        divisions[2].Rename(D(2015, 7, 1), "扎西岗镇", Stamp(), "Zhaxigang Town", DivisionKind.Town);

        await CommitAsync<IJurisdictionStore>(async store =>
        {
            foreach (var division in divisions)
            {
                await store.SaveAsync(division);
            }
        });

        foreach (var division in divisions)
        {
            var read = await ReadAsync<IJurisdictionStore, Jurisdiction?>(s => s.FindAsync(division.Code));
            Assert.NotNull(read);
            Assert.Equal(1, read.Version);
            Assert.Equal(1, division.Version);
            AssertSameState(division.ToState(), read.ToState());
        }
    }

    /// <summary>A province round-trips too (created, or revised when a shared database already holds it).</summary>
    [StorageFact]
    public async Task Province_round_trips()
    {
        var province = NewCounty().AncestorAt(JurisdictionLevel.Province);
        var existing = await ReadAsync<IJurisdictionStore, Jurisdiction?>(s => s.FindAsync(province));
        var division = existing ?? Jurisdiction.Establish(province, D(1965, 9, 1), "西藏自治区", DivisionKind.Province, Stamp(), "Tibet");
        if (existing is not null)
        {
            division.Rename(division.Current.Validity.ValidFrom, "西藏自治区", Stamp(), "Xizang " + NewMarker("r"));
        }

        await CommitAsync<IJurisdictionStore>(s => s.SaveAsync(division));

        var read = await ReadAsync<IJurisdictionStore, Jurisdiction?>(s => s.FindAsync(province));
        Assert.NotNull(read);
        AssertSameState(division.ToState(), read.ToState());
        Assert.Equal(division.Version, read.Version);
    }

    /// <summary>Dates at the edges of the supported range and instants at both extremes round-trip.</summary>
    [StorageFact]
    public async Task Extreme_dates_and_instants_round_trip()
    {
        var code = NewCounty();
        var division = Jurisdiction.Establish(code, ConformanceValues.MinDate, "最早县", DivisionKind.County, new ChangeStamp(ConformanceValues.MinInstant, "kit"));
        division.Rename(ConformanceValues.MaxDate, "最晚县", new ChangeStamp(ConformanceValues.MaxInstant, "kit"));
        await CommitAsync<IJurisdictionStore>(s => s.SaveAsync(division));

        var read = await ReadAsync<IJurisdictionStore, Jurisdiction?>(s => s.FindAsync(code));

        Assert.NotNull(read);
        AssertSameState(division.ToState(), read.ToState());
        Assert.Equal("最早县", read.AsOf(ConformanceValues.MinDate)!.Name);
        Assert.Equal("最晚县", read.AsOf(ConformanceValues.MaxDate)!.Name);
        Assert.Equal(ConformanceValues.MaxInstant, read.Current.Recorded.At);
    }

    /// <summary>Find of an unknown code returns null.</summary>
    [StorageFact]
    public async Task Find_of_an_unknown_code_returns_null() =>
        Assert.Null(await ReadAsync<IJurisdictionStore, Jurisdiction?>(s => s.FindAsync(NewCounty())));

    /// <summary>Queries by subtree, level and date return exactly the matching divisions, ordered by code.</summary>
    [StorageFact]
    public async Task Queries_filter_by_subtree_level_and_date()
    {
        var county = NewCounty();
        var t1 = county.Child(101);
        var t2 = county.Child(201);
        var v1 = t1.Child(1);
        var c = Jurisdiction.Establish(county, D(2020, 1, 1), "县", DivisionKind.County, Stamp());
        var j1 = Jurisdiction.Establish(t1, D(2020, 1, 1), "甲镇", DivisionKind.Town, Stamp());
        j1.Rename(D(2023, 1, 1), "甲街道", Stamp(), kind: DivisionKind.Subdistrict);
        var j2 = Jurisdiction.Establish(t2, D(2021, 6, 1), "乙乡", DivisionKind.Township, Stamp());
        j2.Abolish(D(2024, 1, 1), Stamp());
        var jv = Jurisdiction.Establish(v1, D(2020, 1, 1), "一村", DivisionKind.Village, Stamp());
        await CommitAsync<IJurisdictionStore>(async s =>
        {
            foreach (var j in new[] { jv, j2, c, j1 })
            {
                await s.SaveAsync(j);
            }
        });

        async Task<JurisdictionCode[]> Codes(JurisdictionQuery query) =>
            [.. (await ReadAsync<IJurisdictionStore, List<Jurisdiction>>(s => ToListAsync(s.QueryAsync(query)))).Select(j => j.Code)];

        Assert.Equal([county, t1, v1, t2], await Codes(new JurisdictionQuery(Within: county)));
        Assert.Equal([t1, t2], await Codes(JurisdictionQuery.ChildrenOf(county, D(2022, 1, 1))));
        Assert.Equal([t1], await Codes(JurisdictionQuery.ChildrenOf(county, D(2024, 1, 1))));
        Assert.Equal([county, t1, v1], await Codes(new JurisdictionQuery(Within: county, AsOf: D(2021, 5, 31))));
        Assert.Equal([v1], await Codes(new JurisdictionQuery(Within: county, Level: JurisdictionLevel.Village)));
        Assert.Equal([t1, v1], await Codes(new JurisdictionQuery(Within: t1)));
        Assert.Empty(await Codes(new JurisdictionQuery(Within: county, AsOf: D(2019, 12, 31))));

        var renamed = await ReadAsync<IJurisdictionStore, Jurisdiction?>(s => s.FindAsync(t1));
        Assert.Equal("甲镇", renamed!.AsOf(D(2022, 12, 31))!.Name);
        Assert.Equal("甲街道", renamed.AsOf(D(2023, 1, 1))!.Name);
        Assert.Equal(DivisionKind.Subdistrict, renamed.AsOf(D(2023, 1, 1))!.Kind);
    }

    /// <summary>Divisions outside the session's scope are invisible (null, absent), never an error; writing there is refused and stages nothing.</summary>
    [StorageFact]
    public async Task Divisions_outside_the_scope_are_invisible()
    {
        var a = NewCounty();
        var b = NewCounty();
        var divisions = new[]
        {
            Jurisdiction.Establish(a, D(2020, 1, 1), "甲县", DivisionKind.County, Stamp()),
            Jurisdiction.Establish(a.Child(101), D(2020, 1, 1), "甲镇", DivisionKind.Town, Stamp()),
            Jurisdiction.Establish(a.Child(102), D(2020, 1, 1), "乙镇", DivisionKind.Town, Stamp()),
            Jurisdiction.Establish(b, D(2020, 1, 1), "乙县", DivisionKind.County, Stamp()),
        };
        await CommitAsync<IJurisdictionStore>(async s =>
        {
            foreach (var j in divisions)
            {
                await s.SaveAsync(j);
            }
        });
        var countyScope = AccessScope.For("officer-a", [a]);
        var townshipScope = AccessScope.For("officer-a101", [a.Child(101)]);

        Assert.Null(await ReadAsync<IJurisdictionStore, Jurisdiction?>(s => s.FindAsync(b), countyScope));
        Assert.NotNull(await ReadAsync<IJurisdictionStore, Jurisdiction?>(s => s.FindAsync(a.Child(101)), countyScope));
        Assert.Null(await ReadAsync<IJurisdictionStore, Jurisdiction?>(s => s.FindAsync(a), townshipScope));
        Assert.Null(await ReadAsync<IJurisdictionStore, Jurisdiction?>(s => s.FindAsync(a.Child(102)), townshipScope));
        var all = await ReadAsync<IJurisdictionStore, List<Jurisdiction>>(s => ToListAsync(s.QueryAsync(new JurisdictionQuery())), countyScope);
        Assert.All(all, j => Assert.True(a.Contains(j.Code)));
        Assert.Equal([a, a.Child(101), a.Child(102)], all.Select(j => j.Code).Where(c => a.Contains(c)));
        Assert.Empty(await ReadAsync<IJurisdictionStore, List<Jurisdiction>>(s => ToListAsync(s.QueryAsync(new JurisdictionQuery(Within: b))), countyScope));
        Assert.Equal(
            [a.Child(101)],
            (await ReadAsync<IJurisdictionStore, List<Jurisdiction>>(s => ToListAsync(s.QueryAsync(new JurisdictionQuery(Within: a))), townshipScope)).Select(j => j.Code));

        var other = await ReadAsync<IJurisdictionStore, Jurisdiction?>(s => s.FindAsync(b));
        other!.Rename(D(2021, 1, 1), "丙县", Stamp());
        await using var session = await OpenSessionAsync(countyScope);
        var error = await Assert.ThrowsAsync<ValidationException>(() => session.GetStore<IJurisdictionStore>().SaveAsync(other));
        Assert.Equal(ErrorCodes.OutsideScope, error.Code);
        await session.CommitAsync();
        Assert.Equal("乙县", (await ReadAsync<IJurisdictionStore, Jurisdiction?>(s => s.FindAsync(b)))!.Current.Name);
    }

    /// <summary>A write based on a stale version is rejected with a conflict; the first writer's change stays.</summary>
    [StorageFact]
    public async Task Stale_write_is_rejected()
    {
        var code = await EstablishCountyAsync("并发县 0");
        await AssertStaleWriteRejectedAsync<IJurisdictionStore, Jurisdiction>(
            s => s.FindAsync(code),
            (j, writer) => j.Rename(j.Current.Validity.ValidFrom, $"并发县 {writer}", Stamp()),
            (s, j) => s.SaveAsync(j),
            j => int.Parse(j.Current.Name[4..], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Creating a division whose code already exists is a conflict (a stale "new").</summary>
    [StorageFact]
    public async Task Creating_an_existing_code_is_a_conflict()
    {
        var code = await EstablishCountyAsync("原县");
        await using var session = await OpenSessionAsync();
        await session.GetStore<IJurisdictionStore>().SaveAsync(Jurisdiction.Establish(code, D(2020, 1, 1), "重复县", DivisionKind.County, Stamp()));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => session.CommitAsync());
        Assert.Equal("原县", (await ReadAsync<IJurisdictionStore, Jurisdiction?>(s => s.FindAsync(code)))!.Current.Name);
    }

    /// <summary>Parallel writers doing read-modify-write with retry lose no update.</summary>
    [StorageFact]
    public async Task Parallel_writers_lose_no_update()
    {
        var code = await EstablishCountyAsync("计数县 0");
        await AssertNoLostUpdatesAsync<IJurisdictionStore, Jurisdiction>(
            s => s.FindAsync(code),
            j => int.Parse(j.Current.Name[4..], System.Globalization.CultureInfo.InvariantCulture),
            (j, n) => j.Rename(j.Current.Validity.ValidFrom, FormattableString.Invariant($"计数县 {n}"), Stamp()),
            (s, j) => s.SaveAsync(j));
    }

    /// <summary>Reads and saves honour a cancelled token; a cancelled save stages nothing.</summary>
    [StorageFact]
    public async Task Cancelled_reads_and_saves_throw_and_write_nothing()
    {
        var code = NewCounty();
        await using var session = await OpenSessionAsync();
        var store = RequireStore<IJurisdictionStore>(session);

        await AssertCancelledAsync(t => store.FindAsync(code, t));
        await AssertCancelledAsync(t => ToListAsync(store.QueryAsync(new JurisdictionQuery(Within: code), t)));
        await AssertCancelledAsync(t => store.SaveAsync(Jurisdiction.Establish(code, D(2020, 1, 1), "取消县", DivisionKind.County, Stamp()), t));
        await session.CommitAsync();

        Assert.Null(await ReadAsync<IJurisdictionStore, Jurisdiction?>(s => s.FindAsync(code)));
    }

    private async Task<JurisdictionCode> EstablishCountyAsync(string name)
    {
        var code = NewCounty();
        await CommitAsync<IJurisdictionStore>(s => s.SaveAsync(Jurisdiction.Establish(code, D(2020, 1, 1), name, DivisionKind.County, Stamp())));
        return code;
    }
}
