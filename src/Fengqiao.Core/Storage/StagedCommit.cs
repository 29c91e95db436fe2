using Fengqiao.Auditing;
using Fengqiao.Events;

namespace Fengqiao.Storage;

/// <summary>What a unit of work commits besides its aggregate changes.</summary>
/// <param name="AuditEntries">The audit entries staged in the session.</param>
/// <param name="OutboxMessages">The serialized domain events staged in the session.</param>
public sealed record StagedCommit(IReadOnlyList<AuditEntry> AuditEntries, IReadOnlyList<OutboxMessage> OutboxMessages);
