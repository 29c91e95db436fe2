using System.Collections.Concurrent;
using Fengqiao.Storage.PostgreSql.Resilience;
using Microsoft.Extensions.Logging;
using Fengqiao.Errors;
using Npgsql;

namespace Fengqiao.Storage.PostgreSql.Schema;

/// <summary>
/// Creates partitions before rows are written into them. Each creation runs in its own short
/// transaction, not in the unit of work: creating a partition locks its parent table, and a unit
/// of work may be long (a bulk import). An empty partition left by a unit of work that later
/// fails is harmless. Two processes creating the same partition serialize on an advisory lock.
/// </summary>
internal sealed partial class PartitionManager
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _schema;
    private readonly string _quotedSchema;
    private readonly RetryPolicy _retry;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, bool> _ensured = new(StringComparer.Ordinal);

    public PartitionManager(NpgsqlDataSource dataSource, string schema, RetryPolicy retry, ILogger logger)
    {
        _dataSource = dataSource;
        _schema = schema;
        _quotedSchema = SqlNames.Quote(schema);
        _retry = retry;
        _logger = logger;
    }

    /// <summary>Creates those of the partitions that this process has not yet seen to.</summary>
    public async Task EnsureAsync(IEnumerable<Partition> partitions, CancellationToken cancellationToken)
    {
        var missing = partitions.Where(p => !_ensured.ContainsKey(p.Name)).DistinctBy(p => p.Name).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        foreach (var partition in missing)
        {
            try
            {
                await _retry.ExecuteAsync(ct => CreateAsync(partition, ct), cancellationToken).ConfigureAwait(false);
            }
            catch (StorageException exception) when (exception.Data["SqlState"] is PostgresErrorCodes.CheckViolation)
            {
                // The default partition already holds rows of this county (written while automatic
                // creation was off): PostgreSQL refuses the partition. The rows keep going to the
                // default partition until a DBA moves them; the application keeps working.
                LogDefaultHoldsRows(_logger, partition.Name);
            }

            _ensured[partition.Name] = true;
        }
    }

    private async Task CreateAsync(Partition partition, CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var transactionScope = transaction.ConfigureAwait(false);
        var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('fengqiao.partitions.' || $1))", connection);
        await using (lockCommand.ConfigureAwait(false))
        {
            lockCommand.Parameters.Add(new NpgsqlParameter { Value = _schema });
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var create = new NpgsqlCommand(
            $"CREATE TABLE IF NOT EXISTS {_quotedSchema}.{partition.Name} PARTITION OF {_quotedSchema}.{partition.Parent} {partition.Bounds}",
            connection);
        await using (create.ConfigureAwait(false))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Partition {Partition} was not created: the default partition holds rows that belong in it; they and new rows stay in the default partition until moved")]
    private static partial void LogDefaultHoldsRows(ILogger logger, string partition);
}
