using Ardalis.GuardClauses;
using Fengqiao.Domain;
using Fengqiao.Grids.Events;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Jurisdictions;
using NetTopologySuite.Geometries;
using NodaTime;

namespace Fengqiao.Grids;

/// <summary>
/// Grid (网格): the smallest governance cell inside a village or community, keyed by its 15-digit
/// code (the 12-digit village code plus a grid number 001–999). Effective-dated: a new name,
/// sign, party group, household count or boundary opens a new <see cref="GridPeriod"/>, so a
/// 2024 report uses 2024's grids. Grids of a village should tile it without gaps or overlaps
/// ("规模适度、界限清晰、无缝覆盖").
/// </summary>
public sealed class Grid : AggregateRoot, ILineageSubject
{
    private const string KindName = nameof(Grid);

    private readonly List<GridPeriod> _periods;
    private readonly List<LineageLink> _predecessors;
    private readonly List<LineageLink> _successors;

    private Grid(JurisdictionCode code, List<GridPeriod> periods, List<LineageLink> predecessors, List<LineageLink> successors, long version)
        : base(version)
    {
        Code = code;
        _periods = periods;
        _predecessors = predecessors;
        _successors = successors;
    }

    /// <summary>Gets the grid's 15-digit code.</summary>
    public JurisdictionCode Code { get; }

    /// <summary>Gets the code of the village or community the grid lies in.</summary>
    public JurisdictionCode Village => Code.Parent!.Value;

    /// <summary>Gets the versions of the grid, oldest first; they tile its lifetime.</summary>
    public IReadOnlyList<GridPeriod> Periods => _periods;

    /// <summary>Gets the grids this one was formed from.</summary>
    public IReadOnlyList<LineageLink> Predecessors => _predecessors;

    /// <summary>Gets the grids this one turned into.</summary>
    public IReadOnlyList<LineageLink> Successors => _successors;

    /// <summary>Gets the latest version (which has an end when the grid was retired).</summary>
    public GridPeriod Current => _periods[^1];

    /// <summary>Gets the grid's whole lifetime.</summary>
    public ValidityPeriod Lifetime => new(_periods[0].Validity.ValidFrom, _periods[^1].Validity.ValidTo);

    /// <summary>Registers a grid (划定网格).</summary>
    /// <param name="code">Its 15-digit code.</param>
    /// <param name="validFrom">The first day it applies.</param>
    /// <param name="attributes">Its name, boundary and other attributes.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <returns>The new grid, not yet saved.</returns>
    public static Grid Register(JurisdictionCode code, LocalDate validFrom, GridAttributes attributes, ChangeStamp stamp) =>
        Register(code, validFrom, attributes, stamp, []);

    /// <summary>Registers a grid from a code, a name and a boundary, such as a feature read from GeoJSON.</summary>
    /// <param name="code">Its 15-digit code.</param>
    /// <param name="name">Its name.</param>
    /// <param name="boundary">Its WGS-84 polygon or multipolygon.</param>
    /// <param name="validFrom">The first day it applies.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <returns>The new grid, not yet saved.</returns>
    public static Grid Register(JurisdictionCode code, string name, Geometry boundary, LocalDate validFrom, ChangeStamp stamp) =>
        Register(code, validFrom, new GridAttributes(name, boundary), stamp);

    /// <summary>Gets a value indicating whether the grid applies on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether one of its versions applies.</returns>
    public bool ExistsOn(LocalDate date) => PeriodOn(date) is not null;

    /// <summary>Gets the version that applies on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The version, or <see langword="null"/> when the grid did not apply that day.</returns>
    public GridPeriod? PeriodOn(LocalDate date) => VersionHistory.On(_periods, date, p => p.Validity);

    /// <summary>Gets the grid's attributes on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The attributes, or <see langword="null"/> when the grid did not apply that day.</returns>
    public GridAttributes? AttributesOn(LocalDate date) => PeriodOn(date)?.Attributes;

    /// <summary>Gets the grid as a tree node as of a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The node, or <see langword="null"/> when the grid did not apply that day.</returns>
    public JurisdictionNode? AsOf(LocalDate date) =>
        PeriodOn(date) is { } p ? new JurisdictionNode(Code, DivisionKind.Grid, p.Attributes.Name, null, p.Validity) : null;

    /// <summary>Revises the grid from a date on: the current version ends and a new one begins.</summary>
    /// <param name="validFrom">The first day of the new version; a date equal to the current version's start corrects that version.</param>
    /// <param name="attributes">The new attributes, typically <c>grid.Current.Attributes with { … }</c>.</param>
    /// <param name="stamp">Who records it and when.</param>
    public void Revise(LocalDate validFrom, GridAttributes attributes, ChangeStamp stamp)
    {
        var checkedAttributes = Check(Code, attributes);
        var boundaryChanged = !Current.Attributes.Boundary.EqualsExact(checkedAttributes.Boundary);
        VersionHistory.Supersede(
            _periods,
            validFrom,
            v => new GridPeriod(v, checkedAttributes, stamp),
            p => p.Validity,
            (p, v) => p with { Validity = v },
            KindName,
            Code.ToString());
        Raise(new GridRevised(Code.ToString(), validFrom, checkedAttributes.Name, boundaryChanged, stamp.By, stamp.At));
    }

    /// <summary>Renames the grid from a date on.</summary>
    /// <param name="validFrom">The first day of the new name.</param>
    /// <param name="name">The new name.</param>
    /// <param name="stamp">Who records it and when.</param>
    public void Rename(LocalDate validFrom, string name, ChangeStamp stamp) =>
        Revise(validFrom, Current.Attributes with { Name = name }, stamp);

    /// <summary>Redraws the grid's boundary from a date on (调整边界).</summary>
    /// <param name="validFrom">The first day of the new boundary.</param>
    /// <param name="boundary">The new WGS-84 polygon or multipolygon.</param>
    /// <param name="stamp">Who records it and when.</param>
    public void ChangeBoundary(LocalDate validFrom, Geometry boundary, ChangeStamp stamp) =>
        Revise(validFrom, Current.Attributes with { Boundary = boundary }, stamp);

    /// <summary>Retires the grid (撤销网格): its last version ends on <paramref name="validTo"/> (exclusive).</summary>
    /// <param name="validTo">The first day it no longer applies.</param>
    /// <param name="stamp">Who records it and when.</param>
    public void Retire(LocalDate validTo, ChangeStamp stamp)
    {
        VersionHistory.End(_periods, validTo, p => p.Validity, (p, v) => p with { Validity = v }, KindName, Code.ToString());
        Raise(new GridRetired(Code.ToString(), validTo, stamp.By, stamp.At));
    }

    /// <summary>Captures the grid's persisted state, for a storage backend.</summary>
    /// <returns>The state.</returns>
    public GridState ToState() =>
        new(GridState.CurrentSchemaVersion, Code, _periods.ToArray(), _predecessors.ToArray(), _successors.ToArray());

    /// <summary>Rebuilds a grid from its persisted state, checking its invariants.</summary>
    /// <param name="state">The state.</param>
    /// <param name="version">The stored version (the row's concurrency token).</param>
    /// <returns>The grid, with no pending events.</returns>
    public static Grid FromState(GridState state, long version)
    {
        Guard.Against.Null(state);
        VersionHistory.CheckSchema(state.SchemaVersion, GridState.CurrentSchemaVersion, KindName);
        VersionHistory.RequireLevel(state.Code, nameof(state.Code), JurisdictionLevel.Grid);
        Guard.Against.Null(state.Periods);
        VersionHistory.CheckContiguous(state.Periods, p => p.Validity, KindName, state.Code.ToString());
        var periods = state.Periods.Select(p => p with { Attributes = Check(state.Code, p.Attributes) }).ToList();
        return new Grid(state.Code, periods, [.. state.Predecessors ?? []], [.. state.Successors ?? []], version);
    }

    /// <summary>Describes the grid by code and current name.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Code} {Current.Attributes.Name}";

    internal static Grid Register(JurisdictionCode code, LocalDate validFrom, GridAttributes attributes, ChangeStamp stamp, IReadOnlyList<LineageLink> predecessors)
    {
        VersionHistory.RequireLevel(code, nameof(code), JurisdictionLevel.Grid);
        var checkedAttributes = Check(code, attributes);
        var grid = new Grid(code, [new GridPeriod(ValidityPeriod.StartingOn(validFrom), checkedAttributes, stamp)], [.. predecessors], [], 0);
        grid.Raise(new GridRegistered(
            code.ToString(), validFrom, checkedAttributes.Name, [.. predecessors.Select(p => p.Code.ToString())], stamp.By, stamp.At));
        return grid;
    }

    /// <inheritdoc/>
    ValidityPeriod ILineageSubject.CurrentValidity => Current.Validity;

    /// <inheritdoc/>
    void ILineageSubject.EndOn(LocalDate validTo, ChangeStamp stamp) => Retire(validTo, stamp);

    /// <inheritdoc/>
    void ILineageSubject.AddPredecessors(IEnumerable<LineageLink> links) => _predecessors.AddRange(links);

    /// <inheritdoc/>
    void ILineageSubject.RecordSuccessors(IReadOnlyList<LineageLink> links, ChangeStamp stamp)
    {
        _successors.AddRange(links);
        var first = links[0];
        Raise(new GridSucceeded(Code.ToString(), [.. links.Select(l => l.Code.ToString())], first.Change, first.EffectiveOn, stamp.By, stamp.At));
    }

    private static GridAttributes Check(JurisdictionCode code, GridAttributes attributes)
    {
        Guard.Against.Null(attributes);
        var key = code.ToString();
        return attributes with
        {
            Name = VersionHistory.RequireName(attributes.Name, nameof(attributes.Name)),
            Boundary = GridBoundary.Normalize(key, attributes.Boundary),
            Sign = string.IsNullOrWhiteSpace(attributes.Sign) ? null : attributes.Sign.Trim(),
            PartyGroup = string.IsNullOrWhiteSpace(attributes.PartyGroup) ? null : attributes.PartyGroup.Trim(),
            ExpectedHouseholds = attributes.ExpectedHouseholds is { } n ? VersionHistory.RequireNonNegative(n, nameof(attributes.ExpectedHouseholds)) : null,
        };
    }
}
