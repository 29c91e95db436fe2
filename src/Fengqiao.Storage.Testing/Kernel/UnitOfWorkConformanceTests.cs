using Fengqiao.Auditing;
using Fengqiao.Errors;
using Fengqiao.Events;
using NodaTime;
using Xunit;

namespace Fengqiao.Storage.Testing;

/// <summary>
/// Conformance of the unit of work (工作单元): a commit writes every staged change, audit entry and
/// outbox message, or — on any failure, conflict or cancellation — nothing at all.
/// </summary>
public abstract partial class UnitOfWorkConformanceTests : StorageConformanceTests
{
    /// <summary>Staged audit entries and events become visible together at commit, and not before.</summary>
    [StorageFact]
    public async Task Commit_writes_staged_audit_entries_and_events_together()
    {
        var marker = NewMarker("uow");
        await using var session = await OpenSessionAsync();
        RequireStore<IAuditLog>(session);
        RequireStore<IOutbox>(session);
        session.Audit(Entry(marker, Clock.GetCurrentInstant()));
        session.Audit(Entry(marker, Clock.GetCurrentInstant() + Duration.FromSeconds(1)));
        session.Publish(new ProbeEvent(Clock.GetCurrentInstant(), marker));

        await using (var reader = await OpenSessionAsync())
        {
            Assert.Empty(await KernelProbes.QueryAuditAsync(reader, new AuditQuery(PrincipalId: marker)));
            Assert.Empty(await KernelProbes.PendingWithMarkerAsync(reader, marker));
        }

        await session.CommitAsync();

        await using var check = await OpenSessionAsync();
        Assert.Equal(2, (await KernelProbes.QueryAuditAsync(check, new AuditQuery(PrincipalId: marker))).Count);
        Assert.Single(await KernelProbes.PendingWithMarkerAsync(check, marker));
    }

    /// <summary>An event that cannot be serialized fails the commit, and the audit entries and other events staged with it are not written.</summary>
    [StorageFact]
    public async Task Commit_with_an_unserializable_event_writes_nothing()
    {
        var marker = NewMarker("uow-json");
        await using var session = await OpenStagedSessionAsync(marker);
        session.Publish(new UnserializableEvent(Clock.GetCurrentInstant()));

        await Assert.ThrowsAnyAsync<Exception>(() => session.CommitAsync());

        await AssertNothingWrittenAsync(marker);
    }

    /// <summary>A token cancelled before the commit starts raises <see cref="OperationCanceledException"/> and writes nothing.</summary>
    [StorageFact]
    public async Task Commit_with_a_cancelled_token_throws_and_writes_nothing()
    {
        var marker = NewMarker("uow-cancel");
        await using var session = await OpenStagedSessionAsync(marker);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.CommitAsync(cancellation.Token));

        await AssertNothingWrittenAsync(marker);
    }

    /// <summary>A token cancelled after the commit has started (while its events are serialized) writes nothing.</summary>
    [StorageFact]
    public async Task Commit_cancelled_after_it_started_throws_and_writes_nothing()
    {
        var marker = NewMarker("uow-cancel-during");
        await using var session = await OpenStagedSessionAsync(marker);
        using var cancellation = new CancellationTokenSource();
        session.Publish(new CancellingEvent(Clock.GetCurrentInstant(), cancellation));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.CommitAsync(cancellation.Token));

        await AssertNothingWrittenAsync(marker);
    }

    /// <summary>Cancelling while a large commit runs leaves either all of it or none of it, never a part.</summary>
    [StorageFact]
    public async Task Commit_cancelled_while_writing_leaves_all_or_nothing()
    {
        const int count = 2_000;
        var marker = NewMarker("uow-cancel-race");
        await using var session = await OpenSessionAsync();
        RequireStore<IAuditLog>(session);
        for (var i = 0; i < count; i++)
        {
            session.Audit(Entry(marker, Clock.GetCurrentInstant() + Duration.FromMilliseconds(i)));
        }

        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(1));
        var committed = true;
        try
        {
            await session.CommitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            committed = false;
        }

        await using var check = await OpenSessionAsync();
        var written = (await KernelProbes.QueryAuditAsync(check, new AuditQuery(PrincipalId: marker))).Count;
        Assert.Equal(committed ? count : 0, written);
    }

    /// <summary>A commit clears what it staged: committing again writes nothing twice.</summary>
    [StorageFact]
    public async Task Commit_clears_the_staged_work()
    {
        var marker = NewMarker("uow-clear");
        await using var session = await OpenStagedSessionAsync(marker);
        await session.CommitAsync();
        await session.CommitAsync();

        await using var check = await OpenSessionAsync();
        Assert.Single(await KernelProbes.QueryAuditAsync(check, new AuditQuery(PrincipalId: marker)));
        Assert.Single(await KernelProbes.PendingWithMarkerAsync(check, marker));
    }

    /// <summary>A failed commit clears what it staged too: the session can be used again for a fresh unit of work.</summary>
    [StorageFact]
    public async Task Failed_commit_clears_the_staged_work_and_the_session_stays_usable()
    {
        var marker = NewMarker("uow-retry");
        await using var session = await OpenSessionAsync();
        RequireStore<IAuditLog>(session);
        session.Audit(Entry(marker, Clock.GetCurrentInstant()));
        session.Publish(new UnserializableEvent(Clock.GetCurrentInstant()));
        await Assert.ThrowsAnyAsync<Exception>(() => session.CommitAsync());

        session.Audit(Entry(marker + "-second", Clock.GetCurrentInstant()));
        await session.CommitAsync();

        await using var check = await OpenSessionAsync();
        Assert.Empty(await KernelProbes.QueryAuditAsync(check, new AuditQuery(PrincipalId: marker)));
        Assert.Single(await KernelProbes.QueryAuditAsync(check, new AuditQuery(PrincipalId: marker + "-second")));
    }

    /// <summary>Disposing a session without committing writes nothing.</summary>
    [StorageFact]
    public async Task Disposing_without_commit_writes_nothing()
    {
        var marker = NewMarker("uow-dispose");
        var session = await OpenStagedSessionAsync(marker);
        await session.DisposeAsync();

        await AssertNothingWrittenAsync(marker);
    }

    /// <summary>A disposed session refuses further use with <see cref="ErrorCodes.SessionClosed"/>.</summary>
    [StorageFact]
    public async Task Disposed_session_refuses_use()
    {
        var session = await OpenSessionAsync();
        await session.DisposeAsync();

        var error = await Assert.ThrowsAsync<StorageException>(() => session.CommitAsync());
        Assert.Equal(ErrorCodes.SessionClosed, error.Code);
        Assert.Equal(ErrorCodes.SessionClosed, Assert.Throws<StorageException>(() => session.Audit(Entry("x", Clock.GetCurrentInstant()))).Code);
    }

    /// <summary>A store contract the backend does not know is reported as unsupported, never as some other store.</summary>
    [StorageFact]
    public async Task Unknown_store_contract_is_not_supported()
    {
        await using var session = await OpenSessionAsync();

        Assert.False(session.SupportsStore<IUnknownStore>());
        var error = Assert.Throws<StorageException>(() => session.GetStore<IUnknownStore>());
        Assert.Equal(ErrorCodes.StoreNotSupported, error.Code);
    }

    /// <summary>The session answers its scope.</summary>
    [StorageFact]
    public async Task Session_runs_in_the_scope_it_was_opened_with()
    {
        var scope = Access.AccessScope.For("officer-1", [NewCounty()]);
        await using var session = await OpenSessionAsync(scope);

        Assert.Same(scope, session.Scope);
    }

    /// <summary>Opens a session with one audit entry and one event staged under the marker (skipping when the backend lacks either store).</summary>
    private async Task<IStorageSession> OpenStagedSessionAsync(string marker)
    {
        var session = await OpenSessionAsync();
        try
        {
            RequireStore<IAuditLog>(session);
            RequireStore<IOutbox>(session);
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }

        session.Audit(Entry(marker, Clock.GetCurrentInstant()));
        session.Publish(new ProbeEvent(Clock.GetCurrentInstant(), marker));
        return session;
    }

    private protected async Task AssertNothingWrittenAsync(string marker)
    {
        await using var check = await OpenSessionAsync();
        if (check.SupportsStore<IAuditLog>())
        {
            Assert.Empty(await KernelProbes.QueryAuditAsync(check, new AuditQuery(PrincipalId: marker)));
        }

        if (check.SupportsStore<IOutbox>())
        {
            Assert.Empty(await KernelProbes.PendingWithMarkerAsync(check, marker));
        }
    }

    private protected static AuditEntry Entry(string principal, Instant at) =>
        new(Identifiers.TimeOrderedGuid.NewGuid(at), at, principal, "conformance.probe", "Probe", principal, null, null);

    /// <summary>A contract no backend provides.</summary>
    internal interface IUnknownStore
    {
    }
}
