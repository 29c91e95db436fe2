using System.Text.Json;
using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Storage;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Samples.LegacyBackend;

/// <summary>
/// A session of the legacy backend: subclasses Fengqiao's <see cref="StorageSession"/>, which holds the
/// staged audit entries and events and serializes the events before <see cref="CommitCoreAsync"/> runs.
/// The session stages division states and writes them, the entries and the events in one transaction.
/// </summary>
internal sealed class LegacySession(AccessScope scope, SqliteConnection connection) : StorageSession(scope)
{
    private readonly Dictionary<string, (JurisdictionState State, long ExpectedVersion)> _staged = new(StringComparer.Ordinal);

    public SqliteConnection Connection => connection;

    public void Stage(JurisdictionState state, long expectedVersion) => _staged[state.Code.ToString()] = (state, expectedVersion);

    protected override object? CreateStore(Type storeType) =>
        storeType == typeof(IJurisdictionStore) ? new LegacyJurisdictionStore(this) : null;

    protected override bool IsStoreRegistered(Type storeType) => storeType == typeof(IJurisdictionStore);

    protected override async Task CommitCoreAsync(StagedCommit commit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            foreach (var (state, expected) in _staged.Values)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await LegacyJurisdictionRows.WriteAsync(connection, transaction, state, expected, cancellationToken);
            }

            foreach (var entry in commit.AuditEntries)
            {
                await ExecuteAsync(transaction, "INSERT INTO fq_audit (id, entry) VALUES ($a, $b)", entry.Id.ToString(), JsonSerializer.Serialize(entry), cancellationToken);
            }

            foreach (var message in commit.OutboxMessages)
            {
                await ExecuteAsync(transaction, "INSERT INTO fq_outbox (id, event_type, payload) VALUES ($a, $b, $c)", message.Id.ToString(), message.EventType, cancellationToken, message.Payload);
            }

            // Past this point a cancellation no longer undoes the commit.
            cancellationToken.ThrowIfCancellationRequested();
            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode is 5 or 6)
        {
            // Translate provider errors; never copy parameter values into the message.
            throw new StorageException(ErrorCodes.StorageUnavailable, "The legacy database stayed locked.", exception);
        }
    }

    protected override void DiscardStagedWrites() => _staged.Clear();

    protected override async ValueTask DisposeCoreAsync()
    {
        await connection.DisposeAsync();
        await base.DisposeCoreAsync();
    }

    private async Task ExecuteAsync(SqliteTransaction transaction, string sql, string a, string b, CancellationToken cancellationToken, string? c = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$a", a);
        command.Parameters.AddWithValue("$b", b);
        if (c is not null)
        {
            command.Parameters.AddWithValue("$c", c);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
