using Fengqiao.Errors;
using Fengqiao.Storage.PostgreSql.Resilience;
using Npgsql;

namespace Fengqiao.Storage.Tests.PostgreSql;

public sealed class RetryPolicyTests
{
    private readonly List<TimeSpan> _waits = [];

    [Theory]
    [InlineData("40001")]
    [InlineData("40P01")]
    [InlineData("57P01")]
    [InlineData("08006")]
    public async Task Transient_server_errors_are_retried_until_success(string sqlState)
    {
        var calls = 0;
        var result = await Policy(maxAttempts: 3).ExecuteAsync(
            _ => ++calls < 3 ? throw Server(sqlState) : Task.FromResult("done"),
            CancellationToken.None);

        Assert.Equal("done", result);
        Assert.Equal(3, calls);
        Assert.Equal(2, _waits.Count);
    }

    [Fact]
    public async Task A_conflict_is_never_retried()
    {
        var calls = 0;
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Policy(maxAttempts: 5).ExecuteAsync<int>(
            _ =>
            {
                calls++;
                throw new ConcurrencyConflictException("Grid", "g-1", 3);
            },
            CancellationToken.None));

        Assert.Equal(1, calls);
        Assert.Empty(_waits);
    }

    [Fact]
    public async Task A_permanent_server_error_is_translated_at_once()
    {
        var calls = 0;
        var error = await Assert.ThrowsAsync<StorageException>(() => Policy(maxAttempts: 5).ExecuteAsync<int>(
            _ =>
            {
                calls++;
                throw Server("23514");
            },
            CancellationToken.None));

        Assert.Equal(1, calls);
        Assert.Equal(Fengqiao.Storage.PostgreSql.PostgreSqlErrorCodes.ServerError, error.Code);
        Assert.Null(error.InnerException);
    }

    [Fact]
    public async Task A_lost_connection_outliving_its_retries_keeps_the_cause()
    {
        var error = await Assert.ThrowsAsync<StorageException>(() => Policy(maxAttempts: 2).ExecuteAsync<int>(
            _ => throw new NpgsqlException("Exception while reading from stream", new IOException("reset")),
            CancellationToken.None));

        Assert.Equal(ErrorCodes.StorageUnavailable, error.Code);
        Assert.IsType<NpgsqlException>(error.InnerException);
    }

    [Fact]
    public async Task Cancellation_stops_the_retries()
    {
        using var cancellation = new CancellationTokenSource();
        var calls = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Policy(maxAttempts: 5).ExecuteAsync<int>(
            _ =>
            {
                calls++;
                cancellation.Cancel();
                throw Server("40001");
            },
            cancellation.Token));

        Assert.Equal(1, calls);
    }

    [Fact]
    public void Backoff_doubles_within_jitter_and_stops_at_the_ceiling()
    {
        var policy = new RetryPolicy(10, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(700));

        for (var i = 0; i < 50; i++)
        {
            Assert.InRange(policy.Backoff(1).TotalMilliseconds, 50, 100);
            Assert.InRange(policy.Backoff(3).TotalMilliseconds, 200, 400);
            Assert.InRange(policy.Backoff(8).TotalMilliseconds, 350, 700);
        }
    }

    private static PostgresException Server(string sqlState) => new("injected", "ERROR", "ERROR", sqlState);

    private RetryPolicy Policy(int maxAttempts) => new(
        maxAttempts,
        TimeSpan.FromMilliseconds(10),
        TimeSpan.FromSeconds(1),
        delay: (wait, _) =>
        {
            _waits.Add(wait);
            return Task.CompletedTask;
        });
}
