using System.Globalization;
using Fengqiao.Jurisdictions;
using NodaTime;
using NodaTime.Text;

namespace Fengqiao.Storage.Sqlite.Internal;

/// <summary>
/// How the backend writes domain values into SQLite columns, chosen so that every value round-trips
/// and so that SQL comparisons order the same way the domain does.
/// </summary>
internal static class SqliteValues
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    /// <summary>Ids: the 16 bytes in big-endian (RFC 9562) order, so time-ordered ids sort by time in the B-tree.</summary>
    public static byte[] ToBlob(Guid id) => id.ToByteArray(bigEndian: true);

    public static Guid ToGuid(byte[] blob) => new(blob, bigEndian: true);

    /// <summary>
    /// Instants: 100-nanosecond ticks since the Unix epoch in an INTEGER. Covers NodaTime's whole range
    /// and every instant a clock produces; finer nanosecond digits are truncated (documented).
    /// </summary>
    public static long ToTicks(Instant instant) => instant.ToUnixTimeTicks();

    public static Instant ToInstant(long ticks) => Instant.FromUnixTimeTicks(ticks);

    /// <summary>Civil dates: ISO 'yyyy-MM-dd' text; for years 1–9999 text order is date order.</summary>
    public static string ToText(LocalDate date) => DatePattern.Format(date);

    public static LocalDate ToLocalDate(string text) => DatePattern.Parse(text).GetValueOrThrow();

    /// <summary>Jurisdiction codes: the canonical text (6, 9, 12 or 15 digits).</summary>
    public static string ToText(JurisdictionCode code) => code.ToString();

    public static JurisdictionCode ToJurisdictionCode(string text) => JurisdictionCode.Parse(text);

    /// <summary>The six-digit county column that partitions rows by county, or null above county level.</summary>
    public static string? CountyOf(JurisdictionCode code) => code.County?.ToString();

    public static object DbValue(string? text) => text is null ? DBNull.Value : text;

    public static object DbValue(long? value) => value is null ? DBNull.Value : value.Value;

    public static object DbValue(LocalDate? date) => date is { } d ? ToText(d) : DBNull.Value;

    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
