using Fengqiao.Households.Residents;
using Fengqiao.Patrols.Geo;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Tests.Support;

namespace Fengqiao.Patrols.Tests.Incidents;

public class IncidentReferralTests
{
    [Fact]
    public async Task A_referral_carries_the_incident_s_details_and_the_incident_keeps_the_reference()
    {
        var clock = TestData.NewClock();
        var party = ResidentId.New(clock);
        var incident = Incident.Receive(
            IncidentId.New(clock),
            new IncidentReport(TestData.Grid(3), IncidentChannel.Liaison, IncidentCategory.Traffic, IncidentPriority.Normal, TestData.Local(2025, 4, 2, 9, 0), "两车剐蹭")
            {
                Position = new GeoPosition(91.025, 29.605),
                Address = "村口路段",
                Involved = [new InvolvedPerson(InvolvedRole.Party, party, null), new InvolvedPerson(InvolvedRole.Party, null, "外地司机")],
            },
            TestData.Shanghai,
            TestData.Stamp(clock));
        var target = new FakeTarget("dispute");

        var reference = await IncidentReferrals.ReferAsync(incident, target, TestData.Local(2025, 4, 2, 9, 40));

        var sent = Assert.Single(target.Received);
        Assert.Equal(incident.Id, sent.Incident);
        Assert.Equal(IncidentCategory.Traffic, sent.Category);
        Assert.Equal(TestData.Grid(3), sent.Jurisdiction);
        Assert.Equal(new GeoPosition(91.025, 29.605), sent.Position);
        Assert.Equal("村口路段", sent.Address);
        Assert.Equal(incident.ReceivedAt, sent.OccurredAt);
        Assert.Equal("两车剐蹭", sent.Description);
        Assert.Equal(party, sent.Involved[0].Resident);
        Assert.Equal(new ReferralReference("dispute", "dispute-1", TestData.Local(2025, 4, 2, 9, 40)), reference);
        Assert.Equal(reference, Assert.Single(incident.Referrals));
    }

    private sealed class FakeTarget(string name) : IIncidentReferralTarget
    {
        public List<IncidentReferral> Received { get; } = [];

        public string Name => name;

        public Task<string> OpenAsync(IncidentReferral referral, CancellationToken cancellationToken = default)
        {
            Received.Add(referral);
            return Task.FromResult($"{name}-{Received.Count}");
        }
    }
}
