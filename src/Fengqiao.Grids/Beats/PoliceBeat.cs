using Ardalis.GuardClauses;
using Fengqiao.Domain;
using Fengqiao.Grids.Beats.Events;
using Fengqiao.Grids.Staffing;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Grids.Beats;

/// <summary>
/// Police beat (警格): a police responsibility cell laid over governance grids ("警格+网格"). It
/// belongs to a station's jurisdiction, covers grids and whole villages over periods, and has one
/// responsible community officer (包村民警) at a time. "一村一警" is checked across beats with
/// <see cref="OneOfficerPerVillage"/>.
/// </summary>
public sealed class PoliceBeat : AggregateRoot
{
    private const string KindName = nameof(PoliceBeat);

    private readonly List<BeatOfficer> _officers;
    private readonly List<BeatCoverage> _coverage;

    private PoliceBeat(PoliceBeatState state, long version)
        : base(version)
    {
        Id = state.Id;
        Code = state.Code;
        Name = state.Name;
        Jurisdiction = state.Jurisdiction;
        Validity = state.Validity;
        Established = state.Established;
        _officers = [.. state.Officers];
        _coverage = [.. state.Coverage];
    }

    /// <summary>Gets the beat's id.</summary>
    public PoliceBeatId Id { get; }

    /// <summary>Gets the beat's code as the station numbers it, such as <c>JG-01</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the beat's name.</summary>
    public string Name { get; private set; }

    /// <summary>Gets the jurisdiction the beat belongs to (the station's county, township or village); every covered area lies inside it.</summary>
    public JurisdictionCode Jurisdiction { get; }

    /// <summary>Gets when the beat exists; <c>ValidTo</c> is exclusive.</summary>
    public ValidityPeriod Validity { get; private set; }

    /// <summary>Gets who established the beat and when.</summary>
    public ChangeStamp Established { get; }

    /// <summary>Gets the responsible officers, oldest first; their periods do not overlap.</summary>
    public IReadOnlyList<BeatOfficer> Officers => _officers;

    /// <summary>Gets the covered grids and villages with their periods.</summary>
    public IReadOnlyList<BeatCoverage> Coverage => _coverage;

    /// <summary>Establishes a police beat (划设警格).</summary>
    /// <param name="id">The new beat's id.</param>
    /// <param name="code">The beat's code, as the station numbers it.</param>
    /// <param name="name">The beat's name.</param>
    /// <param name="jurisdiction">The county, township or village it belongs to.</param>
    /// <param name="validFrom">The first day it exists.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <returns>The new beat, not yet saved.</returns>
    public static PoliceBeat Establish(PoliceBeatId id, string code, string name, JurisdictionCode jurisdiction, LocalDate validFrom, ChangeStamp stamp)
    {
        VersionHistory.RequireLevel(jurisdiction, nameof(jurisdiction), JurisdictionLevel.County, JurisdictionLevel.Township, JurisdictionLevel.Village);
        var state = new PoliceBeatState(
            PoliceBeatState.CurrentSchemaVersion,
            id,
            VersionHistory.RequireName(code, nameof(code)),
            VersionHistory.RequireName(name, nameof(name)),
            jurisdiction,
            ValidityPeriod.StartingOn(validFrom),
            [],
            [],
            stamp);
        var beat = new PoliceBeat(state, 0);
        beat.Raise(new PoliceBeatEstablished(id.Value, state.Code, jurisdiction.ToString(), validFrom, stamp.By, stamp.At));
        return beat;
    }

    /// <summary>Gets a value indicating whether the beat exists on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it exists.</returns>
    public bool ExistsOn(LocalDate date) => Validity.Contains(date);

    /// <summary>Gets the responsible officer on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The officer's id, or <see langword="null"/> when none was responsible.</returns>
    public StaffMemberId? OfficerOn(LocalDate date) => VersionHistory.On(_officers, date, o => o.Validity)?.Officer;

    /// <summary>Gets the grids and villages covered on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The covered areas' codes, ordered.</returns>
    public IReadOnlyList<JurisdictionCode> AreasOn(LocalDate date) =>
        [.. _coverage.Where(c => c.Validity.Contains(date)).Select(c => c.Area).Order()];

    /// <summary>Gets a value indicating whether the beat covers or touches an area on a date (see <see cref="BeatCoverage.Touches"/>).</summary>
    /// <param name="area">A grid, village or township.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether it does.</returns>
    public bool TouchesOn(JurisdictionCode area, LocalDate date) =>
        _coverage.Any(c => c.Validity.Contains(date) && c.Touches(area));

    /// <summary>Makes an officer responsible for the beat from a date on, ending the previous officer's period (更换包村民警).</summary>
    /// <param name="officer">The officer's staff member id.</param>
    /// <param name="validFrom">The first day.</param>
    /// <param name="stamp">Who records it and when.</param>
    public void AssignOfficer(StaffMemberId officer, LocalDate validFrom, ChangeStamp stamp)
    {
        EnsureActive(validFrom);
        if (_officers.Count == 0)
        {
            _officers.Add(new BeatOfficer(officer, ValidityPeriod.StartingOn(validFrom), stamp));
        }
        else
        {
            VersionHistory.Supersede(
                _officers,
                validFrom,
                v => new BeatOfficer(officer, v, stamp),
                o => o.Validity,
                (o, v) => o with { Validity = v },
                KindName,
                Code);
        }

        Raise(new PoliceBeatOfficerAssigned(Id.Value, officer.Value, validFrom, stamp.By, stamp.At));
    }

    /// <summary>Adds a grid or village to the beat from a date on (纳入警格).</summary>
    /// <param name="area">A grid or village inside the beat's jurisdiction.</param>
    /// <param name="validFrom">The first day.</param>
    /// <param name="stamp">Who records it and when.</param>
    public void Cover(JurisdictionCode area, LocalDate validFrom, ChangeStamp stamp)
    {
        VersionHistory.RequireLevel(area, nameof(area), JurisdictionLevel.Village, JurisdictionLevel.Grid);
        if (!Jurisdiction.Contains(area))
        {
            throw GridMessages.Invalid(GridErrorCodes.AreaOutsideBeat, nameof(area), area.ToString(), Jurisdiction.ToString());
        }

        EnsureActive(validFrom);
        var period = new ValidityPeriod(validFrom, Validity.ValidTo);
        if (_coverage.Any(c => c.Validity.Overlaps(period) && (c.Area.Contains(area) || area.Contains(c.Area))))
        {
            throw GridMessages.Invalid(GridErrorCodes.AreaAlreadyCovered, nameof(area), area.ToString(), period.ToString());
        }

        _coverage.Add(new BeatCoverage(area, period, stamp));
        Raise(new PoliceBeatCoverageChanged(Id.Value, area.ToString(), validFrom, Covered: true, stamp.By, stamp.At));
    }

    /// <summary>Takes a grid or village out of the beat from a date on.</summary>
    /// <param name="area">The covered area exactly.</param>
    /// <param name="validTo">The first day it is no longer covered.</param>
    /// <param name="stamp">Who records it and when.</param>
    public void Release(JurisdictionCode area, LocalDate validTo, ChangeStamp stamp)
    {
        var index = _coverage.FindIndex(c => c.Area == area && c.Validity.IsOpen);
        if (index < 0 || validTo <= _coverage[index].Validity.ValidFrom)
        {
            throw GridMessages.Invalid(GridErrorCodes.AreaNotCovered, nameof(area), area.ToString(), ValidityPeriod.Format(validTo));
        }

        _coverage[index] = _coverage[index] with { Validity = _coverage[index].Validity.EndingOn(validTo) };
        Raise(new PoliceBeatCoverageChanged(Id.Value, area.ToString(), validTo, Covered: false, stamp.By, stamp.At));
    }

    /// <summary>Renames the beat (its name is not effective-dated).</summary>
    /// <param name="name">The new name.</param>
    /// <param name="stamp">Who records it and when.</param>
    public void Rename(string name, ChangeStamp stamp)
    {
        Name = VersionHistory.RequireName(name, nameof(name));
        Raise(new PoliceBeatRenamed(Id.Value, Name, stamp.By, stamp.At));
    }

    /// <summary>Dissolves the beat (撤销警格): the beat, its officer and its coverage end on <paramref name="validTo"/>.</summary>
    /// <param name="validTo">The first day it no longer exists.</param>
    /// <param name="stamp">Who records it and when.</param>
    public void Dissolve(LocalDate validTo, ChangeStamp stamp)
    {
        VersionHistory.EnsureOpen(Validity, KindName, Code);
        if (validTo <= LatestStart())
        {
            throw VersionHistory.OutOfOrder(KindName, Code, validTo, LatestStart());
        }

        Validity = Validity.EndingOn(validTo);
        for (var i = 0; i < _officers.Count; i++)
        {
            if (_officers[i].Validity.IsOpen)
            {
                _officers[i] = _officers[i] with { Validity = _officers[i].Validity.EndingOn(validTo) };
            }
        }

        for (var i = 0; i < _coverage.Count; i++)
        {
            if (_coverage[i].Validity.IsOpen)
            {
                _coverage[i] = _coverage[i] with { Validity = _coverage[i].Validity.EndingOn(validTo) };
            }
        }

        Raise(new PoliceBeatDissolved(Id.Value, validTo, stamp.By, stamp.At));
    }

    /// <summary>Captures the beat's persisted state, for a storage backend.</summary>
    /// <returns>The state.</returns>
    public PoliceBeatState ToState() =>
        new(PoliceBeatState.CurrentSchemaVersion, Id, Code, Name, Jurisdiction, Validity, _officers.ToArray(), _coverage.ToArray(), Established);

    /// <summary>Rebuilds a beat from its persisted state, checking its invariants.</summary>
    /// <param name="state">The state.</param>
    /// <param name="version">The stored version (the row's concurrency token).</param>
    /// <returns>The beat, with no pending events.</returns>
    public static PoliceBeat FromState(PoliceBeatState state, long version)
    {
        Guard.Against.Null(state);
        VersionHistory.CheckSchema(state.SchemaVersion, PoliceBeatState.CurrentSchemaVersion, KindName);
        var key = state.Id.ToString();
        if (string.IsNullOrWhiteSpace(state.Code) || string.IsNullOrWhiteSpace(state.Name) || state.Jurisdiction.IsEmpty
            || state.Officers is null || state.Coverage is null)
        {
            throw VersionHistory.StateInvalid(KindName, key, "code, name, jurisdiction, officers or coverage missing");
        }

        if (state.Coverage.Any(c => !state.Jurisdiction.Contains(c.Area)))
        {
            throw VersionHistory.StateInvalid(KindName, key, "a covered area lies outside the beat's jurisdiction");
        }

        if (state.Officers.Count > 0)
        {
            VersionHistory.CheckContiguous(state.Officers, o => o.Validity, KindName, key);
        }

        return new PoliceBeat(state, version);
    }

    /// <summary>Describes the beat by code and name.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Code} {Name}";

    private LocalDate LatestStart() =>
        _officers.Select(o => o.Validity.ValidFrom).Concat(_coverage.Where(c => c.Validity.IsOpen).Select(c => c.Validity.ValidFrom)).Append(Validity.ValidFrom).Max();

    private void EnsureActive(LocalDate date)
    {
        VersionHistory.EnsureOpen(Validity, KindName, Code);
        if (date < Validity.ValidFrom)
        {
            throw VersionHistory.OutOfOrder(KindName, Code, date, Validity.ValidFrom);
        }
    }
}
