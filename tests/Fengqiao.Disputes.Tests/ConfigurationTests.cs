using System.Text;
using Fengqiao.Disputes.Configuration;
using Fengqiao.Disputes.Escalation;
using Fengqiao.Disputes.Mediation;
using Fengqiao.Disputes.Storage.InMemory;
using Fengqiao.Errors;
using Fengqiao.Storage;
using Fengqiao.Time;
using Microsoft.Extensions.DependencyInjection;
using static Fengqiao.Disputes.Tests.TestData;

namespace Fengqiao.Disputes.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public void The_embedded_configuration_has_the_seed_categories_ladder_and_follow_ups()
    {
        Assert.Contains(Policy.Categories, c => c is { Code: "boundary", NameZh: "土地、草场与宅基地界线纠纷" });
        Assert.Equal(10, Policy.Categories.Length);
        Assert.Equal([EscalationLevel.Village, EscalationLevel.Township, EscalationLevel.County], Policy.Ladder.Steps.Select(s => s.Level));
        Assert.True(Policy.Ladder.MayMediate(EscalationLevel.Township, MediatorKind.JudicialOfficer));
        Assert.False(Policy.Ladder.MayMediate(EscalationLevel.Village, MediatorKind.JudicialOfficer));
        Assert.Equal([5, 20], Policy.FollowUpOffsets.ToArray());
        Assert.Equal(3, Policy.YellowWarningDays);
        Assert.Equal(180, Policy.RepeatWindowDays);
        Assert.Equal(3, Policy.RequireCategory("traffic").LimitFor(RiskLevel.High));
    }

    [Fact]
    public void A_host_configuration_replaces_the_seed_one()
    {
        const string categories = """{ "version": 1, "categories": [ { "code": "water", "zh": "用水纠纷", "en": "Water dispute", "timeLimits": { "low": 9, "medium": 6, "high": 2 } } ] }""";
        const string workflow = """{ "version": 1, "ladder": [ { "level": "village", "zh": "村", "en": "Village", "mediators": ["police"] }, { "level": "county", "zh": "县", "en": "County", "mediators": ["judicialOfficer"] } ], "followUpOffsets": [10], "yellowWarningDays": 1, "repeatWindowDays": 30 }""";

        var policy = DisputePolicy.Load(new MemoryStream(Encoding.UTF8.GetBytes(categories)), new MemoryStream(Encoding.UTF8.GetBytes(workflow)), WorkingCalendarSet.Embedded);

        Assert.Equal("water", Assert.Single(policy.Categories).Code);
        Assert.Equal(EscalationLevel.County, policy.Ladder.Above(EscalationLevel.Village));
        Assert.Null(policy.Ladder.Find(EscalationLevel.Township));
        Assert.Equal([10], policy.FollowUpOffsets.ToArray());
        Assert.Equal(DisputeErrorCodes.CategoryUnknown, Assert.Throws<ValidationException>(() => policy.RequireCategory("neighbour")).Code);
    }

    [Theory]
    [InlineData("""{ "version": 1, "categories": [] }""")]
    [InlineData("""{ "version": 1, "categories": [ { "code": "a", "zh": "甲", "en": "A", "timeLimits": { "low": 0, "medium": 1, "high": 1 } } ] }""")]
    [InlineData("""{ "version": 1, "categories": [ { "code": "a", "zh": "甲", "en": "A", "timeLimits": { "low": 1, "medium": 1, "high": 1 } }, { "code": "a", "zh": "乙", "en": "B", "timeLimits": { "low": 1, "medium": 1, "high": 1 } } ] }""")]
    [InlineData("not json")]
    public void Invalid_categories_are_refused(string categories)
    {
        const string workflow = """{ "version": 1, "ladder": [ { "level": "village", "zh": "村", "en": "Village", "mediators": ["police"] } ], "followUpOffsets": [5], "yellowWarningDays": 3, "repeatWindowDays": 180 }""";

        var error = Assert.Throws<ValidationException>(() => DisputePolicy.Load(new MemoryStream(Encoding.UTF8.GetBytes(categories)), new MemoryStream(Encoding.UTF8.GetBytes(workflow)), WorkingCalendarSet.Embedded));

        Assert.Equal(DisputeErrorCodes.ConfigurationInvalid, error.Code);
    }

    [Fact]
    public void A_ladder_must_rise()
    {
        var error = Assert.Throws<ValidationException>(() => new EscalationLadder(
        [
            new EscalationStep(EscalationLevel.Township, "乡", "Township", [MediatorKind.Police]),
            new EscalationStep(EscalationLevel.Village, "村", "Village", [MediatorKind.Police]),
        ]));

        Assert.Equal(DisputeErrorCodes.ConfigurationInvalid, error.Code);
    }

    [Fact]
    public void AddDisputes_registers_the_store_policy_and_service_once()
    {
        var services = new ServiceCollection();
        services.AddFengqiao(f => f.AddDisputes().AddDisputes().UseAccessScope(Access.AccessScope.Unrestricted("t")));
        using var provider = services.BuildServiceProvider();

        Assert.Single(provider.GetServices<IStoreContributor<Fengqiao.Storage.InMemory.InMemoryStorageSession>>().OfType<InMemoryDisputeStores>());
        Assert.Same(provider.GetRequiredService<DisputePolicy>(), provider.GetRequiredService<DisputePolicy>());
        using var scope = provider.CreateScope();
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<DisputeService>());
    }
}
