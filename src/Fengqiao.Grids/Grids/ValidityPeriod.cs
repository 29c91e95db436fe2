using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Fengqiao.Grids;

/// <summary>
/// A validity period (有效期): the civil dates a version of a record applies to, as the half-open
/// range [<see cref="ValidFrom"/>, <see cref="ValidTo"/>). <see cref="ValidTo"/> is exclusive (the
/// first day the version no longer applies) or <see langword="null"/> while the version is current.
/// </summary>
/// <remarks>
/// Exclusive ends let one version end on the very day the next begins, so consecutive versions
/// tile time without gaps or overlaps and no "day before" arithmetic is needed.
/// </remarks>
public readonly struct ValidityPeriod : IEquatable<ValidityPeriod>
{
    /// <summary>Creates a period.</summary>
    /// <param name="validFrom">The first day it applies.</param>
    /// <param name="validTo">The first day it no longer applies (exclusive), or <see langword="null"/> for an open period.</param>
    /// <exception cref="Errors.ValidationException"><paramref name="validTo"/> is not after <paramref name="validFrom"/> (code <see cref="GridErrorCodes.PeriodInvalid"/>).</exception>
    [JsonConstructor]
    public ValidityPeriod(LocalDate validFrom, LocalDate? validTo = null)
    {
        if (validTo is { } to && to <= validFrom)
        {
            throw GridMessages.Invalid(GridErrorCodes.PeriodInvalid, nameof(validTo), Format(validFrom), Format(to));
        }

        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    /// <summary>Gets the first day the period applies.</summary>
    public LocalDate ValidFrom { get; }

    /// <summary>Gets the first day the period no longer applies (exclusive), or <see langword="null"/> while it is open.</summary>
    public LocalDate? ValidTo { get; }

    /// <summary>Gets a value indicating whether the period has no end yet.</summary>
    [JsonIgnore]
    public bool IsOpen => ValidTo is null;

    /// <summary>Makes an open period starting on a date.</summary>
    /// <param name="validFrom">The first day.</param>
    /// <returns>The period.</returns>
    public static ValidityPeriod StartingOn(LocalDate validFrom) => new(validFrom);

    /// <summary>Gets a value indicating whether the period applies on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="ValidFrom"/> ≤ date &lt; <see cref="ValidTo"/>.</returns>
    public bool Contains(LocalDate date) => date >= ValidFrom && (ValidTo is not { } to || date < to);

    /// <summary>Gets a value indicating whether two periods share at least one day.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>Whether they overlap.</returns>
    public bool Overlaps(ValidityPeriod other) =>
        (ValidTo is not { } to || other.ValidFrom < to) && (other.ValidTo is not { } otherTo || ValidFrom < otherTo);

    /// <summary>Makes this period ended on a date (exclusive).</summary>
    /// <param name="validTo">The first day it no longer applies; after <see cref="ValidFrom"/>.</param>
    /// <returns>The ended period.</returns>
    public ValidityPeriod EndingOn(LocalDate validTo) => new(ValidFrom, validTo);

    /// <inheritdoc/>
    public bool Equals(ValidityPeriod other) => ValidFrom == other.ValidFrom && ValidTo == other.ValidTo;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValidityPeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ValidFrom, ValidTo);

    /// <summary>Formats the period as <c>[2024-01-01, 2025-01-01)</c> or <c>[2024-01-01, …)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"[{Format(ValidFrom)}, {(ValidTo is { } to ? Format(to) : "…")})";

    /// <summary>Compares two periods for equality.</summary>
    /// <param name="left">The left period.</param>
    /// <param name="right">The right period.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ValidityPeriod left, ValidityPeriod right) => left.Equals(right);

    /// <summary>Compares two periods for inequality.</summary>
    /// <param name="left">The left period.</param>
    /// <param name="right">The right period.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ValidityPeriod left, ValidityPeriod right) => !left.Equals(right);

    internal static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static string Format(LocalDate? date) => date is { } d ? Format(d) : string.Empty;

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
