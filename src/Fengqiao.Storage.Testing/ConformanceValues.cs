using NodaTime;

namespace Fengqiao.Storage.Testing;

/// <summary>
/// The value ranges every backend must store exactly (值域约定): what the kit's round-trip tests write.
/// Instants to the microsecond in years 1–9999 (what PostgreSQL's <c>timestamptz</c> and SQLite ticks both
/// hold), civil dates in years 1–9999, text in any Unicode script.
/// </summary>
public static class ConformanceValues
{
    /// <summary>Gets the earliest instant a backend must store: 0001-01-01T00:00:00Z.</summary>
    public static Instant MinInstant { get; } = Instant.FromUtc(1, 1, 1, 0, 0);

    /// <summary>Gets the latest instant a backend must store: 9999-12-31T23:59:59.999999Z.</summary>
    public static Instant MaxInstant { get; } = Instant.FromUtc(9999, 12, 31, 23, 59, 59).PlusNanoseconds(999_999_000);

    /// <summary>Gets an instant with every microsecond digit set, to catch a backend that rounds to milliseconds.</summary>
    public static Instant MicrosecondInstant { get; } = Instant.FromUtc(2024, 2, 29, 13, 45, 7).PlusNanoseconds(123_456_000);

    /// <summary>Gets the earliest civil date a backend must store.</summary>
    public static LocalDate MinDate { get; } = new(1, 1, 1);

    /// <summary>Gets the latest civil date a backend must store.</summary>
    public static LocalDate MaxDate { get; } = new(9999, 12, 31);

    /// <summary>Gets Chinese and Tibetan text (with a supplementary-plane character) that must survive unchanged.</summary>
    public static string MixedScriptText { get; } = "枫桥式公安派出所 · 扎西岗乡 བཀྲ་ཤིས་སྒང · 𠀋";
}
