using System.Text.Json;
using Ardalis.GuardClauses;
using Fengqiao.Identifiers;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Fengqiao.Events;

/// <summary>Serializes domain events for the outbox: System.Text.Json with NodaTime's ISO formats.</summary>
public static class DomainEventSerializer
{
    /// <summary>Gets the JSON options used for events (camelCase, NodaTime ISO patterns).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Turns an event into an outbox message.</summary>
    /// <param name="domainEvent">The event.</param>
    /// <returns>The pending message.</returns>
    public static OutboxMessage ToOutboxMessage(DomainEvent domainEvent)
    {
        Guard.Against.Null(domainEvent);
        var type = domainEvent.GetType();
        var payload = JsonSerializer.Serialize(domainEvent, type, Options);
        return new OutboxMessage(
            TimeOrderedGuid.NewGuid(domainEvent.OccurredAt),
            type.FullName ?? type.Name,
            payload,
            domainEvent.OccurredAt,
            DispatchedAt: null);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
