using Fengqiao.Identifiers;
using NodaTime;

namespace Fengqiao.Patrols.Inspections;

/// <summary>The id of an inspection (检查编号).</summary>
/// <param name="Value">The underlying UUID version 7 value.</param>
public readonly record struct InspectionId(Guid Value) : ITypedId<InspectionId>
{
    /// <summary>Wraps an existing value, as read back from storage.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The id.</returns>
    public static InspectionId From(Guid value) => new(value);

    /// <summary>Makes a new time-ordered id at the clock's current instant.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>A new id.</returns>
    public static InspectionId New(IClock clock) => new(TimeOrderedGuid.NewGuid(clock));

    /// <summary>Formats the id as its UUID text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value.ToString();
}
