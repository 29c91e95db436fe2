using System.Collections.Immutable;
using System.Globalization;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Time;

/// <summary>
/// A holiday (节假日) of the working calendar as its data gives it: the days off, and the weekend
/// days worked in exchange (调休上班). National holidays come from the State Council's yearly
/// schedule; regional ones from an overlay for a <see cref="Region"/>.
/// </summary>
public sealed class Holiday
{
    internal Holiday(
        string key,
        string chineseName,
        string englishName,
        int year,
        JurisdictionCode? region,
        bool isExample,
        ImmutableArray<DateInterval> daysOff,
        ImmutableArray<LocalDate> workingDays)
    {
        Key = key;
        ChineseName = chineseName;
        EnglishName = englishName;
        Year = year;
        Region = region;
        IsExample = isExample;
        DaysOff = daysOff;
        WorkingDays = workingDays;
    }

    /// <summary>Gets the holiday's stable key within its year, such as <c>spring-festival</c>.</summary>
    public string Key { get; }

    /// <summary>Gets the Chinese name, such as 春节.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the English name, such as Spring Festival.</summary>
    public string EnglishName { get; }

    /// <summary>Gets the civil year whose calendar data declares the holiday.</summary>
    public int Year { get; }

    /// <summary>Gets the region of the overlay that declares the holiday, or <see langword="null"/> for a national holiday.</summary>
    public JurisdictionCode? Region { get; }

    /// <summary>Gets a value indicating whether the holiday comes from example data rather than a published schedule.</summary>
    public bool IsExample { get; }

    /// <summary>Gets the days off (放假), as inclusive date intervals in date order.</summary>
    public IReadOnlyList<DateInterval> DaysOff { get; }

    /// <summary>Gets the days worked in exchange (调休上班), in date order.</summary>
    public IReadOnlyList<LocalDate> WorkingDays { get; }

    /// <summary>Gets the name in the language of <paramref name="culture"/>: Chinese for any <c>zh</c> culture, English otherwise.</summary>
    /// <param name="culture">The culture; the current UI culture when <see langword="null"/>.</param>
    /// <returns>The name.</returns>
    public string GetName(CultureInfo? culture = null)
    {
        var language = (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName;
        return language == "zh" ? ChineseName : EnglishName;
    }

    /// <summary>Gives both names and the year, such as <c>春节 Spring Festival (2025)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{ChineseName} {EnglishName} ({Year.ToString(CultureInfo.InvariantCulture)})";
}
