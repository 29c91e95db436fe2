using Fengqiao.Grids.Staffing;
using Fengqiao.Identity;
using Fengqiao.Patrols.Figures;
using Fengqiao.Patrols.Geo;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.PatrolLogs;
using Fengqiao.Patrols.Tests.Support;
using NodaTime;

namespace Fengqiao.Patrols.Tests.Stories;

/// <summary>The stories the seed articles tell, walked end to end.</summary>
public class SeedStoryTests
{
    private readonly NodaTime.Testing.FakeClock _clock = TestData.NewClock();

    [Fact]
    public async Task A_phone_left_in_a_taxi_is_found_in_20_minutes_through_dispatch_and_residents_help()
    {
        var received = TestData.Local(2025, 8, 12, 19, 5);
        var officer = new OnDutyOfficer(StaffMemberId.New(_clock), [TestData.Grid(6)], new Interval(TestData.Local(2025, 8, 12, 8, 0), TestData.Local(2025, 8, 12, 20, 0)), new GeoPosition(91.012, 29.612));
        var elsewhere = new OnDutyOfficer(StaffMemberId.New(_clock), [TestData.County.Child(200)], officer.Shift, new GeoPosition(91.3, 29.7));
        var incident = Incident.Receive(
            IncidentId.New(_clock),
            new IncidentReport(TestData.Grid(6), IncidentChannel.Call110, IncidentCategory.LostProperty, IncidentPriority.Urgent, received, "游客手机遗落在出租车上")
            {
                Position = new GeoPosition(91.015, 29.615),
                CallerPhone = MobileNumber.Parse("13800138000"),
            },
            TestData.Shanghai,
            TestData.Stamp(_clock));

        var chosen = DispatchPlanner.Choose(incident, [elsewhere, officer]);
        Assert.Equal(officer.Officer, chosen);
        incident.Dispatch(chosen!.Value, received + Duration.FromMinutes(1));
        incident.AddLinkedAction(new LinkedAction(LinkedActionKind.ResidentsAlerted, received + Duration.FromMinutes(3), "在村民群和出租车司机群发布车辆信息，请群众留意"));
        incident.Arrive(received + Duration.FromMinutes(4));
        incident.Resolve(IncidentOutcome.Unharmed("群众发现出租车，手机完好归还失主"), received + Duration.FromMinutes(20));
        var lostAndFound = new RecordingTarget("lost-and-found");
        await IncidentReferrals.ReferAsync(incident, lostAndFound, received + Duration.FromMinutes(21));
        incident.Close(received + Duration.FromMinutes(25), TestData.Stamp(_clock));

        Assert.Equal(Duration.FromMinutes(20), incident.ResolvedAt - incident.ReceivedAt);
        Assert.True(incident.WithinTarget(IncidentResponseTargets.Default));
        Assert.Equal("lost-and-found", Assert.Single(incident.Referrals).Target);
        Assert.Equal(IncidentCategory.LostProperty, Assert.Single(lostAndFound.Referrals).Category);
        var figures = PatrolsFigures.Compute(new PatrolsReportInput(new LocalDate(2025, 8, 1), new LocalDate(2025, 9, 1)) { Incidents = [incident] }).Incidents;
        Assert.Equal(1, figures.UrgentWithinTargetShare);
        Assert.Equal(4, figures.MedianResponseMinutes);
    }

    [Fact]
    public void A_man_asleep_drunk_in_a_stairwell_is_reported_by_the_veterans_team_and_taken_home()
    {
        var start = TestData.Local(2025, 1, 18, 21, 0);
        var veterans = new[]
        {
            new PatrolMember(PatrolRole.Auxiliary, StaffMemberId.New(_clock)),
            new PatrolMember(PatrolRole.Volunteer, null, "老兵警长义务服务队"),
            new PatrolMember(PatrolRole.Volunteer, null, "老兵警长义务服务队"),
        };
        var patrol = Patrol.Start(PatrolId.New(_clock), TestData.Village, PatrolKind.Foot, PatrolObjective.KeyPlaces, veterans, TrackPoint.Of(start, 91.002, 29.602), TestData.Shanghai, TestData.Stamp(_clock));
        patrol.RecordTrack([TrackPoint.Of(start + Duration.FromMinutes(15), 91.008, 29.603)]);
        var found = start + Duration.FromMinutes(20);
        patrol.Pause(TrackPoint.Of(found, 91.0081, 29.603));

        var incident = Incident.Receive(
            IncidentId.New(_clock),
            new IncidentReport(TestData.Grid(1), IncidentChannel.GridReport, IncidentCategory.Help, IncidentPriority.Normal, found, "一名男子醉酒睡在楼道内") { Address = "幸福小区 3 栋楼道" },
            TestData.Shanghai,
            TestData.Stamp(_clock));
        incident.AddLinkedAction(new LinkedAction(LinkedActionKind.VolunteerHelp, found + Duration.FromMinutes(1), "老兵队员守护并联系家属"));
        incident.Dispatch(StaffMemberId.New(_clock), found + Duration.FromMinutes(2));
        incident.Arrive(found + Duration.FromMinutes(9));
        incident.Resolve(IncidentOutcome.Unharmed("送其回家交由家属照看"), found + Duration.FromMinutes(40));
        incident.Close(found + Duration.FromMinutes(45), TestData.Stamp(_clock));
        patrol.Observe(new PatrolObservation(ObservationKind.HelpGiven, found + Duration.FromMinutes(40), new GeoPosition(91.0081, 29.603), "醉酒男子已送回家", []));
        patrol.Resume(TrackPoint.Of(found + Duration.FromMinutes(45), 91.0081, 29.603));
        patrol.End(TrackPoint.Of(found + Duration.FromMinutes(60), 91.002, 29.602), TestData.Stamp(_clock));

        Assert.Equal(IncidentStatus.Closed, incident.Status);
        Assert.Equal(Duration.FromMinutes(9), incident.ResponseTime);
        Assert.True(incident.WithinTarget(IncidentResponseTargets.Default));
        var measures = patrol.Measure();
        Assert.Equal(Duration.FromMinutes(20 + 15), measures.Duration);
        Assert.Equal(3 * 35 / 60.0, measures.PersonHours, 9);
        var figures = PatrolsFigures.Compute(new PatrolsReportInput(new LocalDate(2025, 1, 1), new LocalDate(2025, 2, 1)) { Patrols = [patrol], Incidents = [incident], Locator = TestData.Locator });
        Assert.Equal(1, figures.Patrols.HelpGiven);
        Assert.Equal(1, figures.Incidents.ByChannel["GridReport"]);
    }

    [Fact]
    public async Task A_traffic_scrape_is_settled_by_a_liaison_before_police_arrive()
    {
        var received = TestData.Local(2025, 4, 2, 9, 0);
        var incident = Incident.Receive(
            IncidentId.New(_clock),
            new IncidentReport(TestData.Grid(3), IncidentChannel.Liaison, IncidentCategory.Traffic, IncidentPriority.Normal, received, "两车轻微剐蹭，双方争执"),
            TestData.Shanghai,
            TestData.Stamp(_clock));
        incident.AddLinkedAction(new LinkedAction(LinkedActionKind.LiaisonFirstResponse, received + Duration.FromMinutes(6), "联络员到场疏导交通、劝解双方", StaffMemberId.New(_clock)));
        incident.Dispatch(StaffMemberId.New(_clock), received + Duration.FromMinutes(2));
        incident.Resolve(new IncidentOutcome(0, 0, "双方在联络员调解下协商赔偿"), received + Duration.FromMinutes(30));
        incident.Close(received + Duration.FromMinutes(32), TestData.Stamp(_clock));
        var disputes = new RecordingTarget("dispute");
        await IncidentReferrals.ReferAsync(incident, disputes, received + Duration.FromMinutes(31));

        Assert.Null(incident.ArrivedAt);
        Assert.Null(incident.ResponseTime);
        Assert.Equal(Duration.FromMinutes(6), incident.FirstResponseTime);
        Assert.Equal(Duration.FromMinutes(30), incident.ResolvedAt - incident.ReceivedAt);
        Assert.False(incident.IsRoadTrafficDeath);
        Assert.Equal("两车轻微剐蹭，双方争执", Assert.Single(disputes.Referrals).Description);
        var figures = PatrolsFigures.Compute(new PatrolsReportInput(new LocalDate(2025, 4, 1), new LocalDate(2025, 5, 1)) { Incidents = [incident] }).Incidents;
        Assert.Null(figures.MedianResponseMinutes);
        Assert.Equal(1, figures.ByChannel["Liaison"]);
    }

    [Fact]
    public void An_elderly_herder_caught_in_snow_is_rescued_one_and_a_half_hours_after_the_report()
    {
        // No signal on the pasture: a neighbour rode to the station to report.
        var received = TestData.Local(2025, 12, 3, 16, 30);
        var incident = Incident.Receive(
            IncidentId.New(_clock),
            new IncidentReport(TestData.Grid(16), IncidentChannel.WalkIn, IncidentCategory.Rescue, IncidentPriority.Urgent, received, "老年牧民被困雪中") { Position = new GeoPosition(91.035, 29.635) },
            TestData.Shanghai,
            TestData.Stamp(_clock));
        incident.Dispatch(StaffMemberId.New(_clock), received + Duration.FromMinutes(5));

        var rescue = Patrol.Start(PatrolId.New(_clock), TestData.Village, PatrolKind.Vehicle, PatrolObjective.SearchAndRescue, [new PatrolMember(PatrolRole.Officer), new PatrolMember(PatrolRole.Auxiliary), new PatrolMember(PatrolRole.Liaison)], TrackPoint.Of(received + Duration.FromMinutes(6), 91.002, 29.602), TestData.Shanghai, TestData.Stamp(_clock));
        rescue.RecordTrack([TrackPoint.Of(received + Duration.FromMinutes(40), 91.02, 29.62)]);
        rescue.ChangeLeg(TrackPoint.Of(received + Duration.FromMinutes(45), 91.02, 29.62), kind: PatrolKind.Mounted);
        rescue.RecordTrack([TrackPoint.Of(received + Duration.FromMinutes(88), 91.035, 29.635)]);
        incident.Arrive(received + Duration.FromMinutes(90));
        incident.Resolve(new IncidentOutcome(1, 0, "牧民冻伤，送医救治"), received + Duration.FromMinutes(150));
        rescue.End(TrackPoint.Of(received + Duration.FromMinutes(150), 91.002, 29.602), TestData.Stamp(_clock));

        Assert.Equal(Duration.FromMinutes(90), incident.ResponseTime);
        Assert.False(incident.WithinTarget(IncidentResponseTargets.Default));
        Assert.Equal([PatrolKind.Vehicle, PatrolKind.Mounted], rescue.Legs.Select(l => l.Kind));
        Assert.Contains(TestData.Grid(16), PatrolGeography.GridsPassed(rescue, TestData.Locator));
        var figures = PatrolsFigures.Compute(new PatrolsReportInput(new LocalDate(2025, 12, 1), new LocalDate(2026, 1, 1)) { Incidents = [incident], Patrols = [rescue], Locator = TestData.Locator });
        Assert.Equal(90, figures.Incidents.MedianResponseMinutes);
        Assert.Equal(1, figures.Incidents.Injured);
        Assert.True(figures.Patrols.Kilometres > 5);
    }

    [Fact]
    public void The_56_km_circuit_walked_in_a_day_is_one_foot_patrol()
    {
        // A loop of about 56 km walked at a pilgrim's pace, one fix every 10 minutes.
        var start = TestData.Local(2025, 5, 20, 6, 0);
        const int steps = 72;
        var radius = 56_000 / (2 * Math.PI);
        var centre = new GeoPosition(91.2, 29.7);
        TrackPoint Point(int i)
        {
            var angle = 2 * Math.PI * i / steps;
            var dLat = radius * Math.Sin(angle) / 110_850;
            var dLon = radius * Math.Cos(angle) / (111_320 * Math.Cos(centre.Latitude * Math.PI / 180));
            return TrackPoint.Of(start + Duration.FromMinutes(10 * i), centre.Longitude + dLon, centre.Latitude + dLat);
        }

        var circuit = Patrol.Start(PatrolId.New(_clock), TestData.County.Child(100), PatrolKind.Foot, PatrolObjective.PilgrimageCircuit, [new PatrolMember(PatrolRole.Officer), new PatrolMember(PatrolRole.Auxiliary)], Point(0), TestData.Shanghai, TestData.Stamp(_clock));
        var report = circuit.RecordTrack(Enumerable.Range(1, steps - 1).Select(Point));
        circuit.End(Point(steps), TestData.Stamp(_clock));

        Assert.True(report.IsClean);
        Assert.InRange(circuit.Measure().Kilometres, 55.5, 56.1);
        Assert.Equal(Duration.FromHours(12), circuit.Measure().Duration);
        Assert.Equal(24, circuit.Measure().PersonHours, 9);
    }

    private sealed class RecordingTarget(string name) : IIncidentReferralTarget
    {
        public List<IncidentReferral> Referrals { get; } = [];

        public string Name => name;

        public Task<string> OpenAsync(IncidentReferral referral, CancellationToken cancellationToken = default)
        {
            Referrals.Add(referral);
            return Task.FromResult($"{name}-{Referrals.Count}");
        }
    }
}
