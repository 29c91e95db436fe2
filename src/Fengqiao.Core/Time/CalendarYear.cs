using System.Collections.Immutable;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Time;

/// <summary>One validated calendar file: a national year or a regional overlay year.</summary>
/// <param name="Source">Where the data came from, for error messages.</param>
/// <param name="Year">The civil year every date of the file lies in.</param>
/// <param name="Region">The overlay's region, or <see langword="null"/> for national data.</param>
/// <param name="Holidays">The holidays, each with its days off and swapped working days.</param>
internal sealed record CalendarYear(string Source, int Year, JurisdictionCode? Region, ImmutableArray<Holiday> Holidays)
{
    public bool IsNational => Region is null;

    public string Describe() => Region is { } region ? $"{region} {Year}" : $"national {Year}";
}
