using Fengqiao.Errors;
using Fengqiao.Grids.Staffing;
using Fengqiao.Patrols.Figures;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Tests.Support;
using NodaTime;

namespace Fengqiao.Patrols.Tests.Incidents;

public class HotlineHandOffTests
{
    private readonly NodaTime.Testing.FakeClock _clock = TestData.NewClock();
    private static readonly Instant Received = TestData.Local(2025, 5, 6, 14, 0);

    private Incident Receive(IncidentChannel channel, IncidentCategory category, string? reference = null) =>
        Incident.Receive(IncidentId.New(_clock), new IncidentReport(TestData.Grid(2), channel, category, IncidentPriority.Normal, Received, "来电") { HotlineReference = reference }, TestData.Shanghai, TestData.Stamp(_clock));

    [Fact]
    public void A_non_police_call_to_110_is_handed_to_12345_with_its_reference_kept()
    {
        var incident = Receive(IncidentChannel.Call110, IncidentCategory.Help);

        incident.DivertTo12345(" 12345-2025-0506-88 ", Received + Duration.FromMinutes(2));

        Assert.Equal(IncidentStatus.Diverted, incident.Status);
        Assert.Equal(IncidentCategory.NonPolice, incident.Category);
        Assert.Equal(new HotlineHandOff(HandOffDirection.To12345, "12345-2025-0506-88", Received + Duration.FromMinutes(2)), Assert.Single(incident.HandOffs));
        Assert.Equal(PatrolErrorCodes.IncidentOutOfOrder, Assert.Throws<ValidationException>(() => incident.Dispatch(StaffMemberId.New(_clock), Received + Duration.FromMinutes(3))).Code);
    }

    [Fact]
    public void A_diversion_needs_a_reference_and_comes_before_dispatch()
    {
        var incident = Receive(IncidentChannel.Call110, IncidentCategory.Help);
        Assert.Equal(PatrolErrorCodes.HotlineHandOffInvalid, Assert.Throws<ValidationException>(() => incident.DivertTo12345(" ", Received)).Code);

        incident.Dispatch(StaffMemberId.New(_clock), Received + Duration.FromMinutes(1));
        Assert.Equal(PatrolErrorCodes.IncidentOutOfOrder, Assert.Throws<ValidationException>(() => incident.DivertTo12345("12345-1", Received + Duration.FromMinutes(2))).Code);
    }

    [Fact]
    public void A_police_matter_from_12345_is_accepted_with_its_reference_and_not_sent_back()
    {
        var incident = Receive(IncidentChannel.Transfer12345, IncidentCategory.PublicOrder, "12345-2025-7");

        Assert.Equal(new HotlineHandOff(HandOffDirection.From12345, "12345-2025-7", Received), Assert.Single(incident.HandOffs));
        Assert.Equal(IncidentStatus.Received, incident.Status);
        Assert.Equal(PatrolErrorCodes.HotlineHandOffInvalid, Assert.Throws<ValidationException>(() => incident.DivertTo12345("12345-2025-8", Received)).Code);
    }

    [Fact]
    public void A_transfer_from_12345_needs_its_reference_and_must_be_a_police_matter()
    {
        Assert.Equal(PatrolErrorCodes.HotlineHandOffInvalid, Assert.Throws<ValidationException>(() => Receive(IncidentChannel.Transfer12345, IncidentCategory.PublicOrder)).Code);
        Assert.Equal(PatrolErrorCodes.HotlineHandOffInvalid, Assert.Throws<ValidationException>(() => Receive(IncidentChannel.Transfer12345, IncidentCategory.NonPolice, "12345-9")).Code);
    }

    [Fact]
    public void Both_directions_are_counted_in_the_figures()
    {
        var diverted = Receive(IncidentChannel.Call110, IncidentCategory.Help);
        diverted.DivertTo12345("12345-1", Received);
        var accepted = Receive(IncidentChannel.Transfer12345, IncidentCategory.Dispute, "12345-2");

        var figures = PatrolsFigures.Compute(new PatrolsReportInput(new LocalDate(2025, 1, 1), new LocalDate(2026, 1, 1)) { Incidents = [diverted, accepted, Receive(IncidentChannel.Call110, IncidentCategory.Crime)] }).Incidents;

        Assert.Equal(1, figures.DivertedTo12345);
        Assert.Equal(1, figures.AcceptedFrom12345);
        Assert.Equal(1, figures.ByCategory["NonPolice"]);
        Assert.Equal(1, figures.ByChannel["Transfer12345"]);
    }
}
