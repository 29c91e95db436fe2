using NodaTime;

namespace Fengqiao.Patrols.PatrolLogs;

/// <summary>One drone sortie (架次) as logged by the flight controller: distance, minutes aloft and mission.</summary>
/// <param name="Mission">The mission.</param>
/// <param name="Kilometres">The distance flown.</param>
/// <param name="Minutes">The time aloft.</param>
/// <param name="TookOff">When it took off.</param>
public sealed record DroneSortie(DroneMission Mission, double Kilometres, double Minutes, Instant TookOff);
