using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;

namespace Fengqiao.Grids;

/// <summary>
/// Who recorded a change and when (登记人与登记时间). Application services fill it from the injected
/// <see cref="IClock"/> and the session's principal; effective dates are separate civil dates.
/// </summary>
public readonly struct ChangeStamp : IEquatable<ChangeStamp>
{
    /// <summary>Creates a stamp.</summary>
    /// <param name="at">When the change was recorded.</param>
    /// <param name="by">Who recorded it: an account id, never personal data.</param>
    [JsonConstructor]
    public ChangeStamp(Instant at, string by)
    {
        At = at;
        By = Guard.Against.NullOrWhiteSpace(by);
    }

    /// <summary>Gets when the change was recorded.</summary>
    public Instant At { get; }

    /// <summary>Gets who recorded the change (an account id).</summary>
    public string By { get; }

    /// <summary>Makes a stamp at the clock's current instant.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="by">Who records the change.</param>
    /// <returns>The stamp.</returns>
    public static ChangeStamp Now(IClock clock, string by)
    {
        Guard.Against.Null(clock);
        return new ChangeStamp(clock.GetCurrentInstant(), by);
    }

    /// <inheritdoc/>
    public bool Equals(ChangeStamp other) => At == other.At && string.Equals(By, other.By, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ChangeStamp other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(At, By);

    /// <inheritdoc/>
    public override string ToString() => $"{At} by {By}";

    /// <summary>Compares two stamps for equality.</summary>
    /// <param name="left">The left stamp.</param>
    /// <param name="right">The right stamp.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ChangeStamp left, ChangeStamp right) => left.Equals(right);

    /// <summary>Compares two stamps for inequality.</summary>
    /// <param name="left">The left stamp.</param>
    /// <param name="right">The right stamp.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ChangeStamp left, ChangeStamp right) => !left.Equals(right);
}
