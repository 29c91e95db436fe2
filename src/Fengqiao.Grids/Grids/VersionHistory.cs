using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Grids;

/// <summary>
/// The rules every effective-dated history of this module follows: versions are ordered, each
/// starts where the previous one ended (no gaps, no overlaps), and only the last may be open.
/// </summary>
internal static class VersionHistory
{
    /// <summary>Ends the current version on <paramref name="from"/> and appends the next one; a change dated on the current version's start replaces it (a correction).</summary>
    public static void Supersede<T>(List<T> versions, LocalDate from, Func<ValidityPeriod, T> next, Func<T, ValidityPeriod> validity, Func<T, ValidityPeriod, T> withValidity, string kind, string key)
    {
        var current = versions[^1];
        var period = validity(current);
        EnsureOpen(period, kind, key);
        if (from < period.ValidFrom)
        {
            throw OutOfOrder(kind, key, from, period.ValidFrom);
        }

        if (from == period.ValidFrom)
        {
            versions[^1] = next(period);
            return;
        }

        versions[^1] = withValidity(current, period.EndingOn(from));
        versions.Add(next(ValidityPeriod.StartingOn(from)));
    }

    /// <summary>Ends the current version on <paramref name="on"/> (exclusive).</summary>
    public static void End<T>(List<T> versions, LocalDate on, Func<T, ValidityPeriod> validity, Func<T, ValidityPeriod, T> withValidity, string kind, string key)
    {
        var current = versions[^1];
        var period = validity(current);
        EnsureOpen(period, kind, key);
        if (on <= period.ValidFrom)
        {
            throw OutOfOrder(kind, key, on, period.ValidFrom);
        }

        versions[^1] = withValidity(current, period.EndingOn(on));
    }

    /// <summary>Finds the version that applies on a date.</summary>
    public static T? On<T>(IReadOnlyList<T> versions, LocalDate date, Func<T, ValidityPeriod> validity)
        where T : class
    {
        // Histories are short and most queries ask about recent dates: scan from the end.
        for (var i = versions.Count - 1; i >= 0; i--)
        {
            var period = validity(versions[i]);
            if (period.Contains(date))
            {
                return versions[i];
            }

            if (date >= period.ValidFrom)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Checks a history read from storage: not empty, contiguous, only the last open.</summary>
    public static void CheckContiguous<T>(IReadOnlyList<T> versions, Func<T, ValidityPeriod> validity, string kind, string key)
    {
        if (versions.Count == 0)
        {
            throw StateInvalid(kind, key, "no periods");
        }

        for (var i = 1; i < versions.Count; i++)
        {
            if (validity(versions[i - 1]).ValidTo != validity(versions[i]).ValidFrom)
            {
                throw StateInvalid(kind, key, "periods are not contiguous");
            }
        }
    }

    /// <summary>Checks that periods of the same subject do not overlap.</summary>
    public static bool AnyOverlap<T>(IEnumerable<T> items, ValidityPeriod period, Func<T, ValidityPeriod> validity) =>
        items.Any(item => validity(item).Overlaps(period));

    public static void EnsureOpen(ValidityPeriod period, string kind, string key)
    {
        if (period.ValidTo is { } to)
        {
            throw GridMessages.Invalid(GridErrorCodes.Ended, "validTo", kind, key, ValidityPeriod.Format(to));
        }
    }

    public static Errors.ValidationException OutOfOrder(string kind, string key, LocalDate date, LocalDate start) =>
        GridMessages.Invalid(GridErrorCodes.ChangeOutOfOrder, "validFrom", kind, key, ValidityPeriod.Format(date), ValidityPeriod.Format(start));

    public static Errors.ValidationException StateInvalid(string kind, string key, string reason) =>
        GridMessages.Invalid(GridErrorCodes.StateInvalid, "state", kind, key, reason);

    public static void CheckSchema(int schemaVersion, int current, string kind)
    {
        if (schemaVersion < 1 || schemaVersion > current)
        {
            throw GridMessages.Invalid(GridErrorCodes.StateSchemaUnsupported, "schemaVersion", kind, schemaVersion, current);
        }
    }

    public static string RequireName(string? name, string field)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw GridMessages.Invalid(GridErrorCodes.NameRequired, field, field);
        }

        return name.Trim();
    }

    public static void RequireLevel(JurisdictionCode code, string field, params JurisdictionLevel[] levels)
    {
        if (code.IsEmpty || !levels.Contains(code.Level))
        {
            throw GridMessages.Invalid(GridErrorCodes.LevelMismatch, field, code.ToString(), code.IsEmpty ? "empty" : code.Level.ToString(), string.Join("/", levels));
        }
    }

    public static int RequireNonNegative(int value, string field)
    {
        if (value < 0)
        {
            throw GridMessages.Invalid(GridErrorCodes.CountNegative, field, field);
        }

        return value;
    }
}
