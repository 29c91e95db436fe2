using BenchmarkDotNet.Attributes;
using Fengqiao.Grids.Geodesy;
using Fengqiao.Grids.GeoJson;
using Fengqiao.Grids.Locating;

namespace Fengqiao.Benchmarks.Grids;

/// <summary>
/// Building the index for a county's 10,000 irregular 20-vertex grids: <see cref="GridLocator.Build"/>
/// against building an STR-tree of prepared geometries (the preparation itself is lazy in
/// NetTopologySuite, so the baseline's first queries pay for the rest).
/// </summary>
[MemoryDiagnoser]
public class GridLocatorBuildBenchmarks
{
    private List<GridFeature> _grids = null!;

    [GlobalSetup]
    public void Setup() => _grids = SyntheticTilings.Irregular(100, 100);

    [Benchmark(Baseline = true)]
    public object NtsStrTreePrepared() => GridLocatorBenchmarks.BuildTree(_grids);

    [Benchmark]
    public object GridLocator_Build() => GridLocator.Build(_grids);
}
