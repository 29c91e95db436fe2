using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Auditing;

/// <summary>
/// One entry of the append-only audit log (审计日志): who did what to which record, when, and for
/// which stated purpose. Entries name records by id, never by personal data.
/// </summary>
/// <param name="Id">The entry's time-ordered id.</param>
/// <param name="At">When it happened.</param>
/// <param name="PrincipalId">Who did it (an account id).</param>
/// <param name="Action">What was done, as a stable dotted name such as <c>households.resident.read-unmasked</c>.</param>
/// <param name="SubjectKind">The kind of record, such as <c>Resident</c>.</param>
/// <param name="SubjectId">The record's id or code.</param>
/// <param name="Jurisdiction">The record's jurisdiction, when it has one.</param>
/// <param name="Purpose">The purpose the principal stated (查询事由), when the action needs one.</param>
public sealed record AuditEntry(
    Guid Id,
    Instant At,
    string PrincipalId,
    string Action,
    string SubjectKind,
    string SubjectId,
    JurisdictionCode? Jurisdiction,
    string? Purpose);
