// Writes batches of audit entries into a SQLite database, one unit of work per batch, and prints
// "committed k" after each commit returns. The crash test kills this process mid-batch and checks
// that every batch is either complete or absent. Usage: CrashWriter <database path> <batch size> <run>
using System.Globalization;
using Fengqiao.Access;
using Fengqiao.Auditing;
using Fengqiao.Identifiers;
using Fengqiao.Storage.Sqlite;
using NodaTime;

var path = args[0];
var batchSize = int.Parse(args[1], CultureInfo.InvariantCulture);
var principal = "crash-writer-" + args[2];
using var provider = await SqliteStorageProvider.OpenAsync($"Data Source={path}");
var scope = AccessScope.Unrestricted("crash-writer");
var clock = SystemClock.Instance;
Console.Out.WriteLine("ready");
Console.Out.Flush();
for (var batch = 1; ; batch++)
{
    await using var session = await provider.OpenSessionAsync(scope);
    var subject = batch.ToString(CultureInfo.InvariantCulture);
    for (var i = 0; i < batchSize; i++)
    {
        var at = clock.GetCurrentInstant();
        session.Audit(new AuditEntry(TimeOrderedGuid.NewGuid(at), at, principal, "crash.batch", "CrashBatch", subject, null, null));
    }

    await session.CommitAsync();
    Console.Out.WriteLine($"committed {subject}");
    Console.Out.Flush();
}
