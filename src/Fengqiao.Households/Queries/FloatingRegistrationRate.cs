using Fengqiao.Jurisdictions;

namespace Fengqiao.Households.Queries;

/// <summary>The floating-population registration rate of one grid on a date (流动人口登记率).</summary>
/// <param name="Grid">The grid.</param>
/// <param name="FloatingResidents">Floating residents living in the grid that day.</param>
/// <param name="Registered">Of them, those holding a valid residence registration that day.</param>
public sealed record FloatingRegistrationRate(JurisdictionCode Grid, int FloatingResidents, int Registered)
{
    /// <summary>Gets the rate between 0 and 1, or <see langword="null"/> when the grid has no floating residents.</summary>
    public double? Rate => FloatingResidents == 0 ? null : (double)Registered / FloatingResidents;
}
