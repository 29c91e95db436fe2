using Fengqiao.Grids.Staffing;
using Fengqiao.Households.Premises;
using Fengqiao.Patrols.Figures;
using Fengqiao.Patrols.Geo;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Inspections;
using Fengqiao.Patrols.PatrolLogs;
using Fengqiao.Patrols.Prevention;
using Fengqiao.Patrols.Tests.Support;
using NodaTime;
using Snapshooter.Xunit;

namespace Fengqiao.Patrols.Tests.Figures;

public class PatrolsReportSnapshotTests
{
    [Fact]
    public void The_figures_of_a_fixed_month_match_the_snapshot()
    {
        var report = PatrolsFigures.Compute(FixedMonth.Input());

        Snapshot.Match(new
        {
            From = report.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            To = report.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            report.Within,
            report.Patrols,
            report.Inspections,
            report.Incidents,
            report.Prevention,
        });
    }

    [Fact]
    public void Narrowing_to_a_grid_keeps_only_its_share()
    {
        var input = FixedMonth.Input() with { Within = TestData.Grid(2) };

        var report = PatrolsFigures.Compute(input);

        Assert.Equal([TestData.Grid(2).ToString()], report.Patrols.ByGrid.Select(g => g.Grid));
        Assert.Equal(report.Patrols.Kilometres, report.Patrols.ByGrid[0].Kilometres);
        Assert.Equal(2, report.Incidents.Incidents);
    }

    [Fact]
    public void A_reversed_period_is_refused()
    {
        var error = Assert.Throws<Errors.ValidationException>(() => PatrolsFigures.Compute(new PatrolsReportInput(new LocalDate(2025, 2, 1), new LocalDate(2025, 1, 1))));

        Assert.Equal(PatrolErrorCodes.PeriodInvalid, error.Code);
    }

    /// <summary>March 2025 in the test village: two patrols, two inspections, six incidents, four prevention activities; one incident a year earlier.</summary>
    private static class FixedMonth
    {
        public static PatrolsReportInput Input()
        {
            var clock = TestData.NewClock();
            var stamp = TestData.Stamp(clock);
            StaffMemberId Officer() => StaffMemberId.New(clock);

            var foot = Patrol.Start(PatrolId.New(clock), TestData.Village, PatrolKind.Foot, PatrolObjective.Routine, [new PatrolMember(PatrolRole.Officer), new PatrolMember(PatrolRole.Volunteer, null, "老兵警长义务服务队")], TrackPoint.Of(TestData.Local(2025, 3, 3, 9, 0), 91.002, 29.605), TestData.Shanghai, stamp);
            foot.RecordTrack([TrackPoint.Of(TestData.Local(2025, 3, 3, 9, 20), 91.009, 29.605), TrackPoint.Of(TestData.Local(2025, 3, 3, 9, 40), 91.015, 29.605)]);
            foot.Observe(new PatrolObservation(ObservationKind.HelpGiven, TestData.Local(2025, 3, 3, 9, 30), null, "送醉酒男子回家", []));
            foot.Observe(new PatrolObservation(ObservationKind.PublicityDone, TestData.Local(2025, 3, 3, 9, 35), null, "反诈传单", []));
            foot.End(TrackPoint.Of(TestData.Local(2025, 3, 3, 10, 0), 91.018, 29.605), stamp);

            var drone = Patrol.Start(PatrolId.New(clock), TestData.Village, PatrolKind.Drone, PatrolObjective.SearchAndRescue, [new PatrolMember(PatrolRole.Officer)], TrackPoint.Of(TestData.Local(2025, 3, 10, 14, 0), 91.035, 29.635), TestData.Shanghai, stamp);
            drone.RecordSortie(new DroneSortie(DroneMission.SearchAndRescue, 4.36, 12.5, TestData.Local(2025, 3, 10, 14, 0)));
            drone.RecordSortie(new DroneSortie(DroneMission.Patrol, 3.1, 9, TestData.Local(2025, 3, 10, 14, 20)));
            drone.End(TrackPoint.Of(TestData.Local(2025, 3, 10, 14, 30), 91.035, 29.6351), stamp);

            var courier = InspectionChecklists.Get("courier-site");
            var calendar = Time.WorkingCalendarSet.Embedded.National;
            var inspected = Inspection.Open(InspectionId.New(clock), TestData.Grid(2), PremisesId.New(clock), courier, new LocalDate(2025, 3, 5), [], stamp);
            inspected.RecordResult(courier, "x-ray-screening", ItemOutcome.Hazard);
            inspected.RecordResult(courier, "video-retention", ItemOutcome.Hazard);
            inspected.Complete(courier, calendar);
            inspected.Reinspect(new LocalDate(2025, 3, 12), ["video-retention"]);
            var clean = Inspection.Open(InspectionId.New(clock), TestData.Grid(5), PremisesId.New(clock), courier, new LocalDate(2025, 3, 6), [], stamp);
            clean.RecordResult(courier, "fire-equipment", ItemOutcome.Passed);
            clean.Complete(courier, calendar);

            Incident Call(int day, int hour, int grid, IncidentChannel channel, IncidentCategory category, IncidentPriority priority, int? arriveMinutes, string? reference = null)
            {
                clock.Advance(Duration.FromMilliseconds(1));
                var at = TestData.Local(2025, 3, day, hour, 0);
                var incident = Incident.Receive(IncidentId.New(clock), new IncidentReport(TestData.Grid(grid), channel, category, priority, at, "警情") { HotlineReference = reference, Address = "地址" + grid }, TestData.Shanghai, stamp);
                if (arriveMinutes is { } minutes)
                {
                    incident.Dispatch(Officer(), at + Duration.FromMinutes(1));
                    incident.Arrive(at + Duration.FromMinutes(minutes));
                    incident.Resolve(IncidentOutcome.Unharmed("处置完毕"), at + Duration.FromMinutes(minutes + 20));
                    incident.Close(at + Duration.FromMinutes(minutes + 30), stamp);
                }

                return incident;
            }

            var incidents = new List<Incident>
            {
                Call(1, 10, 1, IncidentChannel.Call110, IncidentCategory.LostProperty, IncidentPriority.Urgent, 4),
                Call(2, 23, 2, IncidentChannel.Call110, IncidentCategory.Help, IncidentPriority.Urgent, 6),
                Call(2, 23, 2, IncidentChannel.Phone, IncidentCategory.Help, IncidentPriority.Urgent, 3),
                Call(8, 9, 3, IncidentChannel.Transfer12345, IncidentCategory.Dispute, IncidentPriority.Normal, 12, "12345-88"),
                Call(9, 9, 4, IncidentChannel.Liaison, IncidentCategory.Traffic, IncidentPriority.Normal, 35),
                Call(20, 15, 6, IncidentChannel.Call110, IncidentCategory.Help, IncidentPriority.Low, null),
                Call(20, 15, 6, IncidentChannel.Call110, IncidentCategory.Help, IncidentPriority.Low, null),
            };
            incidents[5].DivertTo12345("12345-99", TestData.Local(2025, 3, 20, 15, 5));
            incidents.RemoveAt(6);
            RepeatCallLinker.Link(incidents, Duration.FromHours(2));
            var lastYear = Incident.Receive(IncidentId.New(clock), new IncidentReport(TestData.Grid(1), IncidentChannel.Call110, IncidentCategory.PublicOrder, IncidentPriority.Normal, TestData.Local(2024, 3, 15, 10, 0), "去年"), TestData.Shanghai, stamp);
            incidents.Add(lastYear);

            PreventionActivity Activity(PreventionKind kind, PreventionTopic topic, int day, int attendees) =>
                PreventionActivity.Record(PreventionActivityId.New(clock), TestData.Grid(1), kind, topic, new LocalDate(2025, 3, day), "活动", stamp, "村委会", attendees);

            return new PatrolsReportInput(new LocalDate(2025, 3, 1), new LocalDate(2025, 4, 1))
            {
                Locator = TestData.Locator,
                Patrols = [foot, drone],
                Inspections = [inspected, clean],
                Incidents = incidents,
                Prevention =
                [
                    Activity(PreventionKind.PublicityEvent, PreventionTopic.AntiFraud, 5, 120),
                    Activity(PreventionKind.PublicityEvent, PreventionTopic.TrafficSafety, 15, 45),
                    Activity(PreventionKind.OnlineAlert, PreventionTopic.AntiFraud, 16, 0),
                    Activity(PreventionKind.OnlineConsultation, PreventionTopic.IdService, 17, 1),
                ],
                FirstYearOnRecord = 2020,
            };
        }
    }
}
