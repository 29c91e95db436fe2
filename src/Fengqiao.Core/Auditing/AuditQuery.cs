using NodaTime;

namespace Fengqiao.Auditing;

/// <summary>A filter over the audit log; every criterion left null matches everything.</summary>
/// <param name="From">Entries at or after this instant.</param>
/// <param name="To">Entries before this instant.</param>
/// <param name="PrincipalId">Entries by this principal.</param>
/// <param name="Action">Entries with this action.</param>
/// <param name="SubjectKind">Entries about this kind of record.</param>
/// <param name="SubjectId">Entries about this record.</param>
public sealed record AuditQuery(
    Instant? From = null,
    Instant? To = null,
    string? PrincipalId = null,
    string? Action = null,
    string? SubjectKind = null,
    string? SubjectId = null)
{
    /// <summary>Gets a value indicating whether an entry matches the filter.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(AuditEntry entry) =>
        entry is not null
        && (From is null || entry.At >= From)
        && (To is null || entry.At < To)
        && (PrincipalId is null || entry.PrincipalId == PrincipalId)
        && (Action is null || entry.Action == Action)
        && (SubjectKind is null || entry.SubjectKind == SubjectKind)
        && (SubjectId is null || entry.SubjectId == SubjectId);
}
