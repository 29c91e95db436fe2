using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Households.Households;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Storage;
using Fengqiao.Households.Tags;
using Fengqiao.Households.Visits;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage;
using NodaTime;

namespace Fengqiao.Households.Queries;

/// <summary>
/// The questions users ask of households and residents, each in the caller's scope (rows outside it
/// are absent): households by grid, residents with a care tag, floating residents overdue for renewal,
/// the floating-population registration rate per grid, households not visited lately and care-tag
/// counts. Listing residents by a health care tag needs <see cref="FengqiaoPermissions.ReadHealth"/> and a
/// purpose and writes one audit entry. Key persons are read through <see cref="KeyPersons.KeyPersonRegistry"/>.
/// </summary>
public sealed class HouseholdQueries
{
    /// <summary>The audit action of a list of residents by a health care tag.</summary>
    public const string HealthTagAction = "households.care-tags.read-health";

    private readonly HouseholdSessions _sessions;
    private readonly TagCatalog _tags;

    /// <summary>Creates the queries.</summary>
    /// <param name="provider">The storage backend.</param>
    /// <param name="access">The current principal's scope.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="tags">The tag catalogue; the embedded one when <see langword="null"/>.</param>
    public HouseholdQueries(IStorageProvider provider, IAccessContext access, IClock clock, TagCatalog? tags = null)
    {
        _sessions = new HouseholdSessions(Guard.Against.Null(provider), Guard.Against.Null(access), Guard.Against.Null(clock));
        _tags = tags ?? TagCatalog.Embedded;
    }

    /// <summary>Gets the households of a grid (or any division) that exist on a date.</summary>
    /// <param name="within">The grid or division.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The households, ordered by id.</returns>
    public Task<IReadOnlyList<Household>> HouseholdsAsync(JurisdictionCode within, LocalDate asOf, CancellationToken cancellationToken = default) =>
        _sessions.ReadAsync<IReadOnlyList<Household>>(
            async session => await HouseholdSessions.ToListAsync(session.GetStore<IHouseholdStore>().QueryAsync(new HouseholdQuery(within, asOf), cancellationToken), cancellationToken).ConfigureAwait(false),
            cancellationToken);

    /// <summary>Gets the residents of a division (such as a township) with a care tag on a date; a health tag needs permission and purpose.</summary>
    /// <param name="within">The division.</param>
    /// <param name="careTag">The tag's code.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="purpose">The purpose, required for health tags.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The residents living there that day, ordered by id.</returns>
    public Task<IReadOnlyList<Resident>> ResidentsWithCareTagAsync(JurisdictionCode within, string careTag, LocalDate asOf, string? purpose = null, CancellationToken cancellationToken = default)
    {
        var tag = _tags.RequireCareTag(Guard.Against.Null(careTag));
        async Task<IReadOnlyList<Resident>> Read(IStorageSession session) =>
            await HouseholdSessions.ToListAsync(
                session.GetStore<IResidentStore>().QueryAsync(new ResidentQuery(within, ActiveOn: asOf, CareTag: tag.Code), cancellationToken), cancellationToken).ConfigureAwait(false);

        return tag.Sensitivity == TagSensitivity.Health
            ? _sessions.AuditedReadAsync(FengqiaoPermissions.ReadHealth, purpose, HealthTagAction, nameof(CareTag), tag.Code, within, Read, cancellationToken)
            : _sessions.ReadAsync(Read, cancellationToken);
    }

    /// <summary>Gets the floating residents of a division whose registration had expired by a date (逾期未续).</summary>
    /// <param name="within">The division.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The residents, ordered by id.</returns>
    public Task<IReadOnlyList<Resident>> RenewalOverdueAsync(JurisdictionCode within, LocalDate asOf, CancellationToken cancellationToken = default) =>
        _sessions.ReadAsync<IReadOnlyList<Resident>>(
            async session => await HouseholdSessions.ToListAsync(
                session.GetStore<IResidentStore>().QueryAsync(new ResidentQuery(within, ResidencyKind.Floating, asOf, RenewalOverdueOn: asOf), cancellationToken), cancellationToken).ConfigureAwait(false),
            cancellationToken);

    /// <summary>Gets the floating-population registration rate of each grid of a division on a date (one pass over its floating residents).</summary>
    /// <param name="within">The division.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>One line per grid with floating residents, ordered by grid.</returns>
    public Task<IReadOnlyList<FloatingRegistrationRate>> FloatingRegistrationRatesAsync(JurisdictionCode within, LocalDate asOf, CancellationToken cancellationToken = default) =>
        _sessions.ReadAsync<IReadOnlyList<FloatingRegistrationRate>>(
            async session =>
            {
                var counts = new SortedDictionary<JurisdictionCode, (int Floating, int Registered)>();
                await foreach (var resident in session.GetStore<IResidentStore>().QueryAsync(new ResidentQuery(within, ResidencyKind.Floating, asOf), cancellationToken).ConfigureAwait(false))
                {
                    var (floating, registered) = counts.GetValueOrDefault(resident.Grid);
                    counts[resident.Grid] = (floating + 1, registered + (resident.Floating?.IsValidOn(asOf) == true ? 1 : 0));
                }

                return [.. counts.Select(c => new FloatingRegistrationRate(c.Key, c.Value.Floating, c.Value.Registered))];
            },
            cancellationToken);

    /// <summary>Gets the households of a division that nobody visited in the <paramref name="days"/> days up to a date.</summary>
    /// <param name="within">The division.</param>
    /// <param name="days">The number of days (at least 1).</param>
    /// <param name="asOf">The last day of the window.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The households existing that day without a visit in the window, ordered by id.</returns>
    public Task<IReadOnlyList<Household>> NotVisitedAsync(JurisdictionCode within, int days, LocalDate asOf, CancellationToken cancellationToken = default)
    {
        if (days < 1)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.NumberOutOfRange, nameof(days), nameof(days), ">= 1");
        }

        return _sessions.ReadAsync<IReadOnlyList<Household>>(
            async session =>
            {
                var visited = new HashSet<HouseholdId>();
                var query = new VisitQuery(within, From: asOf.PlusDays(1 - days), To: asOf.PlusDays(1));
                await foreach (var visit in session.GetStore<IVisitStore>().QueryAsync(query, cancellationToken).ConfigureAwait(false))
                {
                    visited.Add(visit.Household);
                }

                var result = new List<Household>();
                await foreach (var household in session.GetStore<IHouseholdStore>().QueryAsync(new HouseholdQuery(within, asOf), cancellationToken).ConfigureAwait(false))
                {
                    if (!visited.Contains(household.Id))
                    {
                        result.Add(household);
                    }
                }

                return result;
            },
            cancellationToken);
    }

    /// <summary>Counts residents per care tag in each division at a level (such as each township of a county) on a date.</summary>
    /// <param name="within">The division counted over.</param>
    /// <param name="level">The level of the divisions counted, such as <see cref="JurisdictionLevel.Township"/>; not above <paramref name="within"/>.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The counts, ordered by division then by the catalogue's tag order; tags without residents are left out.</returns>
    public Task<IReadOnlyList<CareTagCount>> CareTagCountsAsync(JurisdictionCode within, JurisdictionLevel level, LocalDate asOf, CancellationToken cancellationToken = default)
    {
        Guard.Against.EnumOutOfRange(level);
        var order = _tags.CareTags.Select((t, i) => (t.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        return _sessions.ReadAsync<IReadOnlyList<CareTagCount>>(
            async session =>
            {
                var counts = new Dictionary<(JurisdictionCode, string), int>();
                await foreach (var resident in session.GetStore<IResidentStore>().QueryAsync(new ResidentQuery(within, ActiveOn: asOf), cancellationToken).ConfigureAwait(false))
                {
                    var division = resident.Grid.Level >= level ? resident.Grid.AncestorAt(level) : resident.Grid;
                    foreach (var tag in resident.CareTags)
                    {
                        if (tag.Validity.Contains(asOf))
                        {
                            counts[(division, tag.Code)] = counts.GetValueOrDefault((division, tag.Code)) + 1;
                        }
                    }
                }

                return [.. counts
                    .Select(c => new CareTagCount(c.Key.Item1, c.Key.Item2, c.Value))
                    .OrderBy(c => c.Division)
                    .ThenBy(c => order.GetValueOrDefault(c.CareTag, int.MaxValue))
                    .ThenBy(c => c.CareTag, StringComparer.Ordinal)];
            },
            cancellationToken);
    }
}
