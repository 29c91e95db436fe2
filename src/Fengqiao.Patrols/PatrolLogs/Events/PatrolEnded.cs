using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Patrols.PatrolLogs.Events;

/// <summary>A patrol ended (巡逻结束).</summary>
/// <param name="PatrolId">The patrol's id.</param>
/// <param name="Metres">The distance covered.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record PatrolEnded(Guid PatrolId, double Metres, string RecordedBy, Instant OccurredAt) : DomainEvent(OccurredAt);
