using System.Security.Cryptography;
using Fengqiao.Storage.PostgreSql.Errors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Fengqiao.Storage.PostgreSql.Resilience;

/// <summary>
/// Runs an operation, and runs it again from the start after a transient failure, a bounded
/// number of times with jittered exponential backoff. The operation must be a whole unit (open,
/// begin, write, commit), so that a retry never resumes a half-done transaction. Conflicts and
/// other errors are not retried; Npgsql errors leave translated.
/// </summary>
internal sealed partial class RetryPolicy
{
    private readonly int _maxAttempts;
    private readonly TimeSpan _baseDelay;
    private readonly TimeSpan _maxDelay;
    private readonly ILogger _logger;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;

    public RetryPolicy(int maxAttempts, TimeSpan baseDelay, TimeSpan maxDelay, ILogger? logger = null, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        _maxAttempts = maxAttempts;
        _baseDelay = baseDelay;
        _maxDelay = maxDelay;
        _logger = logger ?? NullLogger.Instance;
        _delay = delay ?? Task.Delay;
    }

    /// <summary>Runs an operation that returns nothing.</summary>
    public Task ExecuteAsync(Func<CancellationToken, Task> operation, CancellationToken cancellationToken) =>
        ExecuteAsync(
            async ct =>
            {
                await operation(ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken);

    /// <summary>Runs an operation and returns its result.</summary>
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await operation(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is NpgsqlException || TransientFailures.IsTransient(exception))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!TransientFailures.IsTransient(exception))
                {
                    throw PostgreSqlErrorTranslator.Translate((NpgsqlException)exception, attempt);
                }

                if (attempt >= _maxAttempts)
                {
                    throw PostgreSqlErrorTranslator.Unavailable(exception, attempt);
                }

                var wait = Backoff(attempt);
                LogRetry(_logger, attempt, _maxAttempts, Describe(exception), wait.TotalMilliseconds);
                await _delay(wait, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The wait before the next attempt: doubling from the base, with full jitter between half and all of it.</summary>
    internal TimeSpan Backoff(int attempt)
    {
        var ceiling = Math.Min(_maxDelay.TotalMilliseconds, _baseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1));
        var jitter = 0.5 + (RandomNumberGenerator.GetInt32(1000) / 2000.0);
        return TimeSpan.FromMilliseconds(ceiling * jitter);
    }

    private static string Describe(Exception exception) =>
        exception is PostgresException pg ? "SQLSTATE " + pg.SqlState : exception.GetType().Name;

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Transient PostgreSQL failure ({Failure}) on attempt {Attempt} of {MaxAttempts}; retrying the unit of work in {DelayMs} ms")]
    private static partial void LogRetry(ILogger logger, int attempt, int maxAttempts, string failure, double delayMs);
}
