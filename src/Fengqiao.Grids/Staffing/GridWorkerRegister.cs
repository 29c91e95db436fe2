using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Staffing;

/// <summary>
/// A grid worker's register ("一员一册"): the member, every assignment past and present, and every
/// training attended that is visible in the caller's scope.
/// </summary>
/// <param name="Id">The member's id.</param>
/// <param name="Name">The member's name.</param>
/// <param name="Jurisdiction">The jurisdiction the record is filed under.</param>
/// <param name="Assignments">Every assignment, in the order made.</param>
/// <param name="Trainings">The trainings attended, oldest first.</param>
public sealed record GridWorkerRegister(
    StaffMemberId Id,
    string Name,
    JurisdictionCode Jurisdiction,
    IReadOnlyList<StaffAssignment> Assignments,
    IReadOnlyList<TrainingRecord> Trainings)
{
    /// <summary>Describes the register without the name.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Register {Id}: {Assignments.Count} assignments, {Trainings.Count} trainings";
}
