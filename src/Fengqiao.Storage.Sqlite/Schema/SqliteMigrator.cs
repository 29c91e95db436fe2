using System.Globalization;
using System.Reflection;
using Fengqiao.Errors;
using Fengqiao.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Fengqiao.Storage.Sqlite.Schema;

/// <summary>
/// Creates or upgrades the schema: applies the embedded scripts the database lacks, in order, in one
/// transaction, and records each in <c>schema_version</c>. Safe to run at every start and from several
/// processes at once (the write lock serializes them; the second finds nothing to do).
/// </summary>
internal static class SqliteMigrator
{
    private const string ResourcePrefix = "Fengqiao.Storage.Sqlite.Migrations.";

    /// <summary>Gets the embedded migrations, ordered by version.</summary>
    public static IReadOnlyList<SqliteMigration> Migrations { get; } = LoadMigrations();

    /// <summary>Gets the schema version this library writes.</summary>
    public static int LatestVersion => Migrations[^1].Version;

    public static void Migrate(SqliteConnection connection, IClock clock, TimeSpan busyTimeout, CancellationToken cancellationToken)
    {
        try
        {
            // WAL is a property of the file and cannot change inside a transaction.
            Execute(connection, null, "PRAGMA journal_mode = WAL;");
            using var transaction = connection.BeginTransaction(deferred: false);
            Execute(connection, transaction, """
                CREATE TABLE IF NOT EXISTS schema_version (
                    version    INTEGER NOT NULL PRIMARY KEY,
                    name       TEXT    NOT NULL,
                    applied_at INTEGER NOT NULL
                );
                """);
            var current = CurrentVersion(connection, transaction);
            if (current > LatestVersion)
            {
                throw new StorageException(ErrorCodes.SchemaTooNew, SqliteErrorMessages.Format(ErrorCodes.SchemaTooNew, current, LatestVersion));
            }

            foreach (var migration in Migrations.Where(m => m.Version > current))
            {
                cancellationToken.ThrowIfCancellationRequested();
                Execute(connection, transaction, migration.Sql);
                using var record = connection.CreateCommand();
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($version, $name, $at);";
                record.Parameters.AddWithValue("$version", migration.Version);
                record.Parameters.AddWithValue("$name", migration.Name);
                record.Parameters.AddWithValue("$at", SqliteValues.ToTicks(clock.GetCurrentInstant()));
                record.ExecuteNonQuery();
            }

            transaction.Commit();
        }
        catch (SqliteException exception)
        {
            throw SqliteErrors.Translate(exception, "migration", busyTimeout, cancellationToken);
        }
    }

    /// <summary>Reads the version a database is at (0 for a new one).</summary>
    public static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<SqliteMigration> LoadMigrations()
    {
        var assembly = typeof(SqliteMigrator).Assembly;
        var migrations = new List<SqliteMigration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var name = resource[ResourcePrefix.Length..];
            var version = int.Parse(name.AsSpan(0, name.IndexOf('_', StringComparison.Ordinal)), NumberStyles.None, CultureInfo.InvariantCulture);
            migrations.Add(new SqliteMigration(version, name, Read(assembly, resource)));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migration scripts must be numbered 1, 2, 3… without gaps; found {migrations[i].Name}.");
            }
        }

        return migrations;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
