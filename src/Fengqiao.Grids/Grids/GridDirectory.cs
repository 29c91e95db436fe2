using Fengqiao.Access;
using Fengqiao.Grids.Beats;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Grids.Staffing;
using Fengqiao.Grids.Storage;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage;
using NodaTime;

namespace Fengqiao.Grids;

/// <summary>
/// Answers questions about the jurisdiction tree, grids, police beats and who is responsible
/// where, as of a date (网格目录). Each call opens a storage session in the current principal's
/// scope, so anything outside it is simply absent.
/// </summary>
public sealed class GridDirectory
{
    private readonly GridSessions _sessions;

    /// <summary>Creates the directory.</summary>
    /// <param name="provider">The storage backend.</param>
    /// <param name="access">The current principal's scope.</param>
    /// <param name="clock">The clock.</param>
    public GridDirectory(IStorageProvider provider, IAccessContext access, IClock clock)
    {
        _sessions = new GridSessions(provider, access, clock);
    }

    /// <summary>Gets a division or grid as of a date.</summary>
    /// <param name="code">The code (6 to 15 digits).</param>
    /// <param name="asOf">The date.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The node, or <see langword="null"/> when the code did not exist that day or lies outside the scope.</returns>
    public Task<JurisdictionNode?> GetNodeAsync(JurisdictionCode code, LocalDate asOf, CancellationToken cancellationToken = default) =>
        _sessions.ReadAsync(
            async session => code.Level == JurisdictionLevel.Grid
                ? (await session.GetStore<IGridStore>().FindAsync(code, cancellationToken).ConfigureAwait(false))?.AsOf(asOf)
                : (await session.GetStore<IJurisdictionStore>().FindAsync(code, cancellationToken).ConfigureAwait(false))?.AsOf(asOf),
            cancellationToken);

    /// <summary>Gets the children of a division as of a date: townships of a county, villages of a township, grids of a village.</summary>
    /// <param name="code">The parent's code.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The children, ordered by code.</returns>
    public Task<IReadOnlyList<JurisdictionNode>> GetChildrenAsync(JurisdictionCode code, LocalDate asOf, CancellationToken cancellationToken = default) =>
        _sessions.ReadAsync<IReadOnlyList<JurisdictionNode>>(
            async session => code.Level switch
            {
                JurisdictionLevel.Grid => [],
                JurisdictionLevel.Village => await GridNodesAsync(session, code, asOf, cancellationToken).ConfigureAwait(false),
                _ => await DivisionNodesAsync(session, new JurisdictionQuery(code, asOf, code.Level + 1), asOf, cancellationToken).ConfigureAwait(false),
            },
            cancellationToken);

    /// <summary>Gets a division and everything under it as of a date, grids included.</summary>
    /// <param name="code">The subtree's root.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The nodes, ordered by code so that each parent precedes its children.</returns>
    public Task<IReadOnlyList<JurisdictionNode>> GetSubtreeAsync(JurisdictionCode code, LocalDate asOf, CancellationToken cancellationToken = default) =>
        _sessions.ReadAsync<IReadOnlyList<JurisdictionNode>>(
            async session =>
            {
                var divisions = code.Level == JurisdictionLevel.Grid
                    ? []
                    : await DivisionNodesAsync(session, new JurisdictionQuery(code, asOf), asOf, cancellationToken).ConfigureAwait(false);
                var grids = await GridNodesAsync(session, code, asOf, cancellationToken).ConfigureAwait(false);
                return [.. divisions.Concat(grids).OrderBy(n => n.Code)];
            },
            cancellationToken);

    /// <summary>Gets the history of a division or grid code: names, kinds, periods, predecessors and successors.</summary>
    /// <param name="code">The code.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The history, or <see langword="null"/> when the code is unknown or outside the scope.</returns>
    public Task<JurisdictionHistory?> GetHistoryAsync(JurisdictionCode code, CancellationToken cancellationToken = default) =>
        _sessions.ReadAsync(
            async session =>
            {
                if (code.Level == JurisdictionLevel.Grid)
                {
                    var grid = await session.GetStore<IGridStore>().FindAsync(code, cancellationToken).ConfigureAwait(false);
                    return grid is null ? null : new JurisdictionHistory(
                        code,
                        [.. grid.Periods.Select(p => grid.AsOf(p.Validity.ValidFrom)!)],
                        grid.Predecessors,
                        grid.Successors);
                }

                var division = await session.GetStore<IJurisdictionStore>().FindAsync(code, cancellationToken).ConfigureAwait(false);
                return division is null ? null : new JurisdictionHistory(
                    code,
                    [.. division.Periods.Select(p => division.AsOf(p.Validity.ValidFrom)!)],
                    division.Predecessors,
                    division.Successors);
            },
            cancellationToken);

    /// <summary>Gets the grids inside a division that apply on a date, with their boundaries (for maps and the point locator).</summary>
    /// <param name="within">A county, township, village or grid.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The grids, ordered by code.</returns>
    public Task<IReadOnlyList<Grid>> GetGridsAsync(JurisdictionCode within, LocalDate asOf, CancellationToken cancellationToken = default) =>
        _sessions.ReadAsync<IReadOnlyList<Grid>>(
            async session => await GridSessions.ToListAsync(session.GetStore<IGridStore>().QueryAsync(new GridQuery(within, asOf), cancellationToken), cancellationToken).ConfigureAwait(false),
            cancellationToken);

    /// <summary>Gets who is responsible for a grid on a date (网格 → 人): staff whose assignments cover the grid, and the community officers of the police beats over it.</summary>
    /// <param name="grid">The grid's code.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The grid and its people, or <see langword="null"/> when the grid did not apply that day or lies outside the scope.</returns>
    public Task<GridResponsibility?> GetResponsibleAsync(JurisdictionCode grid, LocalDate asOf, CancellationToken cancellationToken = default) =>
        _sessions.ReadAsync(
            async session =>
            {
                var node = (await session.GetStore<IGridStore>().FindAsync(grid, cancellationToken).ConfigureAwait(false))?.AsOf(asOf);
                if (node is null)
                {
                    return null;
                }

                var staff = session.GetStore<IStaffStore>();
                var query = new StaffQuery(ResponsibleFor: grid, AsOf: asOf);
                var people = new List<ResponsiblePerson>();
                await foreach (var member in staff.QueryAsync(query, cancellationToken).ConfigureAwait(false))
                {
                    people.AddRange(member.Assignments.Where(query.Matches)
                        .Select(a => new ResponsiblePerson(member.Id, member.Name, a.Role, a.Area, a.Duties, null)));
                }

                var beats = session.GetStore<IPoliceBeatStore>().QueryAsync(new PoliceBeatQuery(Touching: grid, AsOf: asOf), cancellationToken);
                await foreach (var beat in beats.ConfigureAwait(false))
                {
                    if (beat.OfficerOn(asOf) is { } officer)
                    {
                        var member = await staff.FindAsync(officer, cancellationToken).ConfigureAwait(false);
                        var area = beat.Coverage.First(c => c.Validity.Contains(asOf) && c.Touches(grid)).Area;
                        // The beat is the more specific reason: it replaces a plain community-officer assignment of the same person.
                        people.RemoveAll(p => p.Id == officer && p.Role == StaffRole.CommunityOfficer && p.Beat is null);
                        people.Add(new ResponsiblePerson(officer, member?.Name, StaffRole.CommunityOfficer, area, StaffRoles.DutiesOf(StaffRole.CommunityOfficer), beat.Id));
                    }
                }

                return new GridResponsibility(node, [.. people.OrderBy(p => p.Role).ThenBy(p => p.Id.Value).ThenBy(p => p.Area)]);
            },
            cancellationToken);

    /// <summary>Gets the police beats over a grid or village on a date (网格/村 → 警格).</summary>
    /// <param name="area">A grid, village or township.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The beats covering the area, an area inside it or an area containing it.</returns>
    public Task<IReadOnlyList<PoliceBeat>> GetBeatsAsync(JurisdictionCode area, LocalDate asOf, CancellationToken cancellationToken = default) =>
        _sessions.ReadAsync<IReadOnlyList<PoliceBeat>>(
            async session => await GridSessions.ToListAsync(
                session.GetStore<IPoliceBeatStore>().QueryAsync(new PoliceBeatQuery(Touching: area, AsOf: asOf), cancellationToken), cancellationToken).ConfigureAwait(false),
            cancellationToken);

    /// <summary>Gets what a police beat covers on a date, resolved to villages and grids (警格 → 网格、村).</summary>
    /// <param name="beat">The beat's id.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The areas, or <see langword="null"/> when the beat is unknown, did not exist that day or is outside the scope.</returns>
    public Task<BeatAreas?> GetBeatAreasAsync(PoliceBeatId beat, LocalDate asOf, CancellationToken cancellationToken = default) =>
        _sessions.ReadAsync(
            async session =>
            {
                var found = await session.GetStore<IPoliceBeatStore>().FindAsync(beat, cancellationToken).ConfigureAwait(false);
                if (found is null || !found.ExistsOn(asOf))
                {
                    return null;
                }

                var areas = found.AreasOn(asOf);
                var grids = new SortedSet<JurisdictionCode>(areas.Where(a => a.Level == JurisdictionLevel.Grid));
                foreach (var village in areas.Where(a => a.Level == JurisdictionLevel.Village))
                {
                    await foreach (var grid in session.GetStore<IGridStore>().QueryAsync(new GridQuery(village, asOf), cancellationToken).ConfigureAwait(false))
                    {
                        grids.Add(grid.Code);
                    }
                }

                var villages = areas.Select(a => a.Level == JurisdictionLevel.Grid ? a.Parent!.Value : a).Distinct().Order();
                return new BeatAreas(found.Id, found.Code, found.Name, found.OfficerOn(asOf), [.. villages], [.. grids]);
            },
            cancellationToken);

    /// <summary>Gets the community officers responsible for a village on a date (村 → 包村民警).</summary>
    /// <param name="village">The village's code.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The officers' ids: one when "一村一警" holds.</returns>
    public Task<IReadOnlyList<StaffMemberId>> GetVillageOfficersAsync(JurisdictionCode village, LocalDate asOf, CancellationToken cancellationToken = default) =>
        _sessions.ReadAsync(
            async session =>
            {
                var beats = await GridSessions.ToListAsync(
                    session.GetStore<IPoliceBeatStore>().QueryAsync(new PoliceBeatQuery(Touching: village, AsOf: asOf), cancellationToken), cancellationToken).ConfigureAwait(false);
                return OneOfficerPerVillage.OfficersOf(village, beats, asOf);
            },
            cancellationToken);

    /// <summary>Checks "一村一警" for every village inside a division on a date.</summary>
    /// <param name="within">A county, township or village.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The villages without an officer and those with several.</returns>
    public Task<OneOfficerPerVillageReport> CheckOneOfficerPerVillageAsync(JurisdictionCode within, LocalDate asOf, CancellationToken cancellationToken = default) =>
        _sessions.ReadAsync(
            async session =>
            {
                var villages = await GridSessions.ToListAsync(
                    session.GetStore<IJurisdictionStore>().QueryAsync(new JurisdictionQuery(within, asOf, JurisdictionLevel.Village), cancellationToken), cancellationToken).ConfigureAwait(false);
                var beats = await GridSessions.ToListAsync(
                    session.GetStore<IPoliceBeatStore>().QueryAsync(new PoliceBeatQuery(Touching: within, AsOf: asOf), cancellationToken), cancellationToken).ConfigureAwait(false);
                return OneOfficerPerVillage.Check(villages.Select(v => v.Code), beats, asOf);
            },
            cancellationToken);

    private static async Task<List<JurisdictionNode>> DivisionNodesAsync(IStorageSession session, JurisdictionQuery query, LocalDate asOf, CancellationToken cancellationToken)
    {
        var nodes = new List<JurisdictionNode>();
        await foreach (var division in session.GetStore<IJurisdictionStore>().QueryAsync(query, cancellationToken).ConfigureAwait(false))
        {
            nodes.Add(division.AsOf(asOf)!);
        }

        return nodes;
    }

    private static async Task<List<JurisdictionNode>> GridNodesAsync(IStorageSession session, JurisdictionCode within, LocalDate asOf, CancellationToken cancellationToken)
    {
        var nodes = new List<JurisdictionNode>();
        await foreach (var grid in session.GetStore<IGridStore>().QueryAsync(new GridQuery(within, asOf), cancellationToken).ConfigureAwait(false))
        {
            nodes.Add(grid.AsOf(asOf)!);
        }

        return nodes;
    }
}
