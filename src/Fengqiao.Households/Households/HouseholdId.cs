using Fengqiao.Identifiers;
using NodaTime;

namespace Fengqiao.Households.Households;

/// <summary>The id of a household (户): the subject of one household form (一户一表).</summary>
/// <param name="Value">The underlying UUID version 7 value.</param>
public readonly record struct HouseholdId(Guid Value) : ITypedId<HouseholdId>
{
    /// <summary>Wraps an existing value, as read back from storage.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The id.</returns>
    public static HouseholdId From(Guid value) => new(value);

    /// <summary>Makes a new time-ordered id at the clock's current instant.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>A new id.</returns>
    public static HouseholdId New(IClock clock) => new(TimeOrderedGuid.NewGuid(clock));

    /// <summary>Formats the id as its UUID text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value.ToString();
}
