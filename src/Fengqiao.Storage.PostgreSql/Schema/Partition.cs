using System.Globalization;
using NodaTime;

namespace Fengqiao.Storage.PostgreSql.Schema;

/// <summary>A partition the library creates on demand: a county's slice of an aggregate table, or a month of the audit log.</summary>
/// <param name="Parent">The partitioned table, unqualified.</param>
/// <param name="Name">The partition's table name, unqualified.</param>
/// <param name="Bounds">The <c>FOR VALUES …</c> clause, built only from validated digits and dates.</param>
internal sealed record Partition(string Parent, string Name, string Bounds)
{
    /// <summary>The partition of one county, named <c>{table}_{county}</c>.</summary>
    /// <param name="table">The aggregate table.</param>
    /// <param name="countyCode">A six-digit county code (validated here: it goes into DDL as a literal).</param>
    public static Partition ForCounty(string table, string countyCode)
    {
        if (countyCode.Length != 6 || !countyCode.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A county partition needs a six-digit county code.", nameof(countyCode));
        }

        return new Partition(table, $"{table}_{countyCode}", $"FOR VALUES IN ('{countyCode}')");
    }

    /// <summary>The partition of the calendar month (UTC) an instant falls in, named <c>{table}_yYYYYmMM</c>.</summary>
    /// <param name="table">The time-partitioned table.</param>
    /// <param name="at">An instant in the month.</param>
    public static Partition ForMonth(string table, Instant at)
    {
        var date = at.InUtc().Date;
        var (year, month) = (date.Year, date.Month);

        // Computed by hand rather than with LocalDate: December 9999 ends in year 10000, past NodaTime's range but not PostgreSQL's.
        var (nextYear, nextMonth) = month == 12 ? (year + 1, 1) : (year, month + 1);
        var name = string.Create(CultureInfo.InvariantCulture, $"{table}_y{year:D4}m{month:D2}");
        var bounds = string.Create(CultureInfo.InvariantCulture, $"FOR VALUES FROM ('{Format(year, month)}') TO ('{Format(nextYear, nextMonth)}')");
        return new Partition(table, name, bounds);

        static string Format(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-01 00:00:00+00");
    }
}
