namespace Fengqiao.Identifiers;

/// <summary>
/// A strongly typed, time-ordered identifier (a <see cref="Guid"/> in UUID version 7 layout), so
/// that a grid id can never be passed where a dispute id is expected, and so that keys arrive
/// in time order (inserts into B-trees stay cheap).
/// </summary>
/// <typeparam name="TSelf">The id type itself.</typeparam>
public interface ITypedId<TSelf>
    where TSelf : struct, ITypedId<TSelf>
{
    /// <summary>Gets the underlying value.</summary>
    Guid Value { get; }

    /// <summary>Wraps an existing value, as read back from storage.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The typed id.</returns>
    static abstract TSelf From(Guid value);
}
