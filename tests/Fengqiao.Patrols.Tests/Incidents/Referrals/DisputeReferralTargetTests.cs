using Fengqiao.Disputes;
using Fengqiao.Disputes.Parties;
using Fengqiao.Errors;
using Fengqiao.Households.Residents;
using Fengqiao.Jurisdictions;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Incidents.Referrals;
using Fengqiao.Patrols.Tests.Support;

namespace Fengqiao.Patrols.Tests.Incidents.Referrals;

public class DisputeReferralTargetTests
{
    private static Incident DisputeIncident(ReferralHost host, ResidentId resident, IncidentCategory category = IncidentCategory.Dispute) =>
        Incident.Receive(
            IncidentId.New(host.Clock),
            new IncidentReport(TestData.Grid(3), IncidentChannel.Liaison, category, IncidentPriority.Normal, TestData.Local(2025, 4, 2, 9, 0), "两户因草场边界争吵")
            {
                Address = "村东草场",
                Involved =
                [
                    new InvolvedPerson(InvolvedRole.Caller, null, "过路司机"),
                    new InvolvedPerson(InvolvedRole.Party, resident, null),
                    new InvolvedPerson(InvolvedRole.Party, null, "邻村牧民"),
                    new InvolvedPerson(InvolvedRole.Witness, null, "村医"),
                ],
            },
            TestData.Shanghai,
            TestData.Stamp(host.Clock));

    [Fact]
    public async Task An_incident_referred_to_disputes_opens_a_reported_110_dispute_with_its_grid_place_description_and_parties()
    {
        await using var host = new ReferralHost();
        var resident = ResidentId.New(host.Clock);
        var incident = DisputeIncident(host, resident);
        await host.SaveAsync(incident);
        var audited = host.Provider.AuditLog.Count;

        var reference = await IncidentReferrals.ReferAsync(incident, host.Target("dispute"), host.Clock.GetCurrentInstant());
        await host.SaveAsync(incident);

        Assert.Equal("dispute", reference.Target);
        var dispute = await host.Disputes.FindAsync(DisputeId.From(Guid.Parse(reference.Reference)));
        Assert.NotNull(dispute);
        Assert.Equal(Disputes.Workflow.DisputeStatus.Reported, dispute.Status);
        Assert.Equal(DisputeSource.Call110, dispute.Source);
        Assert.Equal(new DisputeLocation(TestData.Grid(3), "村东草场"), dispute.Location);
        Assert.Equal(new NodaTime.LocalDate(2025, 4, 2), dispute.ReportedOn);
        Assert.Equal("other", dispute.Current.Category);
        Assert.Equal("两户因草场边界争吵", dispute.Current.Description);
        Assert.Equal(
            [new DisputeParty(1, PartyRole.Applicant, resident), new DisputeParty(2, PartyRole.Respondent, null, "邻村牧民"), new DisputeParty(3, PartyRole.Related, null, "过路司机")],
            dispute.Current.Parties);
        Assert.Equal(incident.Id.ToString(), Assert.Single(dispute.Current.Evidence).Reference);
        Assert.True(host.Provider.AuditLog.Count > audited);

        var stored = await host.ReadAsync<IIncidentStore, Incident>(s => s.FindAsync(incident.Id));
        Assert.Equal(reference, Assert.Single(stored!.Referrals));
    }

    [Fact]
    public async Task The_dispute_category_follows_the_mapping_of_the_incident_category()
    {
        await using var host = new ReferralHost();
        var options = new DisputeReferralOptions { DefaultCategory = "neighbour" };
        var target = new DisputeReferralTarget(host.Disputes, TestData.Shanghai, options);

        var traffic = await target.OpenAsync(IncidentReferrals.Of(DisputeIncident(host, ResidentId.New(host.Clock), IncidentCategory.Traffic)));
        var dispute = await target.OpenAsync(IncidentReferrals.Of(DisputeIncident(host, ResidentId.New(host.Clock))));

        Assert.Equal("traffic", (await host.Disputes.FindAsync(DisputeId.From(Guid.Parse(traffic))))!.Current.Category);
        Assert.Equal("neighbour", (await host.Disputes.FindAsync(DisputeId.From(Guid.Parse(dispute))))!.Current.Category);
    }

    [Fact]
    public async Task An_incident_without_a_grid_or_village_is_refused_with_the_disputes_code_and_nothing_is_written()
    {
        await using var host = new ReferralHost();
        var incident = DisputeIncident(host, ResidentId.New(host.Clock));
        var referral = IncidentReferrals.Of(incident) with { Jurisdiction = TestData.County };

        var error = await Assert.ThrowsAsync<ValidationException>(() => host.Target("dispute").OpenAsync(referral));

        Assert.Equal(DisputeErrorCodes.AreaInvalid, error.Code);
        Assert.Equal(0, await host.CountAsync<IDisputeStore>(s => s.QueryAsync(new DisputeQuery())));
        Assert.Empty(incident.Referrals);
    }

    [Fact]
    public async Task An_incident_with_no_one_involved_is_refused_because_a_dispute_needs_a_party()
    {
        await using var host = new ReferralHost();
        var referral = IncidentReferrals.Of(DisputeIncident(host, ResidentId.New(host.Clock))) with { Involved = [new InvolvedPerson(InvolvedRole.Witness, null, "村医")] };

        var error = await Assert.ThrowsAsync<ValidationException>(() => host.Target("dispute").OpenAsync(referral));

        Assert.Equal(DisputeErrorCodes.PartyInvalid, error.Code);
        Assert.Equal(0, await host.CountAsync<IDisputeStore>(s => s.QueryAsync(new DisputeQuery())));
    }
}
