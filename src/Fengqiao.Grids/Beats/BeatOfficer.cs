using Fengqiao.Grids.Staffing;

namespace Fengqiao.Grids.Beats;

/// <summary>The community officer responsible for a police beat over a period (包村民警).</summary>
/// <param name="Officer">The officer's staff member id.</param>
/// <param name="Validity">When the officer is responsible; <c>ValidTo</c> is exclusive.</param>
/// <param name="Recorded">Who recorded it and when.</param>
public sealed record BeatOfficer(StaffMemberId Officer, ValidityPeriod Validity, ChangeStamp Recorded);
