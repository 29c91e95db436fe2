using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Grids.Staffing;

namespace Fengqiao.Grids;

/// <summary>Who is responsible for a grid on a date: its grid workers, leaders, adviser, liaisons, chief, volunteers and community officer.</summary>
/// <param name="Grid">The grid as of the date.</param>
/// <param name="People">The responsible people, one entry per role held, ordered by role then id.</param>
public sealed record GridResponsibility(JurisdictionNode Grid, IReadOnlyList<ResponsiblePerson> People);
