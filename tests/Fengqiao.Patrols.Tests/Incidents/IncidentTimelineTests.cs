using Fengqiao.Errors;
using Fengqiao.Grids.Staffing;
using Fengqiao.Patrols.Figures;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Tests.Support;
using NodaTime;

namespace Fengqiao.Patrols.Tests.Incidents;

public class IncidentTimelineTests
{
    private readonly NodaTime.Testing.FakeClock _clock = TestData.NewClock();

    private Incident Receive(Instant at, IncidentPriority priority = IncidentPriority.Urgent, IncidentChannel channel = IncidentChannel.Call110, IncidentCategory category = IncidentCategory.PublicOrder) =>
        Incident.Receive(IncidentId.New(_clock), new IncidentReport(TestData.Grid(1), channel, category, priority, at, "打架"), TestData.Shanghai, TestData.Stamp(_clock));

    [Fact]
    public void Steps_out_of_order_are_refused_with_typed_errors()
    {
        var received = TestData.Local(2025, 3, 1, 10, 0);
        var incident = Receive(received);

        Assert.Equal(PatrolErrorCodes.IncidentOutOfOrder, Assert.Throws<ValidationException>(() => incident.Arrive(received + Duration.FromMinutes(3))).Code);
        Assert.Equal(PatrolErrorCodes.IncidentOutOfOrder, Assert.Throws<ValidationException>(() => incident.Close(received, TestData.Stamp(_clock))).Code);
        Assert.Equal(PatrolErrorCodes.IncidentTimeBeforePrevious, Assert.Throws<ValidationException>(() => incident.Dispatch(StaffMemberId.New(_clock), received - Duration.FromSeconds(1))).Code);

        incident.Dispatch(StaffMemberId.New(_clock), received + Duration.FromMinutes(1));
        Assert.Equal(PatrolErrorCodes.IncidentTimeBeforePrevious, Assert.Throws<ValidationException>(() => incident.Arrive(received + Duration.FromSeconds(30))).Code);
        Assert.Equal(PatrolErrorCodes.IncidentOutOfOrder, Assert.Throws<ValidationException>(() => incident.Dispatch(StaffMemberId.New(_clock), received + Duration.FromMinutes(2))).Code);
        incident.Arrive(received + Duration.FromMinutes(4));
        incident.Resolve(IncidentOutcome.Unharmed("劝离"), received + Duration.FromMinutes(20));
        incident.Close(received + Duration.FromMinutes(25), TestData.Stamp(_clock));

        Assert.Equal(IncidentStatus.Closed, incident.Status);
        Assert.Equal(PatrolErrorCodes.IncidentOutOfOrder, Assert.Throws<ValidationException>(() => incident.Resolve(IncidentOutcome.Unharmed("x"), received + Duration.FromHours(1))).Code);
        Assert.Equal(Duration.FromMinutes(4), incident.ResponseTime);
        Assert.True(incident.WithinTarget(IncidentResponseTargets.Default));
    }

    [Fact]
    public void A_response_across_local_midnight_is_measured_on_instants_and_counts_on_the_day_received()
    {
        var incident = Receive(TestData.Local(2025, 3, 1, 23, 58));
        incident.Dispatch(StaffMemberId.New(_clock), TestData.Local(2025, 3, 1, 23, 59));
        incident.Arrive(TestData.Local(2025, 3, 2, 0, 3));

        Assert.Equal(new LocalDate(2025, 3, 1), incident.Date);
        Assert.Equal(Duration.FromMinutes(5), incident.ResponseTime);
        Assert.True(incident.WithinTarget(IncidentResponseTargets.Default));
    }

    [Fact]
    public void An_instant_late_on_31_December_UTC_is_New_Year_s_Day_in_Shanghai()
    {
        // 16:10 UTC on 31 December 2024 is 00:10 on 1 January 2025 in Asia/Shanghai.
        var incident = Receive(Instant.FromUtc(2024, 12, 31, 16, 10));
        incident.Dispatch(StaffMemberId.New(_clock), Instant.FromUtc(2024, 12, 31, 16, 11));
        incident.Arrive(Instant.FromUtc(2024, 12, 31, 16, 17));

        Assert.Equal(new LocalDate(2025, 1, 1), incident.Date);
        var year2025 = PatrolsFigures.Compute(new PatrolsReportInput(new LocalDate(2025, 1, 1), new LocalDate(2026, 1, 1)) { Incidents = [incident] });
        var year2024 = PatrolsFigures.Compute(new PatrolsReportInput(new LocalDate(2024, 1, 1), new LocalDate(2025, 1, 1)) { Incidents = [incident] });
        Assert.Equal(1, year2025.Incidents.Incidents);
        Assert.Equal(0, year2024.Incidents.Incidents);
        Assert.Equal(7, year2025.Incidents.MedianResponseMinutes);
        Assert.Equal(0, year2025.Incidents.UrgentWithinTargetShare);
        Assert.Equal(0, year2025.Incidents.PreviousYearIncidents);
    }

    [Fact]
    public void Urgent_incidents_are_held_to_five_minutes_and_others_to_their_own_target()
    {
        var received = TestData.Local(2025, 3, 1, 10, 0);
        var urgent = Receive(received);
        var normal = Receive(received, IncidentPriority.Normal);
        foreach (var incident in new[] { urgent, normal })
        {
            incident.Dispatch(StaffMemberId.New(_clock), received);
            incident.Arrive(received + Duration.FromMinutes(5) + Duration.FromSeconds(1));
        }

        Assert.False(urgent.WithinTarget(IncidentResponseTargets.Default));
        Assert.True(normal.WithinTarget(IncidentResponseTargets.Default));
        Assert.Null(Receive(received).WithinTarget(IncidentResponseTargets.Default));
    }

    [Fact]
    public void To_string_names_no_caller_and_the_phone_is_masked()
    {
        var incident = Incident.Receive(
            IncidentId.New(_clock),
            new IncidentReport(TestData.Grid(1), IncidentChannel.Call110, IncidentCategory.Help, IncidentPriority.Urgent, TestData.Local(2025, 3, 1, 10, 0), "求助") { CallerPhone = Identity.MobileNumber.Parse("13800138000") },
            TestData.Shanghai,
            TestData.Stamp(_clock));

        Assert.DoesNotContain("13800138000", incident.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("13800138000", incident.CallerPhone.ToString()!, StringComparison.Ordinal);
    }
}
