using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Households.Ledgers;

/// <summary>
/// Where <see cref="LedgerImporter"/> checks a ledger against the records held and writes it (导入目标):
/// the households stores implement it; a host can put its own behind it.
/// </summary>
public interface ILedgerTarget
{
    /// <summary>Finds which of the given grid codes name a grid existing on the date.</summary>
    /// <param name="grids">The grid codes, distinct.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The codes that exist.</returns>
    Task<IReadOnlySet<JurisdictionCode>> FindGridsAsync(IReadOnlyCollection<JurisdictionCode> grids, LocalDate asOf, CancellationToken cancellationToken);

    /// <summary>Finds which of the given household numbers are already on record.</summary>
    /// <param name="numbers">The household numbers, distinct.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The numbers on record.</returns>
    Task<IReadOnlySet<string>> FindHouseholdsAsync(IReadOnlyCollection<string> numbers, CancellationToken cancellationToken);

    /// <summary>
    /// Finds which of the given people are already on record, and the number of the household each is a
    /// member of on the date (an empty string when none).
    /// </summary>
    /// <param name="ids">The citizen IDs, distinct.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>For each person on record, their household number or an empty string.</returns>
    Task<IReadOnlyDictionary<CitizenId, string>> FindResidentsAsync(IReadOnlyCollection<CitizenId> ids, LocalDate asOf, CancellationToken cancellationToken);

    /// <summary>Finds which of the given care tags (by Chinese name or code, as written in a ledger) the catalogue knows.</summary>
    /// <param name="tags">The tags as written, distinct.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The tags known.</returns>
    Task<IReadOnlySet<string>> FindCareTagsAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken);

    /// <summary>Writes the households and their residents atomically: all of them or, on failure, none.</summary>
    /// <param name="households">The validated households.</param>
    /// <param name="asOf">The date memberships start.</param>
    /// <param name="written">Told the number of households written so far, for progress; may be ignored.</param>
    /// <param name="cancellationToken">Cancels the write; nothing is kept.</param>
    /// <returns>A task that completes when the households are committed.</returns>
    Task WriteAsync(IReadOnlyList<LedgerHousehold> households, LocalDate asOf, IProgress<int>? written, CancellationToken cancellationToken);
}
