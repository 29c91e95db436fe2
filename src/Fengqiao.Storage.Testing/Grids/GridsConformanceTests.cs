using Fengqiao.Access;
using Fengqiao.Domain;
using Fengqiao.Errors;
using Fengqiao.Grids;
using Fengqiao.Grids.Storage;
using Fengqiao.Jurisdictions;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NodaTime;
using Xunit;

namespace Fengqiao.Storage.Testing;

/// <summary>
/// The base of the grids module's store suites: sessions that commit, state comparison through the
/// module's JSON form, sample geometries and the shared concurrency check.
/// </summary>
public abstract class GridsConformanceTests : StorageConformanceTests
{
    private static int _nextPrefecture = Random.Shared.Next(0, 55 * 99);

    /// <summary>Gets a WGS-84 geometry factory for sample boundaries.</summary>
    protected static GeometryFactory Geometry { get; } = NtsGeometryServices.Instance.CreateGeometryFactory(4326);

    /// <summary>Gets a stamp at the fake clock's instant by the kit's principal.</summary>
    protected ChangeStamp Stamp() => new(Clock.GetCurrentInstant(), "conformance-kit");

    /// <summary>Makes a prefecture code no other test of this run uses.</summary>
    /// <returns>The code.</returns>
    protected static JurisdictionCode NewPrefecture()
    {
        var index = (int)((uint)Interlocked.Increment(ref _nextPrefecture) % (55 * 99));
        return JurisdictionCode.Parse(FormattableString.Invariant($"{11 + (index / 99):00}{1 + (index % 99):00}00"));
    }

    /// <summary>Makes a square polygon (lon/lat degrees).</summary>
    /// <param name="x">West edge.</param>
    /// <param name="y">South edge.</param>
    /// <param name="size">Edge length.</param>
    /// <returns>The polygon.</returns>
    protected static Polygon Square(double x, double y, double size) => Geometry.CreatePolygon(
    [
        new Coordinate(x, y), new Coordinate(x + size, y), new Coordinate(x + size, y + size), new Coordinate(x, y + size), new Coordinate(x, y),
    ]);

    /// <summary>Makes a multipolygon of two parts, each with a hole, with coordinates that need every bit of a double.</summary>
    /// <returns>The multipolygon.</returns>
    protected static MultiPolygon MultiPolygonWithHoles()
    {
        static LinearRing Ring(double x, double y, double size) => Geometry.CreateLinearRing(
        [
            new Coordinate(x, y), new Coordinate(x + size, y), new Coordinate(x + size, y + size), new Coordinate(x, y + size), new Coordinate(x, y),
        ]);

        var first = Geometry.CreatePolygon(Ring(91.1000000000001, 29.6543210987654, 0.1), [Ring(91.12, 29.67, 0.01), Ring(91.15, 29.70, 0.0123456789)]);
        var second = Geometry.CreatePolygon(Ring(91.3, 29.9, 0.05), [Ring(91.31, 29.91, 1.0 / 3.0 / 100)]);
        return Geometry.CreateMultiPolygon([first, second]);
    }

    /// <summary>Runs a write in a session of the given scope and commits it.</summary>
    /// <typeparam name="TStore">The store contract.</typeparam>
    /// <param name="write">Stages the changes.</param>
    /// <param name="scope">The scope; the unrestricted kit scope when null.</param>
    /// <returns>A task that completes after the commit.</returns>
    protected async Task CommitAsync<TStore>(Func<TStore, Task> write, AccessScope? scope = null)
        where TStore : class
    {
        ArgumentNullException.ThrowIfNull(write);
        await using var session = await OpenSessionAsync(scope);
        await write(RequireStore<TStore>(session));
        await session.CommitAsync();
    }

    /// <summary>Reads through a store in a fresh session of the given scope.</summary>
    /// <typeparam name="TStore">The store contract.</typeparam>
    /// <typeparam name="T">The result.</typeparam>
    /// <param name="read">The read.</param>
    /// <param name="scope">The scope; the unrestricted kit scope when null.</param>
    /// <returns>The result.</returns>
    protected async Task<T> ReadAsync<TStore, T>(Func<TStore, Task<T>> read, AccessScope? scope = null)
        where TStore : class
    {
        ArgumentNullException.ThrowIfNull(read);
        await using var session = await OpenSessionAsync(scope);
        return await read(RequireStore<TStore>(session));
    }

    /// <summary>Collects a stream.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The stream.</param>
    /// <returns>The items.</returns>
    protected static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>Asserts two state records are equal, field by field, through the module's JSON form.</summary>
    /// <typeparam name="TState">The state record.</typeparam>
    /// <param name="expected">The state written.</param>
    /// <param name="actual">The state read back.</param>
    protected static void AssertSameState<TState>(TState expected, TState actual)
        where TState : class =>
        Assert.Equal(GridStateSerializer.Serialize(expected), GridStateSerializer.Serialize(actual));

    /// <summary>
    /// Runs <paramref name="writers"/> writers in parallel (separate sessions), each doing read-modify-write
    /// increments on one aggregate and retrying on <see cref="ConcurrencyConflictException"/>; asserts no update
    /// is lost and that the version counts exactly the successful commits.
    /// </summary>
    /// <typeparam name="TStore">The store contract.</typeparam>
    /// <typeparam name="TAggregate">The aggregate.</typeparam>
    /// <param name="find">Loads the aggregate.</param>
    /// <param name="read">Reads the counter.</param>
    /// <param name="write">Sets the counter.</param>
    /// <param name="save">Saves the aggregate.</param>
    /// <param name="writers">The number of parallel writers.</param>
    /// <param name="incrementsEach">The increments each writer commits.</param>
    /// <returns>A task that completes when the check is done.</returns>
    protected async Task AssertNoLostUpdatesAsync<TStore, TAggregate>(
        Func<TStore, Task<TAggregate?>> find,
        Func<TAggregate, int> read,
        Action<TAggregate, int> write,
        Func<TStore, TAggregate, Task> save,
        int writers = 6,
        int incrementsEach = 3)
        where TStore : class
        where TAggregate : AggregateRoot
    {
        ArgumentNullException.ThrowIfNull(find);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(save);
        var start = await ReadAsync<TStore, TAggregate?>(find) ?? throw new InvalidOperationException("The aggregate to increment is missing.");
        var initialCount = read(start);
        var initialVersion = start.Version;
        var conflicts = 0;

        async Task Writer()
        {
            for (var done = 0; done < incrementsEach;)
            {
                await using var session = await OpenSessionAsync();
                var store = session.GetStore<TStore>();
                var aggregate = await find(store) ?? throw new InvalidOperationException("The aggregate vanished.");
                write(aggregate, read(aggregate) + 1);
                await save(store, aggregate);
                try
                {
                    await session.CommitAsync();
                    done++;
                }
                catch (ConcurrencyConflictException)
                {
                    Interlocked.Increment(ref conflicts);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(Writer)));

        var final = await ReadAsync<TStore, TAggregate?>(find);
        Assert.NotNull(final);
        Assert.Equal(initialCount + (writers * incrementsEach), read(final));
        Assert.Equal(initialVersion + (writers * incrementsEach), final.Version);
    }

    /// <summary>Asserts that a stale write fails the commit with a conflict and leaves the first writer's change.</summary>
    /// <typeparam name="TStore">The store contract.</typeparam>
    /// <typeparam name="TAggregate">The aggregate.</typeparam>
    /// <param name="find">Loads the aggregate.</param>
    /// <param name="change">Changes it (called with 1 for the first writer, 2 for the stale one).</param>
    /// <param name="save">Saves it.</param>
    /// <param name="changedBy">Reads which writer's change is stored.</param>
    /// <returns>A task that completes when the check is done.</returns>
    protected async Task AssertStaleWriteRejectedAsync<TStore, TAggregate>(
        Func<TStore, Task<TAggregate?>> find,
        Action<TAggregate, int> change,
        Func<TStore, TAggregate, Task> save,
        Func<TAggregate, int> changedBy)
        where TStore : class
        where TAggregate : AggregateRoot
    {
        ArgumentNullException.ThrowIfNull(find);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(save);
        ArgumentNullException.ThrowIfNull(changedBy);
        await using var first = await OpenSessionAsync();
        await using var second = await OpenSessionAsync();
        var a = await find(RequireStore<TStore>(first)) ?? throw new InvalidOperationException("Missing aggregate.");
        var b = await find(second.GetStore<TStore>()) ?? throw new InvalidOperationException("Missing aggregate.");
        var version = a.Version;
        change(a, 1);
        change(b, 2);
        await save(first.GetStore<TStore>(), a);
        await save(second.GetStore<TStore>(), b);

        await first.CommitAsync();
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.CommitAsync());

        Assert.Equal(version, conflict.ExpectedVersion);
        Assert.Equal(version + 1, a.Version);
        Assert.Equal(version, b.Version);
        var stored = await ReadAsync<TStore, TAggregate?>(find);
        Assert.NotNull(stored);
        Assert.Equal(1, changedBy(stored));
        Assert.Equal(version + 1, stored.Version);
    }

    /// <summary>Asserts that a cancelled token makes a read throw <see cref="OperationCanceledException"/>.</summary>
    /// <param name="read">The read, given a cancelled token.</param>
    /// <returns>A task that completes when the check is done.</returns>
    protected static async Task AssertCancelledAsync(Func<CancellationToken, Task> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read(cancellation.Token));
    }

    /// <summary>Gets a date.</summary>
    /// <param name="year">Year.</param>
    /// <param name="month">Month.</param>
    /// <param name="day">Day.</param>
    /// <returns>The date.</returns>
    protected static LocalDate D(int year, int month, int day) => new(year, month, day);
}
