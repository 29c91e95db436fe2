using Fengqiao.Access;
using Fengqiao.Jurisdictions;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Fengqiao.Storage.Testing;

/// <summary>
/// The base of every conformance test class (一致性测试套件). A backend's test project subclasses each
/// concrete suite (<see cref="UnitOfWorkConformanceTests"/>, <see cref="AuditLogConformanceTests"/>, …)
/// and supplies <see cref="CreateProviderAsync"/>; xunit then runs every inherited test against it.
/// </summary>
/// <remarks>
/// A provider is created before each test and released after it. Tests never assume an empty database:
/// each works in jurisdictions, principals and markers of its own, so a backend may hand every test the
/// same database (a file per test class, a shared PostgreSQL schema) or a fresh one.
/// </remarks>
public abstract class StorageConformanceTests : IAsyncLifetime
{
    private static int _nextCounty = Random.Shared.Next(0, CountySpace);
    private IStorageProvider? _provider;

    // 55 provinces (11–65) × 99 prefectures × 99 counties: a test run takes fresh county codes from here.
    private const int CountySpace = 55 * 99 * 99;

    /// <summary>Gets the backend under test (created before each test).</summary>
    protected IStorageProvider Provider => _provider ?? throw new InvalidOperationException("The provider is created in InitializeAsync.");

    /// <summary>Gets a fake clock for the instants the tests write, starting at 2025-03-01T00:00:00Z.</summary>
    protected FakeClock Clock { get; } = new(Instant.FromUtc(2025, 3, 1, 0, 0));

    /// <summary>Gets the unrestricted scope the tests use unless they test scoping.</summary>
    protected static AccessScope SystemScope { get; } = AccessScope.Unrestricted("conformance-kit");

    /// <inheritdoc/>
    public async Task InitializeAsync() => _provider = await CreateProviderAsync().ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_provider is not null)
        {
            await DisposeProviderAsync(_provider).ConfigureAwait(false);
            _provider = null;
        }
    }

    /// <summary>Creates (or opens) the backend under test; called before every test.</summary>
    /// <returns>The backend, with the stores it supports registered.</returns>
    protected abstract Task<IStorageProvider> CreateProviderAsync();

    /// <summary>Releases the backend after a test; by default disposes it when it is disposable.</summary>
    /// <param name="provider">The backend.</param>
    /// <returns>A task that completes when it is released.</returns>
    protected virtual async Task DisposeProviderAsync(IStorageProvider provider)
    {
        switch (provider)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    /// <summary>Opens a session of the backend under test.</summary>
    /// <param name="scope">The scope; <see cref="SystemScope"/> when null.</param>
    /// <returns>The session.</returns>
    protected ValueTask<IStorageSession> OpenSessionAsync(AccessScope? scope = null) =>
        Provider.OpenSessionAsync(scope ?? SystemScope);

    /// <summary>Gets a store, or skips the test visibly when the backend does not provide it.</summary>
    /// <typeparam name="TStore">The store contract.</typeparam>
    /// <param name="session">The session.</param>
    /// <returns>The store.</returns>
    /// <exception cref="StoreCapabilityMissingException">The backend lacks the store; the test is reported skipped.</exception>
    protected TStore RequireStore<TStore>(IStorageSession session)
        where TStore : class
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!session.SupportsStore<TStore>())
        {
            throw new StoreCapabilityMissingException(typeof(TStore), Provider.Name);
        }

        return session.GetStore<TStore>();
    }

    /// <summary>Skips the test visibly unless a fresh session of the backend provides a store contract.</summary>
    /// <typeparam name="TStore">The store contract.</typeparam>
    /// <returns>A task that completes when the check is done.</returns>
    protected async Task RequireStoreAsync<TStore>()
        where TStore : class
    {
        var session = await OpenSessionAsync().ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            RequireStore<TStore>(session);
        }
    }

    /// <summary>Makes a county code no other test of this run uses, so tests never see each other's rows.</summary>
    /// <returns>A six-digit county code.</returns>
    protected static JurisdictionCode NewCounty()
    {
        var index = (int)((uint)Interlocked.Increment(ref _nextCounty) % CountySpace);
        var province = 11 + (index / (99 * 99));
        var prefecture = 1 + (index / 99 % 99);
        var county = 1 + (index % 99);
        return JurisdictionCode.Parse(FormattableString.Invariant($"{province:00}{prefecture:00}{county:00}"));
    }

    /// <summary>Makes a unique marker for ids, principals and payloads of one test.</summary>
    /// <param name="prefix">A readable prefix.</param>
    /// <returns>The marker.</returns>
    protected static string NewMarker(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..12];
}
