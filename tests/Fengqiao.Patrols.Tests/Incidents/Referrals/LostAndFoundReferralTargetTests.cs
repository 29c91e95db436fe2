using Fengqiao.Errors;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Incidents.Referrals;
using Fengqiao.Patrols.Tests.Support;
using Fengqiao.Services.LostAndFound;

namespace Fengqiao.Patrols.Tests.Incidents.Referrals;

public class LostAndFoundReferralTargetTests
{
    private static Incident LostProperty(ReferralHost host, IncidentCategory category = IncidentCategory.LostProperty) =>
        Incident.Receive(
            IncidentId.New(host.Clock),
            new IncidentReport(TestData.Grid(5), IncidentChannel.Liaison, category, IncidentPriority.Low, TestData.Local(2025, 4, 2, 8, 30), "游客在寺前捡到手机一部，号码13812345678")
            {
                Involved = [new InvolvedPerson(InvolvedRole.Caller, null, "游客")],
            },
            TestData.Shanghai,
            TestData.Stamp(host.Clock));

    [Fact]
    public async Task A_lost_property_incident_opens_a_found_item_held_by_the_township_station()
    {
        await using var host = new ReferralHost();
        var incident = LostProperty(host);
        await host.SaveAsync(incident);

        var reference = await IncidentReferrals.ReferAsync(incident, host.Target("lost-and-found"), host.Clock.GetCurrentInstant());
        await host.SaveAsync(incident);

        Assert.Equal("lost-and-found", reference.Target);
        var item = await host.ReadAsync<IFoundItemStore, FoundItem>(s => s.FindAsync(FoundItemId.From(Guid.Parse(reference.Reference))));
        Assert.NotNull(item);
        Assert.Equal(FoundItemStatus.Found, item.Status);
        Assert.Equal(FoundItemKind.Phone, item.Kind);
        Assert.Equal(TestData.Grid(5).AncestorAt(Jurisdictions.JurisdictionLevel.Township), item.Station);
        Assert.Equal(incident.ReceivedAt, item.FoundAt);
        Assert.StartsWith("游客在寺前捡到手机一部", item.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", item.Description, StringComparison.Ordinal);
        var stored = await host.ReadAsync<IIncidentStore, Incident>(s => s.FindAsync(incident.Id));
        Assert.Equal(reference, Assert.Single(stored!.Referrals));
    }

    [Fact]
    public async Task An_incident_that_is_not_about_lost_property_is_refused_and_nothing_is_written()
    {
        await using var host = new ReferralHost();
        var incident = LostProperty(host, IncidentCategory.Traffic);

        var error = await Assert.ThrowsAsync<ValidationException>(() => IncidentReferrals.ReferAsync(incident, host.Target("lost-and-found"), host.Clock.GetCurrentInstant()));

        Assert.Equal(PatrolErrorCodes.ReferralNotApplicable, error.Code);
        Assert.Empty(incident.Referrals);
        Assert.Equal(0, await host.CountAsync<IFoundItemStore>(s => s.QueryAsync(new FoundItemQuery())));
    }

    [Theory]
    [InlineData("捡到身份证和钥匙", FoundItemKind.IdCard)]
    [InlineData("钥匙一串，挂着小包", FoundItemKind.Keys)]
    [InlineData("黑色钱包", FoundItemKind.WalletOrBag)]
    [InlineData("一把雨伞", FoundItemKind.Other)]
    public void The_kind_is_the_first_one_the_report_names(string description, FoundItemKind kind) =>
        Assert.Equal(kind, LostAndFoundReferralTarget.KindOf(description));
}
