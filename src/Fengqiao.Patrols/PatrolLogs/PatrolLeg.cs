using Fengqiao.Patrols.Geo;

namespace Fengqiao.Patrols.PatrolLogs;

/// <summary>
/// One leg of a patrol (巡逻分段): a stretch with one kind, objective and team. A new leg starts
/// whenever one of them changes; its track starts at the position of the change, which also ends
/// the leg before, so the legs' distances add up to the patrol's.
/// </summary>
/// <param name="Kind">How the leg moves.</param>
/// <param name="Objective">What it is for.</param>
/// <param name="Team">Who is on it.</param>
/// <param name="Track">Its track, in time order.</param>
public sealed record PatrolLeg(PatrolKind Kind, PatrolObjective Objective, IReadOnlyList<PatrolMember> Team, IReadOnlyList<TrackPoint> Track);
