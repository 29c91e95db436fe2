using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Jurisdictions;
using Fengqiao.Services.Catalog;
using NodaTime;
using Xunit;

namespace Fengqiao.Storage.Testing;

/// <summary>Conformance of <see cref="IServiceCatalogStore"/> (便民服务目录存储): versions round-trip, queries, visibility within the publisher's region, concurrency.</summary>
public abstract class ServiceCatalogStoreConformanceTests : ServicesConformanceTests
{
    /// <summary>A service with two versions round-trips.</summary>
    [StorageFact]
    public async Task Service_with_versions_round_trips()
    {
        var county = NewCounty();
        var service = Service("id-card-reissue", county, UniqueCode());
        service.Revise(service.Current with { ValidFrom = new LocalDate(2026, 1, 1), TimeLimit = ServiceTimeLimit.Days(15), Name = new LocalizedText("身份证 " + ConformanceValues.MixedScriptText, "ID") });
        await CommitAsync<IServiceCatalogStore>(s => s.SaveAsync(service));

        var read = await ReadAsync<IServiceCatalogStore, ConvenienceService?>(s => s.FindAsync(service.Code));

        Assert.NotNull(read);
        Assert.Equal(1, read.Version);
        Assert.Equal(2, read.Versions.Count);
        AssertSameServiceState(service.ToState(), read.ToState());
    }

    /// <summary>Queries by group and channel, ordered by code; visible below and above the publisher, writable only within it.</summary>
    [StorageFact]
    public async Task Queries_and_visibility()
    {
        var county = NewCounty();
        var prefix = UniqueCode();
        var pass = Service("border-pass", county, prefix + "-b");
        var card = Service("id-card-reissue", county, prefix + "-a");
        var help = Service("help-desk", county, prefix + "-c");
        await CommitAsync<IServiceCatalogStore>(async s =>
        {
            await s.SaveAsync(pass);
            await s.SaveAsync(card);
            await s.SaveAsync(help);
        });

        async Task<string[]> Codes(ServiceCatalogQuery query, AccessScope? scope = null) =>
            [.. (await ReadAsync<IServiceCatalogStore, List<ConvenienceService>>(s => ToListAsync(s.QueryAsync(query)), scope)).Select(c => c.Code).Where(c => c.StartsWith(prefix, StringComparison.Ordinal))];

        Assert.Equal([card.Code, pass.Code, help.Code], await Codes(new ServiceCatalogQuery()));
        Assert.Equal([card.Code], await Codes(new ServiceCatalogQuery(Group: ServiceGroup.IdCards)));
        Assert.Equal([card.Code], await Codes(new ServiceCatalogQuery(Channel: ServiceChannels.DoorToDoor | ServiceChannels.QrCodePoint)));
        Assert.Equal([pass.Code], await Codes(new ServiceCatalogQuery(Channel: ServiceChannels.Mobile | ServiceChannels.QrCodePoint)));

        var grid = AccessScope.For("grid-worker", [county.Child(101).Child(1).Child(1)]);
        var elsewhere = AccessScope.For("elsewhere", [JurisdictionCode.Parse("659004")]);
        Assert.Equal(3, (await Codes(new ServiceCatalogQuery(), grid)).Length);
        Assert.NotNull(await ReadAsync<IServiceCatalogStore, ConvenienceService?>(s => s.FindAsync(card.Code), grid));
        Assert.Null(await ReadAsync<IServiceCatalogStore, ConvenienceService?>(s => s.FindAsync(card.Code), elsewhere));
        Assert.Empty(await Codes(new ServiceCatalogQuery(), elsewhere));

        var loaded = await ReadAsync<IServiceCatalogStore, ConvenienceService?>(s => s.FindAsync(card.Code), grid);
        loaded!.Revise(loaded.Current with { ValidFrom = new LocalDate(2027, 1, 1) });
        await using var session = await OpenSessionAsync(grid);
        var error = await Assert.ThrowsAsync<ValidationException>(() => session.GetStore<IServiceCatalogStore>().SaveAsync(loaded));
        Assert.Equal(ErrorCodes.OutsideScope, error.Code);
    }

    /// <summary>A stale revision fails the commit and keeps the first.</summary>
    [StorageFact]
    public async Task Stale_revision_is_rejected()
    {
        var service = Service("legal-consultation", NewCounty(), UniqueCode());
        await CommitAsync<IServiceCatalogStore>(s => s.SaveAsync(service));

        await AssertStaleWriteRejectedAsync<IServiceCatalogStore, ConvenienceService>(
            s => s.FindAsync(service.Code),
            (c, writer) => c.Revise(c.Current with { ValidFrom = new LocalDate(2026, 1, writer) }),
            (s, c) => s.SaveAsync(c),
            c => c.Current.ValidFrom.Day);
    }

    /// <summary>A cancelled read throws.</summary>
    [StorageFact]
    public async Task Cancelled_reads_throw()
    {
        await using var session = await OpenSessionAsync();
        var store = RequireStore<IServiceCatalogStore>(session);
        await AssertCancelledAsync(ct => ToListAsync(store.QueryAsync(new ServiceCatalogQuery(), ct)));
    }

    private static string UniqueCode() => "svc-" + Guid.NewGuid().ToString("N")[..12];
}
