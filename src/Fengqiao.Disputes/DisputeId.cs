using Fengqiao.Identifiers;
using NodaTime;

namespace Fengqiao.Disputes;

/// <summary>The id of a dispute (矛盾纠纷编号): a time-ordered UUID, so new records sort by when they were reported.</summary>
/// <param name="Value">The underlying UUID version 7 value.</param>
public readonly record struct DisputeId(Guid Value) : ITypedId<DisputeId>
{
    /// <summary>Wraps an existing value, as read back from storage.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The id.</returns>
    public static DisputeId From(Guid value) => new(value);

    /// <summary>Makes a new time-ordered id at the clock's current instant.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>A new id.</returns>
    public static DisputeId New(IClock clock) => new(TimeOrderedGuid.NewGuid(clock));

    /// <summary>Makes a new time-ordered id at an instant, for imports and simulations.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>A new id.</returns>
    public static DisputeId New(Instant instant) => new(TimeOrderedGuid.NewGuid(instant));

    /// <summary>Formats the id as its UUID text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value.ToString();
}
