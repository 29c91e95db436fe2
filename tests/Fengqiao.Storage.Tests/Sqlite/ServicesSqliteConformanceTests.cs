using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Grids;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Privacy;
using Fengqiao.Services.Applicants;
using Fengqiao.Services.Catalog.Seeds;
using Fengqiao.Services.LostAndFound;
using Fengqiao.Services.Requests;
using Fengqiao.Services.WorkOrders;
using Fengqiao.Storage.Sqlite;
using Fengqiao.Storage.Testing;
using Fengqiao.Storage.Tests.TestSupport;
using Fengqiao.Time;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Fengqiao.Storage.Tests.Sqlite;

// Each class gets its own temp file and one ephemeral key for all its providers, so later providers read what earlier ones wrote.
public sealed class SqliteServiceCatalogStoreTests(SqliteTempDatabase database) : ServiceCatalogStoreConformanceTests, IClassFixture<SqliteTempDatabase>
{
    protected override async Task<IStorageProvider> CreateProviderAsync() => await ServicesSqlite.OpenAsync(database);
}

public sealed class SqliteServiceRequestStoreTests(SqliteTempDatabase database) : ServiceRequestStoreConformanceTests, IClassFixture<SqliteTempDatabase>
{
    protected override async Task<IStorageProvider> CreateProviderAsync() => await ServicesSqlite.OpenAsync(database);
}

public sealed class SqliteWorkOrderStoreTests(SqliteTempDatabase database) : WorkOrderStoreConformanceTests, IClassFixture<SqliteTempDatabase>
{
    protected override async Task<IStorageProvider> CreateProviderAsync() => await ServicesSqlite.OpenAsync(database);
}

public sealed class SqliteFoundItemStoreTests(SqliteTempDatabase database) : FoundItemStoreConformanceTests, IClassFixture<SqliteTempDatabase>
{
    protected override async Task<IStorageProvider> CreateProviderAsync() => await ServicesSqlite.OpenAsync(database);
}

/// <summary>What only a file can show: no plaintext phone, ID, name or address anywhere in the database.</summary>
public sealed class SqliteServicesPrivacyTests : IDisposable
{
    private const string Name = "存储金丝雀";
    private const string Phone = "13566667777";
    private const string Id = "11010519491231002X";
    private const string Address = "CANARY-ADDRESS-幸福巷";
    private readonly SqliteTempDatabase _database = new();

    [Fact]
    public async Task The_database_file_holds_no_plaintext_personal_data()
    {
        var station = JurisdictionCode.Parse("540127200");
        var stamp = new ChangeStamp(Instant.FromUtc(2026, 3, 2, 2, 0), "clerk");
        var applicant = ServiceApplicant.Named(Name, MobileNumber.Parse(Phone), CitizenId.Parse(Id));
        var service = ServiceCatalogSeed.LoadEmbedded().Build(stamp).Single(s => s.Code == "household-move-in");
        using var provider = await ServicesSqlite.OpenAsync(_database);
        await using (var session = await provider.OpenSessionAsync(AccessScope.Unrestricted("test")))
        {
            var request = ServiceRequest.Submit(ServiceRequestId.From(Guid.CreateVersion7()), service, station, applicant, Fengqiao.Services.Catalog.ServiceChannels.Window, ServiceClock.For(WorkingCalendarSet.Embedded, station), stamp, new ServiceRequestDetails(Description: "联系 " + Phone, Location: new GeoLocation(29.8, 91.7, Address)));
            var order = WorkOrder.Place(WorkOrderId.From(Guid.CreateVersion7()), station.Child(1).Child(1), "代办", applicant, stamp, "身份证 " + Id, new GeoLocation(29.8, 91.7, Address));
            var item = FoundItem.Record(FoundItemId.From(Guid.CreateVersion7()), station, FoundItemKind.IdCard, "卡套", stamp.At, stamp);
            item.MatchOwner(applicant, stamp);
            await session.GetStore<IServiceRequestStore>().SaveAsync(request);
            await session.GetStore<IWorkOrderStore>().SaveAsync(order);
            await session.GetStore<IFoundItemStore>().SaveAsync(item);
            await session.CommitAsync();
        }

        // Every text and blob cell of the module's tables.
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        var cells = new List<string>();
        foreach (var table in new[] { "service_request", "work_order", "found_item", "outbox" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    cells.Add(reader.IsDBNull(i) ? string.Empty : reader.GetValue(i) is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!);
                }
            }
        }

        Assert.True(cells.Count > 20);
        foreach (var secret in new[] { Name, Phone, Id, Address, "1356666" })
        {
            Assert.DoesNotContain(cells, c => c.Contains(secret, StringComparison.Ordinal));
        }

        // And the stores still find the records by phone and ID, through the keyed index.
        await using var read = await provider.OpenSessionAsync(AccessScope.Unrestricted("test"));
        var byPhone = new List<ServiceRequest>();
        await foreach (var r in read.GetStore<IServiceRequestStore>().QueryAsync(new ServiceRequestQuery(ApplicantPhone: MobileNumber.Parse(Phone))))
        {
            byPhone.Add(r);
        }

        Assert.Equal(Name, Assert.Single(byPhone).Applicant.Name);
    }

    [Fact]
    public async Task Without_a_field_protector_personal_data_is_refused()
    {
        using var provider = await SqliteStorageProvider.OpenAsync(_database.ConnectionString);
        await using var session = await provider.OpenSessionAsync(AccessScope.Unrestricted("test"));
        var stamp = new ChangeStamp(Instant.FromUtc(2026, 3, 2, 2, 0), "clerk");
        var order = WorkOrder.Place(WorkOrderId.From(Guid.CreateVersion7()), JurisdictionCode.Parse("540127200001001"), "代办", ServiceApplicant.Named(Name, MobileNumber.Parse(Phone)), stamp);

        var error = await Assert.ThrowsAsync<ValidationException>(() => session.GetStore<IWorkOrderStore>().SaveAsync(order));
        Assert.Equal(PrivacyErrorCodes.KeyInvalid, error.Code);
    }

    public void Dispose() => _database.Dispose();
}

internal static class ServicesSqlite
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SqliteTempDatabase, IFieldProtector> Keys = [];

    public static Task<SqliteStorageProvider> OpenAsync(SqliteTempDatabase database) =>
        database.OpenAsync(o => o.FieldProtector = Keys.GetValue(database, _ => AesGcmFieldProtector.CreateEphemeral()));
}
