using System.Text;
using Fengqiao.Disputes;
using Fengqiao.Disputes.Configuration;
using Fengqiao.Disputes.Parties;
using Fengqiao.Grids;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Privacy;
using Fengqiao.Storage.Testing;
using Fengqiao.Storage.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Fengqiao.Storage.Tests.Sqlite;

public sealed class SqliteDisputeStoreTests(SqliteTempDatabase database) : DisputeStoreConformanceTests, IClassFixture<SqliteTempDatabase>
{
    private static readonly IFieldProtector Protector = AesGcmFieldProtector.CreateEphemeral();

    protected override async Task<IStorageProvider> CreateProviderAsync() => await database.OpenAsync(o => o.FieldProtector = Protector);
}

public sealed class SqliteDisputePrivacyTests : IDisposable
{
    private readonly SqliteTempDatabase _database = new();

    [Fact]
    public async Task The_database_file_holds_no_plaintext_phone_and_finds_parties_by_index()
    {
        var protector = AesGcmFieldProtector.CreateEphemeral();
        const string phone = "13987654321";
        var policy = DisputePolicy.LoadEmbedded();
        var stamp = new ChangeStamp(Instant.FromUtc(2025, 3, 1, 2, 0), "officer");
        var record = new DisputeRecord("debt", RiskLevel.Low, "支付误会", [new DisputeParty(1, PartyRole.Applicant, null, "游客", MobileNumber.Parse(phone))], []);
        var dispute = Dispute.Report(DisputeId.New(stamp.At), new DisputeLocation(JurisdictionCode.Parse("540523201001"), "街头"), new LocalDate(2025, 3, 1), DisputeSource.Call110, record, policy, stamp);
        using (var provider = await _database.OpenAsync(o => o.FieldProtector = protector))
        {
            await using var session = await provider.OpenSessionAsync(Access.AccessScope.Unrestricted("t"));
            await session.GetStore<IDisputeStore>().SaveAsync(dispute);
            await session.CommitAsync();
            await using var read = await provider.OpenSessionAsync(Access.AccessScope.Unrestricted("t"));
            var back = await read.GetStore<IDisputeStore>().FindAsync(dispute.Id);
            Assert.Equal(phone, back!.Current.Parties[0].Phone!.Value.RevealUnmasked());
        }

        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using (var checkpoint = connection.CreateCommand())
        {
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync();
        }

        await using (var lookup = connection.CreateCommand())
        {
            lookup.CommandText = "SELECT COUNT(*) FROM dispute_party WHERE phone_index = $i";
            lookup.Parameters.AddWithValue("$i", protector.Index(phone, FieldPurposes.MobileNumber));
            Assert.Equal(1L, (long)(await lookup.ExecuteScalarAsync())!);
        }

        SqliteConnection.ClearAllPools();
        var bytes = await File.ReadAllBytesAsync(_database.Path);
        Assert.DoesNotContain(phone, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Contains("支付误会", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();
}
