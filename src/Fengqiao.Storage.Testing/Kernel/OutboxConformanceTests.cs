using Fengqiao.Events;
using NodaTime;
using Xunit;

namespace Fengqiao.Storage.Testing;

/// <summary>
/// Conformance of the outbox (发件箱): committed events are pending in commit order until marked
/// dispatched; marking is idempotent and ignores unknown ids.
/// </summary>
public abstract class OutboxConformanceTests : StorageConformanceTests
{
    /// <summary>Events committed in separate units of work are pending in commit order, with type, payload and instant.</summary>
    [StorageFact]
    public async Task Committed_events_are_pending_in_commit_order()
    {
        var marker = NewMarker("outbox");
        await DrainAsync();
        var first = Clock.GetCurrentInstant();
        await CommitEventsAsync(new ProbeEvent(first, marker + "-a"));
        await CommitEventsAsync(new ProbeEvent(first + Duration.FromSeconds(1), marker + "-b"), new ProbeEvent(first + Duration.FromSeconds(2), marker + "-c"));

        var pending = await PendingAsync(marker);

        Assert.Equal(3, pending.Count);
        Assert.All(pending, m => Assert.Null(m.DispatchedAt));
        Assert.Equal(typeof(ProbeEvent).FullName, pending[0].EventType);
        Assert.Equal([first, first + Duration.FromSeconds(1), first + Duration.FromSeconds(2)], pending.Select(m => m.OccurredAt));
        Assert.Contains(marker + "-a", pending[0].Payload, StringComparison.Ordinal);
        Assert.Contains(marker + "-c", pending[2].Payload, StringComparison.Ordinal);
        Assert.Equal(3, pending.Select(m => m.Id).Distinct().Count());
    }

    /// <summary>The payload is the event's JSON exactly as the serializer wrote it.</summary>
    [StorageFact]
    public async Task Payload_round_trips_exactly()
    {
        var marker = NewMarker("outbox-json");
        await DrainAsync();
        var domainEvent = new ProbeEvent(ConformanceValues.MicrosecondInstant, marker + ConformanceValues.MixedScriptText);
        var expected = DomainEventSerializer.ToOutboxMessage(domainEvent);
        await CommitEventsAsync(domainEvent);

        var message = Assert.Single(await PendingAsync(marker));

        Assert.Equal(expected.Payload, message.Payload);
        Assert.Equal(expected.EventType, message.EventType);
        Assert.Equal(expected.OccurredAt, message.OccurredAt);
    }

    /// <summary>ReadPending returns at most the requested number of messages, oldest first.</summary>
    [StorageFact]
    public async Task Read_pending_honours_the_maximum()
    {
        var marker = NewMarker("outbox-max");
        await DrainAsync();
        var at = Clock.GetCurrentInstant();
        await CommitEventsAsync(Enumerable.Range(0, 5).Select(i => new ProbeEvent(at + Duration.FromSeconds(i), $"{marker}-{i}")).ToArray());

        await using var session = await OpenSessionAsync();
        var two = await KernelProbes.PendingAsync(session, maxCount: 2);

        Assert.Equal(2, two.Count);
        Assert.Contains($"{marker}-0", two[0].Payload, StringComparison.Ordinal);
        Assert.Contains($"{marker}-1", two[1].Payload, StringComparison.Ordinal);
    }

    /// <summary>Marked messages are no longer pending; unknown and already dispatched ids are ignored.</summary>
    [StorageFact]
    public async Task Mark_dispatched_removes_messages_from_pending_and_is_idempotent()
    {
        var marker = NewMarker("outbox-mark");
        await DrainAsync();
        var at = Clock.GetCurrentInstant();
        await CommitEventsAsync(new ProbeEvent(at, marker + "-1"), new ProbeEvent(at, marker + "-2"), new ProbeEvent(at, marker + "-3"));
        var pending = await PendingAsync(marker);
        var outbox = await OutboxAsync();

        await outbox.MarkDispatchedAsync([pending[0].Id, Guid.NewGuid()], at + Duration.FromMinutes(1));
        await outbox.MarkDispatchedAsync([pending[0].Id], at + Duration.FromMinutes(2));

        var left = await PendingAsync(marker);
        Assert.Equal([pending[1].Id, pending[2].Id], left.Select(m => m.Id));

        await outbox.MarkDispatchedAsync([pending[1].Id, pending[2].Id], at + Duration.FromMinutes(3));
        Assert.Empty(await PendingAsync(marker));
    }

    /// <summary>Marking an empty list is a no-op.</summary>
    [StorageFact]
    public async Task Mark_dispatched_with_no_ids_does_nothing()
    {
        var marker = NewMarker("outbox-none");
        await DrainAsync();
        await CommitEventsAsync(new ProbeEvent(Clock.GetCurrentInstant(), marker));

        await (await OutboxAsync()).MarkDispatchedAsync([], Clock.GetCurrentInstant());

        Assert.Single(await PendingAsync(marker));
    }

    /// <summary>Events of a unit of work that is never committed never reach the outbox.</summary>
    [StorageFact]
    public async Task Uncommitted_events_never_appear()
    {
        var marker = NewMarker("outbox-uncommitted");
        await using (var session = await OpenSessionAsync())
        {
            RequireStore<IOutbox>(session);
            session.Publish(new ProbeEvent(Clock.GetCurrentInstant(), marker));
        }

        Assert.Empty(await PendingAsync(marker));
    }

    /// <summary>Marks every pending message dispatched, so a shared database's history does not crowd the reads.</summary>
    /// <returns>A task that completes when nothing is pending.</returns>
    private async Task DrainAsync()
    {
        var outbox = await OutboxAsync();
        while (true)
        {
            var ids = new List<Guid>();
            await foreach (var message in outbox.ReadPendingAsync(1_000))
            {
                ids.Add(message.Id);
            }

            if (ids.Count == 0)
            {
                return;
            }

            await outbox.MarkDispatchedAsync(ids, Clock.GetCurrentInstant());
        }
    }

    private async Task CommitEventsAsync(params DomainEvent[] events)
    {
        await using var session = await OpenSessionAsync();
        foreach (var domainEvent in events)
        {
            session.Publish(domainEvent);
        }

        await session.CommitAsync();
    }

    private async Task<IOutbox> OutboxAsync()
    {
        await using var session = await OpenSessionAsync();
        return RequireStore<IOutbox>(session);
    }

    private async Task<List<OutboxMessage>> PendingAsync(string marker)
    {
        await using var session = await OpenSessionAsync();
        return await KernelProbes.PendingWithMarkerAsync(session, marker);
    }
}
