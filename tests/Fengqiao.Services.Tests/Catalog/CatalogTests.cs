using Fengqiao.Errors;
using Fengqiao.Services.Catalog;
using NodaTime;
using static Fengqiao.Services.Tests.TestData;

namespace Fengqiao.Services.Tests.Catalog;

public sealed class CatalogTests
{
    [Fact]
    public void The_seed_holds_the_services_of_the_source_articles()
    {
        var idCard = SeedCatalog["id-card-reissue"].Current;
        Assert.Equal(ServiceTimeLimit.Days(20), idCard.TimeLimit);
        Assert.Contains(idCard.Fees, f => f.AmountYuan == 0 && f.Item.ZhCn.Contains("3 张", StringComparison.Ordinal));
        Assert.True(idCard.Channels.HasFlag(ServiceChannels.DoorToDoor) && idCard.Channels.HasFlag(ServiceChannels.WeekendWindow) && idCard.Channels.HasFlag(ServiceChannels.QrCodePoint));
        Assert.True(SeedCatalog["border-pass"].Current.TimeLimit.IsOnTheSpot);
        Assert.True(SeedCatalog["no-criminal-record-certificate"].Current.Channels.HasFlag(ServiceChannels.Online));
        Assert.Equal(Duration.FromMinutes(10), SeedCatalog["lost-and-found"].Current.TimeLimit.OnTheSpot);
        Assert.Equal(["reason", "delivery"], idCard.Attributes.Select(a => a.Code));
        Assert.Equal(14, SeedCatalog.Count);
    }

    [Fact]
    public void Attributes_are_checked_against_datatype_required_and_value_list()
    {
        var idCard = SeedCatalog["id-card-reissue"].Current;
        idCard.CheckAttributes(IdCardAnswers);
        Assert.Equal(ServiceErrorCodes.AttributeInvalid, Assert.Throws<ValidationException>(() => idCard.CheckAttributes(new Dictionary<string, string> { ["reason"] = "lost" })).Code);
        Assert.Equal(ServiceErrorCodes.AttributeInvalid, Assert.Throws<ValidationException>(() => idCard.CheckAttributes(new Dictionary<string, string> { ["reason"] = "stolen", ["delivery"] = "home" })).Code);
        Assert.Equal(ServiceErrorCodes.AttributeInvalid, Assert.Throws<ValidationException>(() => idCard.CheckAttributes(new Dictionary<string, string> { ["reason"] = "lost", ["delivery"] = "home", ["colour"] = "red" })).Code);
        var pass = SeedCatalog["border-pass"].Current;
        Assert.Equal(ServiceErrorCodes.AttributeInvalid, Assert.Throws<ValidationException>(() => pass.CheckAttributes(new Dictionary<string, string> { ["destination"] = "吉隆", ["travel_date"] = "next week" })).Code);
        pass.CheckAttributes(new Dictionary<string, string> { ["destination"] = "吉隆", ["travel_date"] = "2026-05-01" });
    }

    [Fact]
    public void Revisions_add_versions_from_a_later_date()
    {
        var service = ConvenienceService.FromState(SeedCatalog["border-pass"].ToState(), 3);
        var error = Assert.Throws<ValidationException>(() => service.Revise(service.Current with { ValidFrom = new LocalDate(2020, 1, 1) }));
        Assert.Equal(ServiceErrorCodes.CatalogVersionInvalid, error.Code);
        service.Revise(service.Current with { ValidFrom = new LocalDate(2026, 1, 1), TimeLimit = ServiceTimeLimit.Immediate(Duration.FromMinutes(10)) });

        Assert.Equal(2, service.Current.Version);
        Assert.Equal(1, service.VersionOn(new LocalDate(2025, 12, 31))!.Version);
        Assert.Equal(2, service.VersionOn(new LocalDate(2026, 1, 1))!.Version);
        Assert.Null(service.VersionOn(new LocalDate(2020, 12, 31)));
        Assert.Equal(ServiceErrorCodes.CatalogVersionInvalid, Assert.Throws<ValidationException>(() => service.GetVersion(3)).Code);
    }

    [Theory]
    [InlineData("id-card-reissue", true)]
    [InlineData("a", true)]
    [InlineData("Id-Card", false)]
    [InlineData("-x", false)]
    [InlineData("x-", false)]
    [InlineData("身份证", false)]
    [InlineData("", false)]
    public void Service_codes_are_lower_case_slugs(string code, bool valid) => Assert.Equal(valid, ServiceCodes.IsValid(code));
}
