using System.Globalization;
using System.Text;
using Fengqiao.Identity;

namespace Fengqiao.Households.Tests.Ledgers;

/// <summary>Builds ledger texts and valid citizen IDs for the tests.</summary>
internal static class LedgerSamples
{
    public const string Grid1 = "540127100001001";
    public const string Grid2 = "540127100001002";
    public const string UnknownGrid = "540127100001999";

    public const string Header = "户编号,户主,与户主关系,姓名,公民身份号码,联系电话,网格编码,地址,人口类型,登记日期,有效期至,关爱标签";

    /// <summary>A valid 18-character ID: address code, birth date, sequence, and the GB 11643 check character.</summary>
    public static string Id(int sequence, string birth = "19800101", string address = "540127")
    {
        var body = address + birth + sequence.ToString("D3", CultureInfo.InvariantCulture);
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * weights[i];
        }

        return body + "10X98765432"[sum % 11];
    }

    public static string Mobile(int n) => "138" + n.ToString("D8", CultureInfo.InvariantCulture);

    /// <summary>A row with sensible defaults; pass values to override.</summary>
    public static string Row(
        string household,
        string relation,
        string name,
        string id,
        string phone = "",
        string grid = Grid1,
        string address = "拉萨市墨竹工卡县扎西岗乡1号",
        string type = "户籍",
        string registered = "",
        string validUntil = "",
        string tags = "",
        string head = "") =>
        string.Join(',', household, head, relation, name, id, phone, grid, address, type, registered, validUntil, tags);

    /// <summary>Two households, five people: H001 (three) and H002 (two, one floating).</summary>
    public static string[] ValidRows() =>
    [
        Row("H001", "户主", "扎西", Id(11), Mobile(1), tags: "独居"),
        Row("H001", "配偶", "卓玛", Id(12), grid: "", address: ""),
        Row("H001", "子", "次仁", Id(13, "20100505"), grid: "", address: ""),
        Row("H002", "本人", "王强", Id(21, "19750302"), Mobile(2), grid: Grid2, address: "扎西岗村2组5号"),
        Row("H002", "配偶", "李梅", Id(22, "19780808"), grid: Grid2, address: "扎西岗村2组5号", type: "流动", registered: "2025-03-01", validUntil: "2026-03-01"),
    ];

    public static string Csv(params string[] rows) => Header + "\r\n" + string.Join("\r\n", rows) + "\r\n";

    public static MemoryStream Utf8(string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new MemoryStream(bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
    }

    public static MemoryStream Gbk(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return new MemoryStream(Encoding.GetEncoding(936).GetBytes(text));
    }

    public static bool IsValid(string id) => CitizenId.TryParse(id, out _);
}
