using Fengqiao.Identifiers;
using NodaTime;

namespace Fengqiao.Patrols.PatrolLogs;

/// <summary>The id of a patrol (巡逻编号).</summary>
/// <param name="Value">The underlying UUID version 7 value.</param>
public readonly record struct PatrolId(Guid Value) : ITypedId<PatrolId>
{
    /// <summary>Wraps an existing value, as read back from storage.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The id.</returns>
    public static PatrolId From(Guid value) => new(value);

    /// <summary>Makes a new time-ordered id at the clock's current instant.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>A new id.</returns>
    public static PatrolId New(IClock clock) => new(TimeOrderedGuid.NewGuid(clock));

    /// <summary>Formats the id as its UUID text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value.ToString();
}
