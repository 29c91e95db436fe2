using Ardalis.GuardClauses;
using Fengqiao.Domain;
using Fengqiao.Grids.Jurisdictions.Events;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Grids.Jurisdictions;

/// <summary>
/// A division of the jurisdiction tree (行政区划): a province, prefecture, county, township or
/// village/community, keyed by its <see cref="JurisdictionCode"/> and effective-dated. A rename
/// closes one <see cref="JurisdictionPeriod"/> and opens the next; an abolished division keeps its
/// history; splits and merges link predecessors and successors (see <see cref="JurisdictionRestructuring"/>).
/// </summary>
/// <remarks>
/// The parent is the code's prefix (<see cref="JurisdictionCode.Parent"/>): in GB/T 2260 and the
/// statistical division code a division that moves to another parent gets a new code, which is
/// recorded as a <see cref="LineageChange.Recode"/> successor. Grids are separate aggregates
/// (<see cref="Grid"/>).
/// </remarks>
public sealed class Jurisdiction : AggregateRoot, ILineageSubject
{
    private const string KindName = nameof(Jurisdiction);

    private readonly List<JurisdictionPeriod> _periods;
    private readonly List<LineageLink> _predecessors;
    private readonly List<LineageLink> _successors;

    private Jurisdiction(JurisdictionCode code, List<JurisdictionPeriod> periods, List<LineageLink> predecessors, List<LineageLink> successors, long version)
        : base(version)
    {
        Code = code;
        _periods = periods;
        _predecessors = predecessors;
        _successors = successors;
    }

    /// <summary>Gets the division's code.</summary>
    public JurisdictionCode Code { get; }

    /// <summary>Gets the division's level.</summary>
    public JurisdictionLevel Level => Code.Level;

    /// <summary>Gets the parent division's code, or <see langword="null"/> for a province.</summary>
    public JurisdictionCode? Parent => Code.Parent;

    /// <summary>Gets the versions of the name and kind, oldest first; they tile the division's lifetime.</summary>
    public IReadOnlyList<JurisdictionPeriod> Periods => _periods;

    /// <summary>Gets the divisions this one was formed from, with the change and its date.</summary>
    public IReadOnlyList<LineageLink> Predecessors => _predecessors;

    /// <summary>Gets the divisions this one turned into, with the change and its date.</summary>
    public IReadOnlyList<LineageLink> Successors => _successors;

    /// <summary>Gets the latest version (which has an end when the division was abolished).</summary>
    public JurisdictionPeriod Current => _periods[^1];

    /// <summary>Gets the whole lifetime: from establishment to abolition (exclusive), or open.</summary>
    public ValidityPeriod Lifetime => new(_periods[0].Validity.ValidFrom, _periods[^1].Validity.ValidTo);

    /// <summary>Establishes a division (设立).</summary>
    /// <param name="code">Its code: province to village level.</param>
    /// <param name="validFrom">The first day it exists.</param>
    /// <param name="name">Its Chinese name.</param>
    /// <param name="kind">Its kind, which must sit at the code's level.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <param name="englishName">An English or pinyin name, if known.</param>
    /// <returns>The new division, not yet saved.</returns>
    public static Jurisdiction Establish(JurisdictionCode code, LocalDate validFrom, string name, DivisionKind kind, ChangeStamp stamp, string? englishName = null) =>
        Establish(code, validFrom, name, kind, stamp, englishName, []);

    /// <summary>Gets a value indicating whether the division exists on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether one of its versions applies.</returns>
    public bool ExistsOn(LocalDate date) => PeriodOn(date) is not null;

    /// <summary>Gets the version that applies on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The version, or <see langword="null"/> when the division did not exist that day.</returns>
    public JurisdictionPeriod? PeriodOn(LocalDate date) => VersionHistory.On(_periods, date, p => p.Validity);

    /// <summary>Gets the division as a tree node as of a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The node, or <see langword="null"/> when the division did not exist that day.</returns>
    public JurisdictionNode? AsOf(LocalDate date) =>
        PeriodOn(date) is { } p ? new JurisdictionNode(Code, p.Kind, p.Name, p.EnglishName, p.Validity) : null;

    /// <summary>Renames the division from a date on (更名), keeping the old name in its history.</summary>
    /// <param name="validFrom">The first day of the new name; a date equal to the current version's start corrects that version.</param>
    /// <param name="name">The new Chinese name.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <param name="englishName">The new English or pinyin name, if known.</param>
    /// <param name="kind">The new kind (such as township to town), or <see langword="null"/> to keep it.</param>
    public void Rename(LocalDate validFrom, string name, ChangeStamp stamp, string? englishName = null, DivisionKind? kind = null)
    {
        var newName = VersionHistory.RequireName(name, nameof(name));
        var newKind = kind ?? Current.Kind;
        RequireKind(Code, newKind);
        VersionHistory.Supersede(
            _periods,
            validFrom,
            v => new JurisdictionPeriod(v, newName, Trim(englishName), newKind, stamp),
            p => p.Validity,
            (p, v) => p with { Validity = v },
            KindName,
            Code.ToString());
        Raise(new JurisdictionRenamed(Code.ToString(), validFrom, newName, stamp.By, stamp.At));
    }

    /// <summary>Abolishes the division (撤销): its last version ends on <paramref name="validTo"/> (exclusive).</summary>
    /// <param name="validTo">The first day it no longer exists.</param>
    /// <param name="stamp">Who records it and when.</param>
    public void Abolish(LocalDate validTo, ChangeStamp stamp)
    {
        VersionHistory.End(_periods, validTo, p => p.Validity, (p, v) => p with { Validity = v }, KindName, Code.ToString());
        Raise(new JurisdictionAbolished(Code.ToString(), validTo, stamp.By, stamp.At));
    }

    /// <summary>Captures the division's persisted state, for a storage backend.</summary>
    /// <returns>The state.</returns>
    public JurisdictionState ToState() =>
        new(JurisdictionState.CurrentSchemaVersion, Code, _periods.ToArray(), _predecessors.ToArray(), _successors.ToArray());

    /// <summary>Rebuilds a division from its persisted state, checking its invariants.</summary>
    /// <param name="state">The state.</param>
    /// <param name="version">The stored version (the row's concurrency token).</param>
    /// <returns>The division, with no pending events.</returns>
    public static Jurisdiction FromState(JurisdictionState state, long version)
    {
        Guard.Against.Null(state);
        VersionHistory.CheckSchema(state.SchemaVersion, JurisdictionState.CurrentSchemaVersion, KindName);
        var key = state.Code.ToString();
        VersionHistory.RequireLevel(state.Code, nameof(state.Code), DivisionLevels);
        Guard.Against.Null(state.Periods);
        VersionHistory.CheckContiguous(state.Periods, p => p.Validity, KindName, key);
        foreach (var period in state.Periods)
        {
            if (string.IsNullOrWhiteSpace(period.Name) || DivisionKinds.LevelOf(period.Kind) != state.Code.Level)
            {
                throw VersionHistory.StateInvalid(KindName, key, "a period has no name or a kind of another level");
            }
        }

        return new Jurisdiction(state.Code, [.. state.Periods], [.. state.Predecessors ?? []], [.. state.Successors ?? []], version);
    }

    /// <summary>Describes the division by code and current name (division names are public, not personal data).</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Code} {Current.Name}";

    internal static readonly JurisdictionLevel[] DivisionLevels =
        [JurisdictionLevel.Province, JurisdictionLevel.Prefecture, JurisdictionLevel.County, JurisdictionLevel.Township, JurisdictionLevel.Village];

    internal static Jurisdiction Establish(JurisdictionCode code, LocalDate validFrom, string name, DivisionKind kind, ChangeStamp stamp, string? englishName, IReadOnlyList<LineageLink> predecessors)
    {
        VersionHistory.RequireLevel(code, nameof(code), DivisionLevels);
        RequireKind(code, kind);
        var period = new JurisdictionPeriod(ValidityPeriod.StartingOn(validFrom), VersionHistory.RequireName(name, nameof(name)), Trim(englishName), kind, stamp);
        var jurisdiction = new Jurisdiction(code, [period], [.. predecessors], [], 0);
        jurisdiction.Raise(new JurisdictionEstablished(
            code.ToString(), validFrom, period.Name, [.. predecessors.Select(p => p.Code.ToString())], stamp.By, stamp.At));
        return jurisdiction;
    }

    /// <inheritdoc/>
    ValidityPeriod ILineageSubject.CurrentValidity => Current.Validity;

    /// <inheritdoc/>
    void ILineageSubject.EndOn(LocalDate validTo, ChangeStamp stamp) => Abolish(validTo, stamp);

    /// <inheritdoc/>
    void ILineageSubject.AddPredecessors(IEnumerable<LineageLink> links) => _predecessors.AddRange(links);

    /// <inheritdoc/>
    void ILineageSubject.RecordSuccessors(IReadOnlyList<LineageLink> links, ChangeStamp stamp)
    {
        _successors.AddRange(links);
        var first = links[0];
        Raise(new JurisdictionSucceeded(Code.ToString(), [.. links.Select(l => l.Code.ToString())], first.Change, first.EffectiveOn, stamp.By, stamp.At));
    }

    private static void RequireKind(JurisdictionCode code, DivisionKind kind)
    {
        if (!Enum.IsDefined(kind) || DivisionKinds.LevelOf(kind) != code.Level)
        {
            throw GridMessages.Invalid(GridErrorCodes.LevelMismatch, nameof(kind), code.ToString(), code.Level.ToString(), kind.ToString());
        }
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
