using Fengqiao.Households.Ledgers;
using Fengqiao.Jurisdictions;
using NodaTime;
using NodaTime.Testing;

namespace Fengqiao.Households.Tests.Ledgers;

/// <summary>The sample ledgers shipped in seeds/households/ledgers hold the same households in every format.</summary>
public sealed class SampleLedgerTests
{
    [Fact]
    public async Task The_utf8_gbk_and_xlsx_samples_read_to_the_same_households()
    {
        var utf8 = await ReadAsync("sample-utf8.csv", LedgerFormat.Csv);
        var gbk = await ReadAsync("sample-gbk.csv", LedgerFormat.Csv);
        var xlsx = await ReadAsync("sample.xlsx", LedgerFormat.Xlsx);

        Assert.Equal("UTF-8", utf8.Result.Encoding);
        Assert.Equal("GBK", gbk.Result.Encoding);
        Assert.Equal((3, 7), (utf8.Result.Imported, utf8.Result.ResidentsImported));
        foreach (var other in new[] { gbk.Households, xlsx.Households })
        {
            Assert.Equal(Describe(utf8.Households), Describe(other));
        }
    }

    private static IEnumerable<string> Describe(IReadOnlyList<LedgerHousehold> households) =>
        households.SelectMany(h => h.Members.Select(m =>
            $"{h.Number}|{h.Grid}|{h.Address}|{m.Row}|{m.Name}|{m.CitizenId.RevealUnmasked()}|{m.RelationToHead}|{m.Phone?.RevealUnmasked()}|{m.PopulationType}|{m.RegisteredOn}|{m.ValidUntil}|{string.Join('、', m.CareTags)}"));

    private static async Task<(LedgerImportResult Result, IReadOnlyList<LedgerHousehold> Households)> ReadAsync(string file, LedgerFormat format)
    {
        var target = new FakeLedgerTarget();
        target.Grids.Add(JurisdictionCode.Parse("540127200201001"));
        target.Grids.Add(JurisdictionCode.Parse("540127200201002"));
        var importer = new LedgerImporter(target, new FakeClock(Instant.FromUtc(2025, 6, 1, 0, 0)));
        await using var stream = File.OpenRead(Path.Combine(SamplesFolder(), file));
        var read = await importer.CheckAsync(stream, format, new LocalDate(2025, 6, 1));
        Assert.True(read.Result.IsClean, string.Join("; ", read.Result.Errors));
        return read;
    }

    private static string SamplesFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "seeds", "households", "ledgers");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("seeds/households/ledgers");
    }
}
