using Fengqiao.Patrols.Incidents;

namespace Fengqiao.Storage.PostgreSql.Patrols;

/// <summary>An incident's row: its state and the caller phone's envelope and keyed hash (null when no phone was given).</summary>
/// <param name="State">The state; its phone is written only as the envelope.</param>
/// <param name="ProtectedPhone">The field protector's envelope of the phone.</param>
/// <param name="PhoneIndex">The keyed hash of the phone (not read back).</param>
internal sealed record IncidentRow(IncidentState State, string? ProtectedPhone, string? PhoneIndex);
