using Fengqiao.Grids.Beats;
using Fengqiao.Grids.Staffing;
using Fengqiao.Grids.Training;

namespace Fengqiao.Grids.Jurisdictions.Seeds;

/// <summary>The aggregates built from the seeds, new (version 0) and ready to save.</summary>
/// <param name="Stations">The police stations.</param>
/// <param name="Divisions">The divisions, parents first.</param>
/// <param name="Grids">The grids, ordered by code.</param>
/// <param name="Staff">The staff members.</param>
/// <param name="Beats">The police beats.</param>
/// <param name="Trainings">The training sessions.</param>
public sealed record JurisdictionSeedData(
    IReadOnlyList<SeedStation> Stations,
    IReadOnlyList<Jurisdiction> Divisions,
    IReadOnlyList<Grid> Grids,
    IReadOnlyList<StaffMember> Staff,
    IReadOnlyList<PoliceBeat> Beats,
    IReadOnlyList<TrainingSession> Trainings);
