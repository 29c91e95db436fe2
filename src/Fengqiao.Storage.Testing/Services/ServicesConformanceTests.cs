using Fengqiao.Grids;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Services.Applicants;
using Fengqiao.Services.Catalog;
using Fengqiao.Services.Catalog.Seeds;
using Fengqiao.Services.Requests;
using Fengqiao.Services.Storage;
using Fengqiao.Time;
using NodaTime;
using Xunit;

namespace Fengqiao.Storage.Testing;

/// <summary>
/// The base of the services module's store suites: the seed catalog, applicants with canary personal data,
/// request submission on the station's calendar, and state comparison through the module's JSON form.
/// </summary>
public abstract class ServicesConformanceTests : GridsConformanceTests
{
    /// <summary>A name no stored text should reveal in plain form.</summary>
    protected const string CanaryName = "金丝雀存储测试人";

    /// <summary>A mobile number no stored text should reveal in plain form.</summary>
    protected const string CanaryPhone = "13700001111";

    /// <summary>A citizen ID no stored text should reveal in plain form (the GB 11643 worked example).</summary>
    protected const string CanaryCitizenId = "11010519491231002X";

    private static readonly IReadOnlyList<(string Code, ServiceDefinition Definition)> Seed = ServiceCatalogSeed.LoadEmbedded().Definitions;

    /// <summary>Gets a catalog service of the seed, registered (not saved) under the given publisher.</summary>
    /// <param name="code">The seed service code, such as <c>id-card-reissue</c>.</param>
    /// <param name="publisher">The publisher.</param>
    /// <param name="storedCode">The code to register it under (unique per test when it is saved); the seed code when null.</param>
    /// <returns>The service.</returns>
    protected ConvenienceService Service(string code, JurisdictionCode publisher, string? storedCode = null) =>
        ConvenienceService.Register(storedCode ?? code, publisher, Seed.Single(s => s.Code == code).Definition, Stamp());

    /// <summary>Gets the canary applicant, or another one with the given phone.</summary>
    /// <param name="phone">A mobile number; the canary's when null.</param>
    /// <returns>The applicant.</returns>
    protected static ServiceApplicant Applicant(string? phone = null) =>
        ServiceApplicant.Named(CanaryName, MobileNumber.Parse(phone ?? CanaryPhone), phone is null ? CitizenId.Parse(CanaryCitizenId) : null);

    /// <summary>Submits a request for a seed service at a station, at the fake clock's instant.</summary>
    /// <param name="station">The station (a township).</param>
    /// <param name="code">The seed service code.</param>
    /// <param name="applicant">The applicant; the canary when null.</param>
    /// <param name="hotline">A 12345 reference the request came from.</param>
    /// <returns>The request, not saved.</returns>
    protected ServiceRequest Submit(JurisdictionCode station, string code = "household-move-in", ServiceApplicant? applicant = null, string? hotline = null) =>
        ServiceRequest.Submit(
            ServiceRequestId.New(Clock),
            Service(code, station.AncestorAt(JurisdictionLevel.Province)),
            station,
            applicant ?? Applicant(),
            ServiceChannels.Window,
            ServiceClock.For(WorkingCalendarSet.Embedded, station),
            Stamp(),
            new ServiceRequestDetails(
                code == "id-card-reissue" ? new Dictionary<string, string> { ["reason"] = "lost", ["delivery"] = "home" } : null,
                Description: "CANARY 描述 " + ConformanceValues.MixedScriptText, Location: new GeoLocation(29.6543210987654, 91.1000000000001, "CANARY 地址"), FromHotline: hotline));

    /// <summary>Gets the clock of a station.</summary>
    /// <param name="station">The station.</param>
    /// <returns>The clock.</returns>
    protected static ServiceClock ClockOf(JurisdictionCode station) => ServiceClock.For(WorkingCalendarSet.Embedded, station);

    /// <summary>Asserts two states are equal through the module's JSON form (personal parts included).</summary>
    /// <typeparam name="TState">The state record.</typeparam>
    /// <param name="expected">Written.</param>
    /// <param name="actual">Read back.</param>
    protected static void AssertSameServiceState<TState>(TState expected, TState actual)
        where TState : class =>
        Assert.Equal(ServiceStateSerializer.Serialize(expected), ServiceStateSerializer.Serialize(actual));

    /// <summary>Gets a stamp a number of minutes after the fake clock's instant.</summary>
    /// <param name="minutes">The minutes.</param>
    /// <returns>The stamp.</returns>
    protected ChangeStamp Later(int minutes) => new(Clock.GetCurrentInstant() + Duration.FromMinutes(minutes), "conformance-kit");
}
