using System.Collections.Concurrent;
using Fengqiao.Storage.PostgreSql.Resilience;
using Npgsql;

namespace Fengqiao.Storage.PostgreSql.Schema;

/// <summary>
/// Creates partitions before rows are written into them. Creation runs in its own short
/// transaction, not in the unit of work: creating a partition locks its parent table, and a unit
/// of work may be long (a bulk import). An empty partition left by a unit of work that later
/// fails is harmless. Two processes creating the same partition serialize on an advisory lock.
/// </summary>
internal sealed class PartitionManager
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _schema;
    private readonly RetryPolicy _retry;
    private readonly ConcurrentDictionary<string, bool> _ensured = new(StringComparer.Ordinal);

    public PartitionManager(NpgsqlDataSource dataSource, string schema, RetryPolicy retry)
    {
        _dataSource = dataSource;
        _schema = schema;
        _retry = retry;
    }

    /// <summary>Creates those of the partitions that this process has not yet seen to.</summary>
    public async Task EnsureAsync(IEnumerable<Partition> partitions, CancellationToken cancellationToken)
    {
        var missing = partitions.Where(p => !_ensured.ContainsKey(p.Name)).DistinctBy(p => p.Name).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        await _retry.ExecuteAsync(
            async ct =>
            {
                var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
                await using var connectionScope = connection.ConfigureAwait(false);
                var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
                await using var transactionScope = transaction.ConfigureAwait(false);
                var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('fengqiao.partitions.' || $1))", connection);
                await using (lockCommand.ConfigureAwait(false))
                {
                    lockCommand.Parameters.Add(new NpgsqlParameter { Value = _schema });
                    await lockCommand.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }

                foreach (var partition in missing)
                {
                    var command = new NpgsqlCommand(
                        $"CREATE TABLE IF NOT EXISTS {_schema}.{partition.Name} PARTITION OF {_schema}.{partition.Parent} {partition.Bounds}",
                        connection);
                    await using var commandScope = command.ConfigureAwait(false);
                    await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }

                await transaction.CommitAsync(ct).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);

        foreach (var partition in missing)
        {
            _ensured[partition.Name] = true;
        }
    }
}
