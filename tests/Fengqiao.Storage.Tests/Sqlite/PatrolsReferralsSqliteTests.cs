using Fengqiao.Access;
using Fengqiao.Disputes;
using Fengqiao.Disputes.Configuration;
using Fengqiao.Disputes.Parties;
using Fengqiao.Grids;
using Fengqiao.Households.Residents;
using Fengqiao.Jurisdictions;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Incidents.Referrals;
using Fengqiao.Privacy;
using Fengqiao.Storage.Tests.TestSupport;
using NodaTime;
using NodaTime.Testing;

namespace Fengqiao.Storage.Tests.Sqlite;

/// <summary>An incident referred to the disputes module over one SQLite file: both records survive a reopen.</summary>
public sealed class PatrolsReferralsSqliteTests : IDisposable
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly JurisdictionCode Grid = JurisdictionCode.Parse("540127100001003");
    private readonly SqliteTempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_dispute_opened_from_an_incident_and_the_incident_s_reference_are_both_stored()
    {
        var protector = AesGcmFieldProtector.CreateEphemeral();
        var clock = new FakeClock(Instant.FromUtc(2025, 4, 2, 2, 0));
        var scope = AccessScope.Unrestricted("officer-7", permissions: [DisputePermissions.Manage]);
        var resident = ResidentId.New(clock);
        var incident = Incident.Receive(
            IncidentId.New(clock),
            new IncidentReport(Grid, IncidentChannel.Call110, IncidentCategory.Dispute, IncidentPriority.Normal, Instant.FromUtc(2025, 4, 2, 1, 0), "两户因草场边界争吵")
            {
                Address = "村东草场",
                Involved = [new InvolvedPerson(InvolvedRole.Party, resident, null), new InvolvedPerson(InvolvedRole.Party, null, "邻村牧民")],
            },
            Shanghai,
            new ChangeStamp(clock.GetCurrentInstant(), "officer-7"));

        ReferralReference reference;
        using (var provider = await _database.OpenAsync(o => o.FieldProtector = protector))
        {
            var target = new DisputeReferralTarget(new DisputeService(provider, new FixedAccessContext(scope), clock, DisputePolicy.LoadEmbedded()), Shanghai);
            reference = await IncidentReferrals.ReferAsync(incident, target, clock.GetCurrentInstant());
            await using var session = await provider.OpenSessionAsync(scope);
            await session.GetStore<IIncidentStore>().SaveAsync(incident);
            await session.CommitAsync();
        }

        using (var reopened = await _database.OpenAsync(o => o.FieldProtector = protector))
        {
            await using var session = await reopened.OpenSessionAsync(scope);
            var dispute = await session.GetStore<IDisputeStore>().FindAsync(DisputeId.From(Guid.Parse(reference.Reference)));
            Assert.NotNull(dispute);
            Assert.Equal(DisputeSource.Call110, dispute.Source);
            Assert.Equal(new DisputeLocation(Grid, "村东草场"), dispute.Location);
            Assert.Equal([new DisputeParty(1, PartyRole.Applicant, resident), new DisputeParty(2, PartyRole.Respondent, null, "邻村牧民")], dispute.Current.Parties);
            var stored = await session.GetStore<IIncidentStore>().FindAsync(incident.Id);
            Assert.Equal(reference, Assert.Single(stored!.Referrals));
        }
    }
}
