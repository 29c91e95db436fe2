using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Grids.Storage;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage;
using NodaTime;

namespace Fengqiao.Grids.Jurisdictions;

/// <summary>
/// Changes the jurisdiction tree and its grids (区划与网格维护): establish, rename, abolish, split
/// and merge divisions; register, revise and retire grids. Each call is one unit of work in the
/// current principal's scope and needs <see cref="FengqiaoPermissions.ManageGrids"/>; the
/// recorded-by/at stamp comes from the principal and the injected clock. Read with <see cref="GridDirectory"/>.
/// </summary>
public sealed class JurisdictionService
{
    private readonly GridSessions _sessions;

    /// <summary>Creates the service.</summary>
    /// <param name="provider">The storage backend.</param>
    /// <param name="access">The current principal's scope.</param>
    /// <param name="clock">The clock for recorded-at stamps.</param>
    public JurisdictionService(IStorageProvider provider, IAccessContext access, IClock clock)
    {
        _sessions = new GridSessions(Guard.Against.Null(provider), Guard.Against.Null(access), Guard.Against.Null(clock));
    }

    /// <summary>Establishes a division under an existing parent (a province needs none).</summary>
    /// <param name="code">The new division's code.</param>
    /// <param name="validFrom">The first day it exists.</param>
    /// <param name="name">Its Chinese name.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="englishName">Its English or pinyin name, if known.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The division.</returns>
    /// <exception cref="Errors.NotFoundException">The parent does not exist on <paramref name="validFrom"/> or is outside the scope.</exception>
    public Task<Jurisdiction> EstablishAsync(JurisdictionCode code, LocalDate validFrom, string name, DivisionKind kind, string? englishName = null, CancellationToken cancellationToken = default) =>
        _sessions.WriteAsync(
            async (session, stamp) =>
            {
                var store = session.GetStore<IJurisdictionStore>();
                if (code.Parent is { } parent)
                {
                    await RequireOnAsync(store, parent, validFrom, cancellationToken).ConfigureAwait(false);
                }

                var division = Jurisdiction.Establish(code, validFrom, name, kind, stamp, englishName);
                await store.SaveAsync(division, cancellationToken).ConfigureAwait(false);
                return division;
            },
            cancellationToken);

    /// <summary>Renames (or reclassifies) a division from a date on.</summary>
    /// <param name="code">The division's code.</param>
    /// <param name="validFrom">The first day of the new name.</param>
    /// <param name="name">The new name.</param>
    /// <param name="englishName">The new English or pinyin name, if known.</param>
    /// <param name="kind">The new kind, or <see langword="null"/> to keep it.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The division after the change.</returns>
    public Task<Jurisdiction> RenameAsync(JurisdictionCode code, LocalDate validFrom, string name, string? englishName = null, DivisionKind? kind = null, CancellationToken cancellationToken = default) =>
        ChangeDivisionAsync(code, (d, stamp) => d.Rename(validFrom, name, stamp, englishName, kind), cancellationToken);

    /// <summary>Abolishes a division from a date on.</summary>
    /// <param name="code">The division's code.</param>
    /// <param name="validTo">The first day it no longer exists.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The division after the change.</returns>
    public Task<Jurisdiction> AbolishAsync(JurisdictionCode code, LocalDate validTo, CancellationToken cancellationToken = default) =>
        ChangeDivisionAsync(code, (d, stamp) => d.Abolish(validTo, stamp), cancellationToken);

    /// <summary>Splits a division; see <see cref="JurisdictionRestructuring.Split"/>.</summary>
    /// <param name="code">The division being split.</param>
    /// <param name="effectiveOn">The first day of the new divisions.</param>
    /// <param name="parts">The new divisions.</param>
    /// <param name="sourceContinues">Whether the source keeps existing.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The new divisions.</returns>
    public Task<IReadOnlyList<Jurisdiction>> SplitAsync(JurisdictionCode code, LocalDate effectiveOn, IReadOnlyList<JurisdictionPart> parts, bool sourceContinues = false, CancellationToken cancellationToken = default) =>
        _sessions.WriteAsync(
            async (session, stamp) =>
            {
                var store = session.GetStore<IJurisdictionStore>();
                var source = await RequireAsync(store, code, cancellationToken).ConfigureAwait(false);
                var created = JurisdictionRestructuring.Split(source, effectiveOn, parts, stamp, sourceContinues);
                await SaveAllAsync(store, [source, .. created], cancellationToken).ConfigureAwait(false);
                return created;
            },
            cancellationToken);

    /// <summary>Merges divisions into a new one; see <see cref="JurisdictionRestructuring.Merge"/>.</summary>
    /// <param name="codes">The divisions being merged.</param>
    /// <param name="effectiveOn">The first day of the merged division.</param>
    /// <param name="merged">The new division.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The merged division.</returns>
    public Task<Jurisdiction> MergeAsync(IReadOnlyList<JurisdictionCode> codes, LocalDate effectiveOn, JurisdictionPart merged, CancellationToken cancellationToken = default) =>
        _sessions.WriteAsync(
            async (session, stamp) =>
            {
                Guard.Against.Null(codes);
                var store = session.GetStore<IJurisdictionStore>();
                var sources = new List<Jurisdiction>();
                foreach (var code in codes)
                {
                    sources.Add(await RequireAsync(store, code, cancellationToken).ConfigureAwait(false));
                }

                var created = JurisdictionRestructuring.Merge(sources, effectiveOn, merged, stamp);
                await SaveAllAsync(store, [.. sources, created], cancellationToken).ConfigureAwait(false);
                return created;
            },
            cancellationToken);

    /// <summary>Registers a grid in a village that exists on <paramref name="validFrom"/>.</summary>
    /// <param name="code">The grid's 15-digit code.</param>
    /// <param name="validFrom">The first day it applies.</param>
    /// <param name="attributes">Its name, boundary and other attributes.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The grid.</returns>
    public Task<Grid> RegisterGridAsync(JurisdictionCode code, LocalDate validFrom, GridAttributes attributes, CancellationToken cancellationToken = default) =>
        _sessions.WriteAsync(
            async (session, stamp) =>
            {
                var grid = Grid.Register(code, validFrom, attributes, stamp);
                await RequireOnAsync(session.GetStore<IJurisdictionStore>(), grid.Village, validFrom, cancellationToken).ConfigureAwait(false);
                await session.GetStore<IGridStore>().SaveAsync(grid, cancellationToken).ConfigureAwait(false);
                return grid;
            },
            cancellationToken);

    /// <summary>Revises a grid from a date on: rename, re-sign, new party group, household count or boundary.</summary>
    /// <param name="code">The grid's code.</param>
    /// <param name="validFrom">The first day of the new version.</param>
    /// <param name="revise">Makes the new attributes from the current ones, such as <c>a => a with { Boundary = b }</c>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The grid after the change.</returns>
    public Task<Grid> ReviseGridAsync(JurisdictionCode code, LocalDate validFrom, Func<GridAttributes, GridAttributes> revise, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(revise);
        return ChangeGridAsync(code, (g, stamp) => g.Revise(validFrom, revise(g.Current.Attributes), stamp), cancellationToken);
    }

    /// <summary>Retires a grid from a date on.</summary>
    /// <param name="code">The grid's code.</param>
    /// <param name="validTo">The first day it no longer applies.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The grid after the change.</returns>
    public Task<Grid> RetireGridAsync(JurisdictionCode code, LocalDate validTo, CancellationToken cancellationToken = default) =>
        ChangeGridAsync(code, (g, stamp) => g.Retire(validTo, stamp), cancellationToken);

    private Task<Jurisdiction> ChangeDivisionAsync(JurisdictionCode code, Action<Jurisdiction, ChangeStamp> change, CancellationToken cancellationToken) =>
        _sessions.WriteAsync(
            async (session, stamp) =>
            {
                var store = session.GetStore<IJurisdictionStore>();
                var division = await RequireAsync(store, code, cancellationToken).ConfigureAwait(false);
                change(division, stamp);
                await store.SaveAsync(division, cancellationToken).ConfigureAwait(false);
                return division;
            },
            cancellationToken);

    private Task<Grid> ChangeGridAsync(JurisdictionCode code, Action<Grid, ChangeStamp> change, CancellationToken cancellationToken) =>
        _sessions.WriteAsync(
            async (session, stamp) =>
            {
                var store = session.GetStore<IGridStore>();
                var grid = await store.FindAsync(code, cancellationToken).ConfigureAwait(false)
                    ?? throw new Errors.NotFoundException(nameof(Grid), code.ToString());
                change(grid, stamp);
                await store.SaveAsync(grid, cancellationToken).ConfigureAwait(false);
                return grid;
            },
            cancellationToken);

    private static async Task<Jurisdiction> RequireAsync(IJurisdictionStore store, JurisdictionCode code, CancellationToken cancellationToken) =>
        await store.FindAsync(code, cancellationToken).ConfigureAwait(false)
            ?? throw new Errors.NotFoundException(nameof(Jurisdiction), code.ToString());

    private static async Task RequireOnAsync(IJurisdictionStore store, JurisdictionCode code, LocalDate date, CancellationToken cancellationToken)
    {
        var found = await store.FindAsync(code, cancellationToken).ConfigureAwait(false);
        if (found is null || !found.ExistsOn(date))
        {
            throw new Errors.NotFoundException(nameof(Jurisdiction), code.ToString());
        }
    }

    private static async Task SaveAllAsync(IJurisdictionStore store, IEnumerable<Jurisdiction> divisions, CancellationToken cancellationToken)
    {
        foreach (var division in divisions)
        {
            await store.SaveAsync(division, cancellationToken).ConfigureAwait(false);
        }
    }
}
