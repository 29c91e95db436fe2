namespace Fengqiao.Patrols.Incidents;

/// <summary>A person involved in an incident: a resident record when known, otherwise a short description.</summary>
/// <param name="Role">How the person is involved.</param>
/// <param name="Resident">The resident record, when known.</param>
/// <param name="Description">A short description (for example "elderly herder"); never shown in logs.</param>
public sealed record InvolvedPerson(InvolvedRole Role, Households.Residents.ResidentId? Resident, string? Description);
