using Fengqiao.Access;
using Fengqiao.Grids;
using Fengqiao.Grids.Jurisdictions.Seeds;
using Fengqiao.Households.Households;
using Fengqiao.Households.Ledgers;
using Fengqiao.Households.Residents;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Privacy;
using Fengqiao.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using static Fengqiao.Households.Tests.Ledgers.LedgerSamples;

namespace Fengqiao.Households.Tests.Ledgers;

/// <summary>The importer and exporter over the real household registry and the in-memory stores.</summary>
public sealed class HouseholdLedgerStoreTests : IAsyncLifetime
{
    private const string SeedGrid1 = "540127200201001";
    private const string SeedGrid2 = "540127200201002";
    private static readonly LocalDate AsOf = new(2025, 6, 1);

    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddFengqiao(f => f
            .UseClock(new FakeClock(Instant.FromUtc(2025, 6, 1, 2, 0)))
            .UseFieldProtection(AesGcmFieldProtector.CreateEphemeral())
            .AddHouseholdLedgers()
            .UseAccessScope(AccessScope.Unrestricted("test", permissions: [FengqiaoPermissions.ManageGrids])));
        _services = services.BuildServiceProvider();
        var seed = JurisdictionSeed.LoadEmbedded();
        var clock = _services.GetRequiredService<IClock>();
        await using var session = await _services.GetRequiredService<IStorageProvider>().OpenSessionAsync(AccessScope.Unrestricted("test"));
        await seed.SaveAsync(session, ChangeStamp.Now(clock, "test"), CancellationToken.None);
        await session.CommitAsync();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task A_ledger_becomes_households_and_residents_in_the_store()
    {
        var result = await ImportAsync(Csv(StoreRows()));

        Assert.True(result.IsClean, string.Join("; ", result.Errors));
        Assert.Equal((2, 5), (result.Imported, result.ResidentsImported));
        await using var scope = _services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<HouseholdRegistry>();
        var head = await registry.FindResidentAsync(CitizenId.Parse(Id(11)));
        Assert.NotNull(head);
        Assert.Equal("扎西", head.Name);
        Assert.Equal(JurisdictionCode.Parse(SeedGrid1), head.Grid);
        Assert.True(head.HasCareTagOn("living-alone", AsOf));
        var floating = await registry.FindResidentAsync(CitizenId.Parse(Id(22, "19780808")));
        Assert.Equal(ResidencyKind.Floating, floating!.Residency);
        Assert.Equal(new LocalDate(2026, 3, 1), floating.Floating!.ExpiresOn);
    }

    [Fact]
    public async Task Importing_the_same_ledger_twice_reports_every_household_and_person_as_already_on_record()
    {
        await ImportAsync(Csv(StoreRows()));

        var again = await ImportAsync(Csv(StoreRows()), partial: true);

        Assert.Equal(0, again.Imported);
        Assert.Equal(2, again.Rejected);
        Assert.Contains(again.Errors, e => e is { Row: 2, ErrorCode: LedgerErrorCodes.DuplicateHousehold });
        Assert.Contains(again.Errors, e => e is { Row: 5, ErrorCode: LedgerErrorCodes.DuplicateHousehold });
    }

    [Fact]
    public async Task A_person_on_record_in_another_household_is_a_member_in_two_households()
    {
        await ImportAsync(Csv(StoreRows()));
        var other = Csv(Row("H900", "户主", "卓玛", Id(12), grid: SeedGrid2));

        var result = await ImportAsync(other, partial: true);

        var error = Assert.Single(result.Errors);
        Assert.Equal((2, LedgerErrorCodes.MemberInTwoHouseholds), (error.Row, error.ErrorCode));
        Assert.Contains("H001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grid_that_is_not_in_the_store_is_unknown()
    {
        var result = await ImportAsync(Csv(Row("H1", "户主", "扎西", Id(11), grid: "540127200201999")));

        Assert.Equal(LedgerErrorCodes.UnknownGrid, Assert.Single(result.Errors).ErrorCode);
    }

    [Fact]
    public async Task The_township_ledger_exported_from_the_store_lists_the_imported_households_masked()
    {
        await ImportAsync(Csv(StoreRows()));
        await using var scope = _services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetRequiredService<HouseholdLedgerSource>();

        var households = await source.ReadAsync(JurisdictionCode.Parse("540127200"), AsOf);

        Assert.Equal(["H001", "H002"], households.Select(h => h.Number));
        Assert.Equal(["户主", "配偶", "子女"], households[0].Members.Select(m => m.RelationToHead));
        Assert.Equal(["独居"], households[0].Head.CareTags);
        using var workbook = new MemoryStream();
        await LedgerExporter.WriteLedgerAsync(workbook, households);
        Assert.True(workbook.Length > 0);

        // What the store exports re-reads as a ledger once identifiers are revealed (an authorized transfer).
        using var revealed = new MemoryStream();
        await LedgerExporter.WriteLedgerAsync(revealed, households, new LedgerExportOptions { RevealIdentifiers = true });
        revealed.Position = 0;
        var fresh = new FakeLedgerTarget();
        fresh.Grids.Add(JurisdictionCode.Parse(SeedGrid1));
        fresh.Grids.Add(JurisdictionCode.Parse(SeedGrid2));
        var (check, read) = await new LedgerImporter(fresh, _services.GetRequiredService<IClock>()).CheckAsync(revealed, LedgerFormat.Xlsx, AsOf);
        Assert.True(check.IsClean, string.Join("; ", check.Errors));
        Assert.Equal(["H001", "H002"], read.Select(h => h.Number));
        Assert.Equal(households.SelectMany(h => h.Members).Select(m => m.CitizenId), read.SelectMany(h => h.Members).Select(m => m.CitizenId));
    }

    private static string[] StoreRows() =>
        [.. ValidRows().Select(r => r.Replace(Grid1, SeedGrid1, StringComparison.Ordinal).Replace(Grid2, SeedGrid2, StringComparison.Ordinal))];

    private async Task<LedgerImportResult> ImportAsync(string csv, bool partial = false)
    {
        await using var scope = _services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<LedgerImporter>();
        return await importer.ImportAsync(Utf8(csv), LedgerFormat.Csv, new LedgerImportOptions { Partial = partial, AsOf = AsOf });
    }
}
