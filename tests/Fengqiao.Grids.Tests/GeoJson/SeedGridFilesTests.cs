using Fengqiao.Grids.Coverage;
using Fengqiao.Grids.GeoJson;
using Fengqiao.Grids.Locating;

namespace Fengqiao.Grids.Tests.GeoJson;

/// <summary>The grid files shipped in seeds/jurisdictions/grids read, check and locate.</summary>
public class SeedGridFilesTests
{
    public static TheoryData<string> SeedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(SeedDirectory(), "*.geojson").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void A_seed_grid_file_reads_and_each_grid_locates_its_own_interior(string file)
    {
        using var stream = File.OpenRead(Path.Combine(SeedDirectory(), file));
        var grids = GridGeoJson.Read(stream);
        var locator = GridLocator.Build(grids);
        var report = GridCoverage.Check(grids);

        Assert.NotEmpty(grids);
        Assert.Equal(grids.Count, report.GridCount);
        foreach (var grid in grids)
        {
            var inside = grid.Boundary.InteriorPoint;
            Assert.Equal(grid.Code, locator.Locate(inside.X, inside.Y));
        }
    }

    private static string SeedDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var seeds = Path.Combine(directory.FullName, "seeds", "jurisdictions", "grids");
            if (Directory.Exists(seeds))
            {
                return seeds;
            }
        }

        throw new DirectoryNotFoundException("seeds/jurisdictions/grids was not found above the test directory.");
    }
}
