using Fengqiao.Grids.Staffing;
using Fengqiao.Patrols.Figures;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Tests.Support;
using NodaTime;

namespace Fengqiao.Patrols.Tests.Figures;

public class RoadSafetyTests
{
    private readonly NodaTime.Testing.FakeClock _clock = TestData.NewClock();

    private Incident Crash(int year, int dead, IncidentCategory category = IncidentCategory.Traffic)
    {
        var at = TestData.Local(year, 6, 1, 10, 0);
        var incident = Incident.Receive(IncidentId.New(_clock), new IncidentReport(TestData.Grid(1), IncidentChannel.Call110, category, IncidentPriority.Urgent, at, "交通事故"), TestData.Shanghai, TestData.Stamp(_clock));
        incident.Dispatch(StaffMemberId.New(_clock), at);
        incident.Arrive(at + Duration.FromMinutes(4));
        incident.Resolve(new IncidentOutcome(1, dead, "处置"), at + Duration.FromHours(1));
        return incident;
    }

    [Fact]
    public void Six_consecutive_years_without_a_road_traffic_death()
    {
        Incident[] incidents = [Crash(2018, 1), Crash(2019, 0), Crash(2021, 0), Crash(2022, 2, IncidentCategory.Crime)];

        Assert.Equal(6, RoadSafety.YearsWithoutRoadTrafficDeath(incidents, 2024, 2010));
        Assert.Equal(0, RoadSafety.YearsWithoutRoadTrafficDeath(incidents, 2018, 2010));
        Assert.Equal(3, RoadSafety.YearsWithoutRoadTrafficDeath([], 2024, 2022));

        var report = PatrolsFigures.Compute(new PatrolsReportInput(new LocalDate(2024, 1, 1), new LocalDate(2025, 1, 1)) { Incidents = incidents, FirstYearOnRecord = 2015 });
        Assert.Equal(6, report.Incidents.YearsWithoutRoadTrafficDeath);
    }
}
