using System.Text;
using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Grids;
using Fengqiao.Households.Households;
using Fengqiao.Households.KeyPersons;
using Fengqiao.Households.Premises;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Tags;
using Fengqiao.Households.Visits;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Privacy;
using Fengqiao.Storage.Sqlite;
using Fengqiao.Storage.Testing;
using Fengqiao.Storage.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Fengqiao.Storage.Tests.Sqlite;

// One protector per test class: every provider over the class's file must open what the others wrote.
public sealed class SqliteHouseholdsTests(SqliteTempDatabase database) : HouseholdsConformanceTests, IClassFixture<SqliteTempDatabase>
{
    private readonly IFieldProtector _protector = AesGcmFieldProtector.CreateEphemeral();

    protected override async Task<IStorageProvider> CreateProviderAsync() => await database.OpenAsync(o => o.FieldProtector = _protector);
}

/// <summary>A known citizen ID and phone, written through every household store, never appear in the database files.</summary>
public sealed class SqliteHouseholdsPrivacyTests : IDisposable
{
    private static readonly ChangeStamp Stamp = new(Instant.FromUtc(2025, 1, 1, 0, 0), "tester");
    private readonly SqliteTempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_canary_id_and_phone_never_reach_the_database_files()
    {
        var canary = HouseholdsCanary.Create();
        var protector = AesGcmFieldProtector.CreateEphemeral();
        string stateJson;
        using (var provider = await _database.OpenAsync(o => o.FieldProtector = protector))
        {
            await HouseholdsCanary.WriteEverywhereAsync(provider, canary, Stamp);
            await using var session = await provider.OpenSqliteSessionAsync(AccessScope.Unrestricted("test"));
            var found = await session.GetStore<IResidentStore>().FindByCitizenIdAsync(canary.Id);
            Assert.Equal(canary.Phone, found?.Mobile);
            await using var command = session.Connection.CreateCommand();
            command.CommandText = "SELECT group_concat(state, char(10)) FROM resident;";
            stateJson = (string)(await command.ExecuteScalarAsync())!;
        }

        SqliteConnection.ClearAllPools();
        var bytes = new List<byte>();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
        {
            if (File.Exists(_database.Path + suffix))
            {
                bytes.AddRange(await File.ReadAllBytesAsync(_database.Path + suffix));
            }
        }

        Assert.Contains("fp1.", stateJson, StringComparison.Ordinal);
        HouseholdsCanary.AssertAbsent(canary, stateJson);
        HouseholdsCanary.AssertAbsent(canary, bytes.ToArray());
        Assert.True(bytes.Count > 4096, "the database files were read");
    }

    [Fact]
    public async Task Without_a_field_protector_the_household_stores_refuse_with_a_clear_error()
    {
        using var provider = await _database.OpenAsync();
        await using var session = await provider.OpenSessionAsync(AccessScope.Unrestricted("test"));

        var error = Assert.Throws<ValidationException>(() => session.GetStore<IResidentStore>());

        Assert.Equal(PrivacyErrorCodes.KeyInvalid, error.Code);
    }
}

/// <summary>The canary values and how to write them through every households store.</summary>
internal static class HouseholdsCanary
{
    public static (CitizenId Id, MobileNumber Phone) Create()
    {
        const string Body = "65010219770707123";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = Body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return (CitizenId.Parse(Body + "10X98765432"[sum % 11]), MobileNumber.Parse("13987654321"));
    }

    public static async Task WriteEverywhereAsync(IStorageProvider provider, (CitizenId Id, MobileNumber Phone) canary, ChangeStamp stamp)
    {
        var clock = NodaTime.Testing.FakeClock.FromUtc(2025, 1, 1);
        var grid = JurisdictionCode.Parse("650102001001001");
        var scope = AccessScope.Unrestricted("test", permissions: [FengqiaoPermissions.ReadKeyPersons, FengqiaoPermissions.WriteKeyPersons]);
        var resident = Resident.Register(ResidentId.New(clock), canary.Id, "金丝雀", grid, ResidencyKind.Floating, stamp, canary.Phone, new FloatingRegistration(new LocalDate(2024, 1, 1), new LocalDate(2025, 12, 31)));
        resident.ApplyCareTag(TagCatalog.Embedded.RequireCareTag("living-alone"), new LocalDate(2024, 1, 1), stamp);
        var household = Household.Register(HouseholdId.New(clock), resident.Id, grid, "幸福路1号", new LocalDate(2024, 1, 1), stamp);
        var record = KeyPersonRecord.Open(resident.Id, grid);
        record.Designate(TagCatalog.Embedded.RequireKeyPersonCategory("petitioner"), new LocalDate(2024, 2, 1), stamp);
        var premises = PremisesRecord.Register(PremisesId.New(clock), "金丝雀商店", PremisesCategory.KeyItemSeller, new PremisesContact("金丝雀", canary.Phone), grid, new LocalDate(2024, 1, 1), stamp);
        var visit = Visit.Record(VisitId.New(clock), household.Id, grid, new LocalDate(2025, 3, 3), VisitKind.HomeVisit, ["officer"], stamp, "见面核实");
        await using var session = await provider.OpenSessionAsync(scope);
        await session.GetStore<IResidentStore>().SaveAsync(resident);
        await session.GetStore<IHouseholdStore>().SaveAsync(household);
        await session.GetStore<IKeyPersonStore>().SaveAsync(record);
        await session.GetStore<IPremisesStore>().SaveAsync(premises);
        await session.GetStore<IVisitStore>().SaveAsync(visit);
        await session.CommitAsync();
    }

    public static void AssertAbsent((CitizenId Id, MobileNumber Phone) canary, string text)
    {
        Assert.DoesNotContain(canary.Id.RevealUnmasked(), text, StringComparison.Ordinal);
        Assert.DoesNotContain(canary.Phone.RevealUnmasked(), text, StringComparison.Ordinal);
    }

    public static void AssertAbsent((CitizenId Id, MobileNumber Phone) canary, byte[] bytes)
    {
        foreach (var needle in new[] { canary.Id.RevealUnmasked(), canary.Phone.RevealUnmasked() })
        {
            foreach (var encoding in new Encoding[] { Encoding.UTF8, Encoding.Unicode })
            {
                Assert.True(bytes.AsSpan().IndexOf(encoding.GetBytes(needle)) < 0, "A plaintext identifier was found in the stored bytes.");
            }
        }
    }
}

/// <summary>Key rotation: after a new key becomes current and the records are re-protected, nothing needs the old key.</summary>
public sealed class SqliteHouseholdsKeyRotationTests : IDisposable
{
    private readonly SqliteTempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Reprotection_rewrites_every_envelope_with_the_current_key()
    {
        var canary = HouseholdsCanary.Create();
        var k1 = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        var k2 = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        var index = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        var first = new FieldProtectionOptions { IndexKey = index };
        first.AddKey("k1", Convert.ToBase64String(k1));
        var second = new FieldProtectionOptions { IndexKey = index };
        second.AddKey("k1", Convert.ToBase64String(k1)).AddKey("k2", Convert.ToBase64String(k2));
        using (var provider = await _database.OpenAsync(o => o.FieldProtector = new AesGcmFieldProtector(first)))
        {
            await HouseholdsCanary.WriteEverywhereAsync(provider, canary, new ChangeStamp(Instant.FromUtc(2025, 1, 1, 0, 0), "tester"));
        }

        var rotated = new AesGcmFieldProtector(second);
        using var reopened = await _database.OpenAsync(o => o.FieldProtector = rotated);
        Assert.Contains(await StatesAsync(reopened), s => Fengqiao.Households.Storage.HouseholdStateSerializer.NeedsReprotection(s, rotated));

        var count = await Fengqiao.Households.Storage.IdentifierReprotection.ReprotectAsync(reopened, "key-rotation");

        Assert.Equal(2, count);
        Assert.DoesNotContain(await StatesAsync(reopened), s => Fengqiao.Households.Storage.HouseholdStateSerializer.NeedsReprotection(s, rotated));
        await using var session = await reopened.OpenSessionAsync(AccessScope.Unrestricted("test"));
        Assert.Equal(canary.Phone, (await session.GetStore<IResidentStore>().FindByCitizenIdAsync(canary.Id))?.Mobile);
    }

    private static async Task<List<string>> StatesAsync(SqliteStorageProvider provider)
    {
        await using var session = await provider.OpenSqliteSessionAsync(AccessScope.Unrestricted("test"));
        await using var command = session.Connection.CreateCommand();
        command.CommandText = "SELECT state FROM resident UNION ALL SELECT state FROM premises;";
        var states = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            states.Add(reader.GetString(0));
        }

        return states;
    }
}
