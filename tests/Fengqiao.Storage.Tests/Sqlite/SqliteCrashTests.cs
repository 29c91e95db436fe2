using System.Diagnostics;
using System.Globalization;
using Fengqiao.Auditing;
using Fengqiao.Storage.Tests.TestSupport;

namespace Fengqiao.Storage.Tests.Sqlite;

/// <summary>
/// Killing the process while it writes leaves every committed batch intact and no partial batch:
/// a child process commits batches of audit entries in a loop and is killed mid-batch.
/// </summary>
public sealed class SqliteCrashTests : IDisposable
{
    private const int BatchSize = 2_000;
    private readonly SqliteTempDatabase _database = new();

    [Fact]
    public async Task Killing_the_writer_mid_batch_keeps_committed_batches_and_no_partial_one()
    {
        for (var round = 1; round <= 2; round++)
        {
            var reported = await RunAndKillAsync(round, killAfterCommits: 3 + round);
            var batches = await ReadBatchesAsync(round);

            Assert.All(batches, b => Assert.Equal(BatchSize, b.Value));
            Assert.All(Enumerable.Range(1, reported), k => Assert.True(batches.ContainsKey(k), $"Batch {k} was reported committed but is missing."));
        }
    }

    public void Dispose() => _database.Dispose();

    private async Task<int> RunAndKillAsync(int run, int killAfterCommits)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "Fengqiao.Storage.CrashWriter.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(writer);
        start.ArgumentList.Add(_database.Path);
        start.ArgumentList.Add(BatchSize.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(run.ToString(CultureInfo.InvariantCulture));
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var reported = 0;
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (!line.StartsWith("committed ", StringComparison.Ordinal))
                {
                    continue;
                }

                reported = int.Parse(line["committed ".Length..], CultureInfo.InvariantCulture);
                if (reported >= killAfterCommits)
                {
                    // Let the next batch get under way, then kill without warning (SIGKILL).
                    await Task.Delay(Random.Shared.Next(1, 15), timeout.Token);
                    break;
                }
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        Assert.True(reported >= killAfterCommits, "The writer stopped before it committed enough batches: " + await process.StandardError.ReadToEndAsync());
        return reported;
    }

    private async Task<Dictionary<int, int>> ReadBatchesAsync(int run)
    {
        using var provider = await _database.OpenAsync();
        var counts = new Dictionary<int, int>();
        await foreach (var entry in provider.AuditLog.QueryAsync(new AuditQuery(PrincipalId: "crash-writer-" + run.ToString(CultureInfo.InvariantCulture))))
        {
            var batch = int.Parse(entry.SubjectId, CultureInfo.InvariantCulture);
            counts[batch] = counts.GetValueOrDefault(batch) + 1;
        }

        return counts;
    }
}
