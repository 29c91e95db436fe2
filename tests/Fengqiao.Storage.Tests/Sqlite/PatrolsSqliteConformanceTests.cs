using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Privacy;
using Fengqiao.Storage.Sqlite;
using Fengqiao.Storage.Testing;
using Fengqiao.Storage.Tests.TestSupport;
using NodaTime;

namespace Fengqiao.Storage.Tests.Sqlite;

// Incidents keep caller phones, so these providers carry a field protector (the kit's own file per class).
public sealed class SqlitePatrolStoreTests(SqliteTempDatabase database) : PatrolStoreConformanceTests, IClassFixture<SqliteTempDatabase>
{
    protected override async Task<IStorageProvider> CreateProviderAsync() => await PatrolsSqlite.OpenAsync(database);
}

public sealed class SqliteInspectionStoreTests(SqliteTempDatabase database) : InspectionStoreConformanceTests, IClassFixture<SqliteTempDatabase>
{
    protected override async Task<IStorageProvider> CreateProviderAsync() => await PatrolsSqlite.OpenAsync(database);
}

public sealed class SqliteIncidentStoreTests(SqliteTempDatabase database) : IncidentStoreConformanceTests, IClassFixture<SqliteTempDatabase>
{
    protected override async Task<IStorageProvider> CreateProviderAsync() => await PatrolsSqlite.OpenAsync(database);
}

public sealed class SqlitePreventionStoreTests(SqliteTempDatabase database) : PreventionStoreConformanceTests, IClassFixture<SqliteTempDatabase>
{
    protected override async Task<IStorageProvider> CreateProviderAsync() => await PatrolsSqlite.OpenAsync(database);
}

public sealed class SqlitePatrolsPrivacyTests : IDisposable
{
    private readonly SqliteTempDatabase _database = new();

    [Fact]
    public async Task The_database_file_holds_no_plaintext_caller_phone()
    {
        var protector = AesGcmFieldProtector.CreateEphemeral();
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2025, 3, 1, 0, 0));
        using (var provider = await _database.OpenAsync(o => o.FieldProtector = protector))
        {
            await using var session = await provider.OpenSessionAsync(Access.AccessScope.Unrestricted("test"));
            var incident = Incident.Receive(
                IncidentId.New(clock),
                new IncidentReport(JurisdictionCode.Parse("540127"), IncidentChannel.Call110, IncidentCategory.Help, IncidentPriority.Urgent, clock.GetCurrentInstant(), "求助") { CallerPhone = MobileNumber.Parse("13987654321") },
                zone,
                new Grids.ChangeStamp(clock.GetCurrentInstant(), "test"));
            await session.GetStore<IIncidentStore>().SaveAsync(incident);
            await session.CommitAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var bytes = System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(_database.Path));
        var wal = File.Exists(_database.Path + "-wal") ? System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(_database.Path + "-wal")) : string.Empty;
        Assert.DoesNotContain("13987654321", bytes + wal, StringComparison.Ordinal);
        Assert.Contains("caller_phone", bytes + wal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_field_protector_an_incident_with_a_phone_is_refused_and_nothing_is_written()
    {
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2025, 3, 1, 0, 0));
        using var provider = await _database.OpenAsync();
        await using var session = await provider.OpenSessionAsync(Access.AccessScope.Unrestricted("test"));
        var incident = Incident.Receive(
            IncidentId.New(clock),
            new IncidentReport(JurisdictionCode.Parse("540127"), IncidentChannel.Call110, IncidentCategory.Help, IncidentPriority.Urgent, clock.GetCurrentInstant(), "求助") { CallerPhone = MobileNumber.Parse("13987654321") },
            zone,
            new Grids.ChangeStamp(clock.GetCurrentInstant(), "test"));

        var error = await Assert.ThrowsAsync<Errors.ValidationException>(() => session.GetStore<IIncidentStore>().SaveAsync(incident));

        Assert.Equal(PrivacyErrorCodes.KeyInvalid, error.Code);
        await session.CommitAsync();
        await using var reader = await provider.OpenSessionAsync(Access.AccessScope.Unrestricted("test"));
        Assert.Null(await reader.GetStore<IIncidentStore>().FindAsync(incident.Id));
    }

    public void Dispose() => _database.Dispose();
}

internal static class PatrolsSqlite
{
    private static readonly IFieldProtector Protector = AesGcmFieldProtector.CreateEphemeral();

    public static Task<SqliteStorageProvider> OpenAsync(SqliteTempDatabase database) => database.OpenAsync(o => o.FieldProtector = Protector);
}
