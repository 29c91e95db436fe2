using System.Globalization;
using System.Text;
using Fengqiao.Access;
using Fengqiao.Benchmarks.Storage;
using Fengqiao.Grids;
using Fengqiao.Storage;
using Fengqiao.Storage.Sqlite;
using NodaTime;

namespace Fengqiao.Benchmarks.Households;

/// <summary>A generated household ledger (CSV, UTF-8) and the grids it refers to.</summary>
internal static class ImportBenchmarkData
{
    public const int GridCount = 100;
    public const int MembersPerHousehold = 3;

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>The household counts: FENGQIAO_BENCH_N (such as 10000 on a slow machine) or 100,000 (300,000 residents).</summary>
    public static IEnumerable<int> Sizes() => SqliteBenchmarkData.Sizes();

    /// <summary>The grid codes the ledger uses, those of <see cref="SqliteBenchmarkData.Grids"/>.</summary>
    public static GridState[] Grids() => SqliteBenchmarkData.Grids(GridCount);

    /// <summary>A ledger of <paramref name="households"/> households of three: head, spouse, child; every fourth head with a phone.</summary>
    public static byte[] Csv(int households)
    {
        var grids = Grids().Select(g => g.Code.ToString()).ToArray();
        var text = new StringBuilder(households * MembersPerHousehold * 120);
        text.Append("户编号,户主,与户主关系,姓名,公民身份号码,联系电话,网格编码,地址,人口类型,登记日期,有效期至,关爱标签\r\n");
        var sequence = 0;
        for (var h = 0; h < households; h++)
        {
            var number = "B" + h.ToString("D7", CultureInfo.InvariantCulture);
            var grid = grids[h % grids.Length];
            var address = string.Create(CultureInfo.InvariantCulture, $"扎西岗村{h % 40 + 1}组{h % 997 + 1}号");
            for (var m = 0; m < MembersPerHousehold; m++)
            {
                var relation = m switch { 0 => "户主", 1 => "配偶", _ => "子" };
                var birth = new LocalDate(m == 2 ? 2005 : 1970, 1, 1).PlusDays(sequence / 999 % 3000);
                var id = Id("540127", birth, sequence % 999 + 1);
                sequence++;
                var phone = m == 0 && h % 4 == 0 ? string.Create(CultureInfo.InvariantCulture, $"138{h:D8}") : string.Empty;
                var tags = m == 0 && h % 10 == 0 ? "独居" : string.Empty;
                text.Append(number).Append(",,").Append(relation).Append(",居民").Append(sequence.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(id).Append(',').Append(phone).Append(',').Append(m == 0 ? grid : string.Empty).Append(',')
                    .Append(m == 0 ? address : string.Empty).Append(",户籍,,,").Append(tags).Append("\r\n");
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Creates an empty library database holding the grids; returns its path.</summary>
    public static async Task<string> NewDatabaseAsync()
    {
        var path = SqliteBenchmarkData.NewDatabase();
        using var provider = await SqliteStorageProvider.OpenAsync("Data Source=" + path);
        await using var session = await provider.OpenSessionAsync(AccessScope.Unrestricted("bench"));
        var store = session.GetStore<IGridStore>();
        foreach (var state in Grids())
        {
            await store.SaveAsync(Grid.FromState(state, 0));
        }

        await session.CommitAsync();
        return path;
    }

    private static string Id(string address, LocalDate birth, int sequence)
    {
        var body = string.Create(CultureInfo.InvariantCulture, $"{address}{birth:yyyyMMdd}{sequence:D3}");
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * Weights[i];
        }

        return body + "10X98765432"[sum % 11];
    }
}
