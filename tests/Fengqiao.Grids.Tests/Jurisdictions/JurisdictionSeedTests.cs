using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Grids.Beats;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Grids.Jurisdictions.Seeds;
using Fengqiao.Grids.Staffing;
using Fengqiao.Grids.Storage;
using Fengqiao.Grids.Training;
using Fengqiao.Jurisdictions;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using static Fengqiao.Grids.Tests.Grids.World;

namespace Fengqiao.Grids.Tests.Jurisdictions;

public class JurisdictionSeedTests
{
    private static readonly string SeedDirectory = FindSeeds();

    [Fact]
    public void The_embedded_seeds_are_the_files_in_the_repository()
    {
        var embedded = JurisdictionSeed.LoadEmbedded().Build(Stamp);
        var files = JurisdictionSeed.Load(SeedDirectory).Build(Stamp);

        Assert.Equal(files.Divisions.Select(d => GridStateSerializer.Serialize(d.ToState())), embedded.Divisions.Select(d => GridStateSerializer.Serialize(d.ToState())));
        Assert.Equal(files.Grids.Select(g => GridStateSerializer.Serialize(g.ToState())), embedded.Grids.Select(g => GridStateSerializer.Serialize(g.ToState())));
        Assert.Equal(files.Staff.Select(s => s.Id), embedded.Staff.Select(s => s.Id));
    }

    [Fact]
    public void Every_seed_station_has_its_tree_grids_staff_and_beats()
    {
        var data = JurisdictionSeed.LoadEmbedded().Build(Stamp);
        var codes = data.Divisions.Select(d => d.Code).ToHashSet();

        Assert.Equal(["zhaxigang", "rong", "toutunhe", "gyirong", "tarqen", "zhangcun"], data.Stations.Select(s => s.Key));
        foreach (var code in new[] { "540000", "540100", "540127", "540500", "540523", "540200", "540234", "542500", "542521", "650100", "140000", "140800", "140829" })
        {
            Assert.Contains(JurisdictionCode.Parse(code), codes);
        }

        Assert.All(data.Divisions, d => Assert.True(d.Parent is null || codes.Contains(d.Parent.Value), $"{d.Code} has no parent"));
        Assert.All(data.Grids, g => Assert.Contains(g.Village, codes));
        Assert.All(data.Stations, s => Assert.Contains(data.Grids, g => s.Jurisdiction.Contains(g.Code)));
        Assert.Contains(data.Staff, m => m.Assignments.Any(a => a.Role == StaffRole.Liaison));
        Assert.Contains(data.Staff, m => m.Assignments.Any(a => a.Team == "老兵警长义务服务队"));
        Assert.Equal("唐加社区", data.Divisions.Single(d => d.Code == JurisdictionCode.Parse("540127200203")).AsOf(new NodaTime.LocalDate(2024, 1, 1))!.Name);
    }

    [Fact]
    public void The_seed_grids_tile_each_village_without_gaps_or_overlaps()
    {
        var data = JurisdictionSeed.LoadEmbedded().Build(Stamp);

        foreach (var village in data.Grids.GroupBy(g => g.Village))
        {
            var boundaries = village.Select(g => g.Current.Attributes.Boundary).ToList();
            var union = CascadedPolygonUnion.Union(boundaries);
            var summed = boundaries.Sum(b => b.Area);

            // No overlaps: the parts add up to their union. No gaps: the union is one polygon
            // without holes that fills its envelope (the seed villages are rectangles).
            Assert.True(Math.Abs(summed - union.Area) < 1e-12, $"{village.Key}: grids overlap");
            var polygon = Assert.IsType<Polygon>(union);
            Assert.Equal(0, polygon.NumInteriorRings);
            Assert.True(Math.Abs(polygon.EnvelopeInternal.Area - union.Area) < 1e-12, $"{village.Key}: grids leave a gap");
        }
    }

    [Fact]
    public async Task The_seeds_load_into_a_store_and_satisfy_one_officer_per_village()
    {
        var provider = NewProvider();
        var seed = JurisdictionSeed.LoadEmbedded();
        await using (var session = await provider.OpenSessionAsync(Admin))
        {
            await seed.SaveAsync(session, Stamp);
            await session.CommitAsync();
        }

        var access = new FixedAccessContext(Admin);
        var directory = new GridDirectory(provider, access, Clock());
        var on = new NodaTime.LocalDate(2024, 1, 1);
        foreach (var county in new[] { "540127", "540523", "650106", "540234", "542521", "140829" })
        {
            var report = await directory.CheckOneOfficerPerVillageAsync(JurisdictionCode.Parse(county), on);
            Assert.True(report.IsSatisfied, county);
            Assert.True(report.VillagesChecked > 0, county);
        }

        var gyirong = await new TrainingService(provider, access, Clock()).SummarizeAsync(JurisdictionCode.Parse("540234"), new NodaTime.LocalDate(2023, 1, 1), new NodaTime.LocalDate(2024, 1, 1));
        Assert.Equal(4, gyirong.Sessions);
        Assert.True(gyirong.TraineeTimes >= 320, $"{gyirong.TraineeTimes} trainee-times");

        var responsible = await directory.GetResponsibleAsync(JurisdictionCode.Parse("540234100201001"), on);
        Assert.Contains(responsible!.People, p => p.Role == StaffRole.GridAdviser);
        Assert.Contains(responsible.People, p => p.Role == StaffRole.CommunityOfficer && p.Beat is not null);
    }

    [Fact]
    public void Loading_twice_gives_the_same_ids()
    {
        var first = JurisdictionSeed.LoadEmbedded().Build(Stamp);
        var second = JurisdictionSeed.LoadEmbedded().Build(Stamp);

        Assert.Equal(first.Staff.Select(s => s.Id), second.Staff.Select(s => s.Id));
        Assert.Equal(first.Beats.Select(b => b.Id), second.Beats.Select(b => b.Id));
        Assert.Equal(first.Trainings.Select(t => t.Id), second.Trainings.Select(t => t.Id));
    }

    [Fact]
    public void A_broken_seed_is_reported_with_its_file()
    {
        var directory = Directory.CreateTempSubdirectory("fengqiao-seeds-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "jurisdictions.json"), """{"schemaVersion":1,"validFrom":"2021-01-01","divisions":[{"code":"54012","name":"x","kind":"county"}]}""");
            var error = Assert.Throws<ValidationException>(() => JurisdictionSeed.Load(directory.FullName).Build(Stamp));
            Assert.Equal(GridErrorCodes.SeedInvalid, error.Code);
            Assert.Equal("jurisdictions.json", error.Field);

            File.WriteAllText(Path.Combine(directory.FullName, "jurisdictions.json"), """{"schemaVersion":1,"validFrom":"2021-01-01","gridFiles":["grids/missing.geojson"]}""");
            Assert.Equal("grids/missing.geojson", Assert.Throws<ValidationException>(() => JurisdictionSeed.Load(directory.FullName)).Field);

            Assert.Equal(GridErrorCodes.SeedInvalid, Assert.Throws<ValidationException>(() => JurisdictionSeed.Load(Path.Combine(directory.FullName, "nowhere"))).Code);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds", "jurisdictions");
            if (File.Exists(Path.Combine(candidate, "jurisdictions.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("seeds/jurisdictions not found above the test directory");
    }
}
