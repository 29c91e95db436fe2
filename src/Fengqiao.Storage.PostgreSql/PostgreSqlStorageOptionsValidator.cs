using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Fengqiao.Storage.PostgreSql;

/// <summary>Validates <see cref="PostgreSqlStorageOptions"/> once, when the provider is made.</summary>
internal sealed partial class PostgreSqlStorageOptionsValidator : IValidateOptions<PostgreSqlStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, PostgreSqlStorageOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"{nameof(PostgreSqlStorageOptions.ConnectionString)} is required.");
        }
        else if (!IsParsable(options.ConnectionString))
        {
            // The connection string may hold a password: never echo it.
            failures.Add($"{nameof(PostgreSqlStorageOptions.ConnectionString)} is not a valid Npgsql connection string.");
        }

        if (options.Schema is null || !SchemaName().IsMatch(options.Schema))
        {
            failures.Add($"{nameof(PostgreSqlStorageOptions.Schema)} must be 1-48 lower-case letters, digits or underscores, starting with a letter or underscore.");
        }

        if (options.MaxAttempts is < 1 or > 20)
        {
            failures.Add($"{nameof(PostgreSqlStorageOptions.MaxAttempts)} must be between 1 and 20.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.RetryMaxDelay < options.RetryBaseDelay)
        {
            failures.Add($"{nameof(PostgreSqlStorageOptions.RetryBaseDelay)} must be non-negative and at most {nameof(PostgreSqlStorageOptions.RetryMaxDelay)}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsParsable(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    // Partition names append "_" and a county code, so the schema and table names stay well inside 63 bytes.
    [GeneratedRegex("^[a-z_][a-z0-9_]{0,47}$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemaName();
}
