using Fengqiao.Events;
using NodaTime;

namespace Fengqiao.Patrols.PatrolLogs.Events;

/// <summary>A patrol started (巡逻开始).</summary>
/// <param name="PatrolId">The patrol's id.</param>
/// <param name="Jurisdiction">The division or grid it is filed under.</param>
/// <param name="Kind">How it moves.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="OccurredAt">When it started.</param>
public sealed record PatrolStarted(Guid PatrolId, string Jurisdiction, PatrolKind Kind, string RecordedBy, Instant OccurredAt) : DomainEvent(OccurredAt);
