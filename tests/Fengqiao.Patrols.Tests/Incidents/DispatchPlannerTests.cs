using Fengqiao.Grids.Staffing;
using Fengqiao.Patrols.Geo;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Tests.Support;
using NodaTime;

namespace Fengqiao.Patrols.Tests.Incidents;

public class DispatchPlannerTests
{
    private readonly NodaTime.Testing.FakeClock _clock = TestData.NewClock();
    private static readonly Instant Received = TestData.Local(2025, 3, 1, 2, 0);
    private static readonly Interval Night = new(TestData.Local(2025, 2, 28, 20, 0), TestData.Local(2025, 3, 1, 8, 0));
    private static readonly Interval Day = new(TestData.Local(2025, 3, 1, 8, 0), TestData.Local(2025, 3, 1, 20, 0));

    private Incident Incident(int grid, GeoPosition? position = null) =>
        Patrols.Incidents.Incident.Receive(
            IncidentId.New(_clock),
            new IncidentReport(TestData.Grid(grid), IncidentChannel.Call110, IncidentCategory.Help, IncidentPriority.Urgent, Received, "求助") { Position = position },
            TestData.Shanghai,
            TestData.Stamp(_clock));

    [Fact]
    public void The_on_duty_officer_whose_beat_covers_the_grid_most_closely_is_chosen()
    {
        var villageOfficer = new OnDutyOfficer(StaffMemberId.New(_clock), [TestData.Village], Night, new GeoPosition(91.001, 29.601));
        var gridOfficer = new OnDutyOfficer(StaffMemberId.New(_clock), [TestData.Grid(7), TestData.Grid(8)], Night, new GeoPosition(91.5, 29.9));
        var dayOfficer = new OnDutyOfficer(StaffMemberId.New(_clock), [TestData.Grid(7)], Day);

        Assert.Equal(gridOfficer.Officer, DispatchPlanner.Choose(Incident(7), [villageOfficer, dayOfficer, gridOfficer]));
        Assert.Equal(villageOfficer.Officer, DispatchPlanner.Choose(Incident(9), [villageOfficer, dayOfficer, gridOfficer]));
    }

    [Fact]
    public void Without_a_covering_beat_the_nearest_on_duty_officer_is_chosen_and_nobody_when_nobody_is_on_duty()
    {
        var near = new OnDutyOfficer(StaffMemberId.New(_clock), [TestData.County.Child(200)], Night, new GeoPosition(91.02, 29.61));
        var far = new OnDutyOfficer(StaffMemberId.New(_clock), [TestData.County.Child(201)], Night, new GeoPosition(91.3, 29.7));
        var incident = Incident(1, new GeoPosition(91.005, 29.605));

        Assert.Equal(near.Officer, DispatchPlanner.Choose(incident, [far, near]));
        Assert.Null(DispatchPlanner.Choose(incident, [near with { Shift = Day }]));
    }
}
