using Fengqiao.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Validates <see cref="SqliteStorageOptions"/> when the host first resolves them.</summary>
internal sealed class SqliteStorageOptionsValidator : IValidateOptions<SqliteStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, SqliteStorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail($"{nameof(SqliteStorageOptions.ConnectionString)} is required.");
        }

        try
        {
            _ = new SqliteConnectionStringBuilder(options.ConnectionString);
        }
        catch (ArgumentException)
        {
            // The text itself is not echoed: connection strings may carry a password.
            return ValidateOptionsResult.Fail($"{nameof(SqliteStorageOptions.ConnectionString)} is not a valid SQLite connection string.");
        }

        if (options.BusyTimeout <= TimeSpan.Zero || options.BusyTimeout > TimeSpan.FromDays(1))
        {
            return ValidateOptionsResult.Fail($"{nameof(SqliteStorageOptions.BusyTimeout)} must be between 1 ms and 1 day.");
        }

        return !Enum.IsDefined(options.Durability)
            ? ValidateOptionsResult.Fail($"{nameof(SqliteStorageOptions.Durability)} is not a known value.")
            : ValidateOptionsResult.Success;
    }
}
