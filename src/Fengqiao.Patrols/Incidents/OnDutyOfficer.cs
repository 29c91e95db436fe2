using Fengqiao.Grids.Staffing;
using Fengqiao.Jurisdictions;
using Fengqiao.Patrols.Geo;
using NodaTime;

namespace Fengqiao.Patrols.Incidents;

/// <summary>One shift of the duty roster (值班表): an officer on duty for some areas (their beat's villages and grids) over a time.</summary>
/// <param name="Officer">The officer.</param>
/// <param name="Areas">The areas the officer covers (a police beat's coverage).</param>
/// <param name="Shift">When the officer is on duty.</param>
/// <param name="Position">The officer's last known position, if any.</param>
public sealed record OnDutyOfficer(StaffMemberId Officer, IReadOnlyList<JurisdictionCode> Areas, Interval Shift, GeoPosition? Position = null);
