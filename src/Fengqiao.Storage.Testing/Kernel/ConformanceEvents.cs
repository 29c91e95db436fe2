using System.Text.Json.Serialization;
using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Storage.Testing;

/// <summary>An ordinary event the kit publishes, carrying a marker to find it in the outbox.</summary>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Marker">The test's marker.</param>
internal sealed record ProbeEvent(Instant OccurredAt, string Marker) : DomainEvent(OccurredAt);

/// <summary>An event whose serialization throws: committing it must write nothing.</summary>
/// <param name="OccurredAt">When it happened.</param>
internal sealed record UnserializableEvent(Instant OccurredAt) : DomainEvent(OccurredAt)
{
    public string Payload => throw new InvalidOperationException($"An event of {OccurredAt} cannot be serialized (a conformance-kit fault).");
}

/// <summary>An event that cancels a token while it is serialized, i.e. after the commit has started.</summary>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Source">The token source to cancel.</param>
internal sealed record CancellingEvent(Instant OccurredAt, [property: JsonIgnore] CancellationTokenSource Source) : DomainEvent(OccurredAt)
{
    public string Probe
    {
        get
        {
            Source.Cancel();
            return "cancelled";
        }
    }
}
