using Ardalis.GuardClauses;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Households.KeyPersons;

/// <summary>A filter over key-person records; criteria left null match everything. Backends must apply <see cref="Matches"/>.</summary>
/// <param name="Within">Only records filed under a grid inside this division.</param>
/// <param name="Category">Only residents designated under this category (on <paramref name="AsOf"/> when given, else now open).</param>
/// <param name="AsOf">The date the designation must apply on.</param>
public sealed record KeyPersonQuery(JurisdictionCode? Within = null, string? Category = null, LocalDate? AsOf = null)
{
    /// <summary>Gets a value indicating whether a record matches.</summary>
    /// <param name="record">The record.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(KeyPersonRecord record)
    {
        Guard.Against.Null(record);
        return (Within is not { } root || root.Contains(record.Grid))
            && record.Designations.Any(d =>
                (Category is null || d.Category == Category)
                && (AsOf is { } date ? d.Validity.Contains(date) : d.Validity.IsOpen));
    }
}
