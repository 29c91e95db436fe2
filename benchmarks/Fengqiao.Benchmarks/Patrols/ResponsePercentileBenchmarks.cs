using BenchmarkDotNet.Attributes;
using Fengqiao.Patrols.Figures;

namespace Fengqiao.Benchmarks.Patrols;

/// <summary>
/// Median and 90th-percentile response time over 1,000,000 incidents: <see cref="Percentiles.Select"/>
/// (quickselect, expected linear) against sorting everything. Both copy the minutes first, as a report
/// must not reorder its input.
/// </summary>
[MemoryDiagnoser]
public class ResponsePercentileBenchmarks
{
    private const int Incidents = 1_000_000;
    private double[] _minutes = null!;
    private double[] _work = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(110);
        // Response times skewed like real ones: most within minutes, a long tail of remote call-outs.
        _minutes = [.. Enumerable.Range(0, Incidents).Select(_ => Math.Round(1 + (4 * -Math.Log(1 - (random.NextDouble() * 0.999))), 2))];
        _work = new double[Incidents];
        if (SortEverything() != Select())
        {
            throw new InvalidOperationException("Selection and sorting disagree.");
        }
    }

    [Benchmark(Baseline = true)]
    public (double Median, double P90) SortEverything()
    {
        _minutes.CopyTo(_work, 0);
        Array.Sort(_work);
        return (_work[(int)Math.Ceiling(0.5 * Incidents) - 1], _work[(int)Math.Ceiling(0.9 * Incidents) - 1]);
    }

    [Benchmark]
    public (double Median, double P90) Select()
    {
        _minutes.CopyTo(_work, 0);
        var median = Percentiles.Select(_work, 0.5)!.Value;
        // The median's partition leaves the upper half to the right: P90 needs only the same array again.
        var p90 = Percentiles.Select(_work, 0.9)!.Value;
        return (median, p90);
    }
}
