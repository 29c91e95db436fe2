using Ardalis.GuardClauses;
using Fengqiao.Domain;
using Fengqiao.Grids;
using Fengqiao.Jurisdictions;
using Fengqiao.Patrols.Geo;
using Fengqiao.Patrols.PatrolLogs.Events;
using Fengqiao.Patrols.Tracks;
using NodaTime;

namespace Fengqiao.Patrols.PatrolLogs;

/// <summary>
/// A patrol (巡逻): foot, vehicle, drone or mounted, from start to end, with a track of timestamped
/// positions split into legs, pauses, observations along the way and, for drones, sorties. Long trips
/// (pasture visits, the 56 km circuit) are patrols too. Distance, duration and person-hours come from
/// <see cref="Measure"/>; grids passed and area covered from <see cref="PatrolGeography"/>.
/// </summary>
public sealed class Patrol : AggregateRoot
{
    private const string KindName = nameof(Patrol);
    private readonly List<PatrolLeg> _legs;
    private readonly List<PatrolPause> _pauses;
    private readonly List<PatrolObservation> _observations;
    private readonly List<DroneSortie> _sorties;

    private Patrol(PatrolState state, long version)
        : base(version)
    {
        Id = state.Id;
        Jurisdiction = state.Jurisdiction;
        Date = state.Date;
        Status = state.Status;
        StartedAt = state.StartedAt;
        EndedAt = state.EndedAt;
        Recorded = state.Recorded;
        _legs = [.. state.Legs];
        _pauses = [.. state.Pauses];
        _observations = [.. state.Observations];
        _sorties = [.. state.Sorties];
    }

    /// <summary>Gets the patrol's id.</summary>
    public PatrolId Id { get; }

    /// <summary>Gets the division or grid the patrol is filed under.</summary>
    public JurisdictionCode Jurisdiction { get; }

    /// <summary>Gets the local date it started.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets where it stands.</summary>
    public PatrolStatus Status { get; private set; }

    /// <summary>Gets when it started.</summary>
    public Instant StartedAt { get; }

    /// <summary>Gets when it ended, if it has.</summary>
    public Instant? EndedAt { get; private set; }

    /// <summary>Gets who recorded it and when.</summary>
    public ChangeStamp Recorded { get; }

    /// <summary>Gets its legs, in order.</summary>
    public IReadOnlyList<PatrolLeg> Legs => _legs;

    /// <summary>Gets the current leg.</summary>
    public PatrolLeg CurrentLeg => _legs[^1];

    /// <summary>Gets its pauses, in order.</summary>
    public IReadOnlyList<PatrolPause> Pauses => _pauses;

    /// <summary>Gets what it noted along the way.</summary>
    public IReadOnlyList<PatrolObservation> Observations => _observations;

    /// <summary>Gets its drone sorties.</summary>
    public IReadOnlyList<DroneSortie> Sorties => _sorties;

    /// <summary>Gets the last point of the track.</summary>
    public TrackPoint LastPoint => _legs[^1].Track[^1];

    /// <summary>Starts a patrol at a position.</summary>
    /// <param name="id">The new patrol's id.</param>
    /// <param name="jurisdiction">The division or grid it is filed under (village, community or grid level, or a township for long trips).</param>
    /// <param name="kind">How it moves.</param>
    /// <param name="objective">What it is for.</param>
    /// <param name="team">Who is on it; at least one member.</param>
    /// <param name="start">Where and when it starts.</param>
    /// <param name="zone">The zone its local date is taken in (Asia/Shanghai in China).</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <returns>The patrol, not yet saved.</returns>
    public static Patrol Start(PatrolId id, JurisdictionCode jurisdiction, PatrolKind kind, PatrolObjective objective, IEnumerable<PatrolMember> team, TrackPoint start, DateTimeZone zone, ChangeStamp stamp)
    {
        Guard.Against.Null(zone);
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.EnumOutOfRange(objective);
        if (jurisdiction.IsEmpty)
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.TextRequired, nameof(jurisdiction), nameof(jurisdiction));
        }

        var members = RequireTeam(team);
        TrackCleaner.Require([start], kind);
        var state = new PatrolState(
            PatrolState.CurrentSchemaVersion,
            id,
            jurisdiction,
            start.At.InZone(zone).Date,
            PatrolStatus.Active,
            start.At,
            null,
            [new PatrolLeg(kind, objective, members, [start])],
            [],
            [],
            [],
            stamp);
        var patrol = new Patrol(state, 0);
        patrol.Raise(new PatrolStarted(id.Value, jurisdiction.ToString(), kind, stamp.By, start.At));
        return patrol;
    }

    /// <summary>Adds track points from a device, cleaning or refusing bad ones.</summary>
    /// <param name="points">The points, in the order received.</param>
    /// <param name="policy">Clean (drop bad points and report them) or refuse the batch.</param>
    /// <returns>What was kept and dropped.</returns>
    public TrackCleaningReport RecordTrack(IEnumerable<TrackPoint> points, TrackPolicy policy = TrackPolicy.Clean)
    {
        Guard.Against.Null(points);
        RequireStatus(PatrolStatus.Active, "record track points");
        var leg = CurrentLeg;
        TrackCleaningReport report;
        if (policy == TrackPolicy.Refuse)
        {
            var kept = TrackCleaner.Require(points, leg.Kind, LastPoint);
            report = new TrackCleaningReport(kept, []);
        }
        else
        {
            report = TrackCleaner.Clean(points, leg.Kind, LastPoint);
        }

        _legs[^1] = leg with { Track = [.. leg.Track, .. report.Kept] };
        return report;
    }

    /// <summary>Pauses the patrol at a position (a rest, a visit indoors).</summary>
    /// <param name="at">Where and when.</param>
    public void Pause(TrackPoint at)
    {
        RequireStatus(PatrolStatus.Active, "pause");
        Append(at);
        _pauses.Add(new PatrolPause(at.At, null));
        Status = PatrolStatus.Paused;
    }

    /// <summary>Resumes a paused patrol at a position; movement while paused does not count.</summary>
    /// <param name="at">Where and when.</param>
    public void Resume(TrackPoint at)
    {
        RequireStatus(PatrolStatus.Paused, "resume");
        AppendUnchecked(at);
        _pauses[^1] = _pauses[^1] with { To = at.At };
        Status = PatrolStatus.Active;
    }

    /// <summary>Starts a new leg at a position because the kind, objective or team changes; an unchanged value is kept.</summary>
    /// <param name="at">Where and when the change happens.</param>
    /// <param name="kind">The new kind, or null to keep it.</param>
    /// <param name="objective">The new objective, or null to keep it.</param>
    /// <param name="team">The new team, or null to keep it.</param>
    /// <returns>Whether a new leg was started (false when nothing changed).</returns>
    public bool ChangeLeg(TrackPoint at, PatrolKind? kind = null, PatrolObjective? objective = null, IEnumerable<PatrolMember>? team = null)
    {
        RequireStatus(PatrolStatus.Active, "change leg");
        var leg = CurrentLeg;
        var newTeam = team is null ? leg.Team : RequireTeam(team);
        var next = new PatrolLeg(kind ?? leg.Kind, objective ?? leg.Objective, newTeam, [at]);
        if (next.Kind == leg.Kind && next.Objective == leg.Objective && next.Team.SequenceEqual(leg.Team))
        {
            return false;
        }

        Append(at);
        _legs.Add(next);
        return true;
    }

    /// <summary>Ends the patrol at a position.</summary>
    /// <param name="at">Where and when.</param>
    /// <param name="stamp">Who records it and when.</param>
    public void End(TrackPoint at, ChangeStamp stamp)
    {
        if (Status == PatrolStatus.Paused)
        {
            Resume(at);
        }
        else
        {
            RequireStatus(PatrolStatus.Active, "end");
            Append(at);
        }

        Status = PatrolStatus.Ended;
        EndedAt = at.At;
        Raise(new PatrolEnded(Id.Value, Measure().Metres, stamp.By, stamp.At));
    }

    /// <summary>Notes something along the way: a hazard, help given, a suspicious situation, publicity done.</summary>
    /// <param name="observation">The observation.</param>
    public void Observe(PatrolObservation observation)
    {
        Guard.Against.Null(observation);
        Guard.Against.EnumOutOfRange(observation.Kind);
        if (string.IsNullOrWhiteSpace(observation.Note))
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.TextRequired, nameof(observation.Note), nameof(observation.Note));
        }

        if (observation.Position is { IsInRange: false } bad)
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.PositionOutOfRange, nameof(observation.Position), bad);
        }

        _observations.Add(observation with { Evidence = [.. observation.Evidence ?? []] });
    }

    /// <summary>Records a drone sortie from the flight log; only for drone patrols.</summary>
    /// <param name="sortie">The sortie.</param>
    public void RecordSortie(DroneSortie sortie)
    {
        Guard.Against.Null(sortie);
        if (_legs.All(l => l.Kind != PatrolKind.Drone))
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.NotADronePatrol, nameof(sortie));
        }

        RequireNonNegative(sortie.Kilometres, nameof(sortie.Kilometres));
        RequireNonNegative(sortie.Minutes, nameof(sortie.Minutes));
        _sorties.Add(sortie);
    }

    /// <summary>Walks the track's segments in order, telling which count (not inside a pause).</summary>
    /// <returns>The segments.</returns>
    public IEnumerable<PatrolSegment> Segments()
    {
        for (var leg = 0; leg < _legs.Count; leg++)
        {
            var track = _legs[leg].Track;
            var headcount = _legs[leg].Team.Count;
            for (var i = 1; i < track.Count; i++)
            {
                yield return new PatrolSegment(track[i - 1], track[i], leg, headcount, !InPause(track[i - 1].At, track[i].At));
            }
        }
    }

    /// <summary>Measures the patrol: geodesic distance, time under way and person-hours, leaving pauses out.</summary>
    /// <returns>The measures.</returns>
    public PatrolMeasures Measure()
    {
        // One pass over the legs' lists, without the segment iterator: reports measure thousands of patrols.
        var legMetres = new double[_legs.Count];
        var personSeconds = 0.0;
        var seconds = 0.0;
        var paused = _pauses.Count > 0;
        for (var leg = 0; leg < _legs.Count; leg++)
        {
            var track = _legs[leg].Track;
            var headcount = _legs[leg].Team.Count;
            var metres = 0.0;
            var legSeconds = 0.0;
            for (var i = 1; i < track.Count; i++)
            {
                var from = track[i - 1];
                var to = track[i];
                if (paused && InPause(from.At, to.At))
                {
                    continue;
                }

                metres += GeodesicDistance.Metres(from.Position.Longitude, from.Position.Latitude, to.Position.Longitude, to.Position.Latitude);
                legSeconds += (to.At - from.At).TotalSeconds;
            }

            legMetres[leg] = metres;
            seconds += legSeconds;
            personSeconds += legSeconds * headcount;
        }

        return new PatrolMeasures(legMetres.Sum(), Duration.FromSeconds(seconds), personSeconds / 3600, legMetres);
    }

    /// <summary>Captures the patrol's persisted state, for a storage backend.</summary>
    /// <returns>The state.</returns>
    public PatrolState ToState() => new(
        PatrolState.CurrentSchemaVersion, Id, Jurisdiction, Date, Status, StartedAt, EndedAt, [.. _legs], [.. _pauses], [.. _observations], [.. _sorties], Recorded);

    /// <summary>Rebuilds a patrol from its persisted state, checking its invariants.</summary>
    /// <param name="state">The state.</param>
    /// <param name="version">The stored version.</param>
    /// <returns>The patrol, with no pending events.</returns>
    public static Patrol FromState(PatrolState state, long version)
    {
        Guard.Against.Null(state);
        if (state.SchemaVersion != PatrolState.CurrentSchemaVersion)
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.StateInvalid, "state", KindName, state.Id, "schema version");
        }

        if (state.Jurisdiction.IsEmpty || state.Legs is not { Count: > 0 } || state.Legs.Any(l => l.Track is not { Count: > 0 } || l.Team is not { Count: > 0 })
            || state.Pauses is null || state.Observations is null || state.Sorties is null)
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.StateInvalid, "state", KindName, state.Id, "legs, tracks or teams missing");
        }

        return new Patrol(state, version);
    }

    /// <summary>Describes the patrol by id and date, without personal data.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Patrol {Id} {Date:yyyy-MM-dd} {Status}";

    private bool InPause(Instant from, Instant to)
    {
        foreach (var pause in _pauses)
        {
            if (from >= pause.From && to <= (pause.To ?? Instant.MaxValue))
            {
                return true;
            }
        }

        return false;
    }

    private void Append(TrackPoint point)
    {
        var leg = CurrentLeg;
        TrackCleaner.Require([point], leg.Kind, LastPoint);
        _legs[^1] = leg with { Track = [.. leg.Track, point] };
    }

    private void AppendUnchecked(TrackPoint point)
    {
        // After a pause the patrol may have been carried anywhere (a lift home, a ride to the next
        // village): only range and time are checked, not speed.
        TrackCleaner.Require([point], PatrolKind.Vehicle, null);
        if (point.At <= LastPoint.At)
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.TrackTimeBackwards, nameof(point), 0);
        }

        var leg = CurrentLeg;
        _legs[^1] = leg with { Track = [.. leg.Track, point] };
    }

    private void RequireStatus(PatrolStatus expected, string action)
    {
        if (Status != expected)
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.PatrolStateInvalid, nameof(Status), Status, action);
        }
    }

    private static PatrolMember[] RequireTeam(IEnumerable<PatrolMember> team)
    {
        Guard.Against.Null(team);
        var members = team.ToArray();
        if (members.Length == 0 || members.Any(m => m is null))
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.TeamEmpty, nameof(team));
        }

        return members;
    }

    internal static double RequireNonNegative(double value, string field) =>
        double.IsFinite(value) && value >= 0 ? value : throw PatrolMessages.Invalid(PatrolErrorCodes.ValueInvalid, field, field);
}
