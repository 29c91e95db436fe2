namespace Fengqiao.Services.Catalog;

/// <summary>A text in Chinese and English (中英文文本), as catalog entries and seeds carry them.</summary>
/// <param name="ZhCn">The Chinese (zh-CN) text.</param>
/// <param name="En">The English text.</param>
public sealed record LocalizedText(string ZhCn, string En)
{
    /// <summary>Picks the text for a culture: Chinese for any <c>zh</c> culture, English otherwise.</summary>
    /// <param name="culture">The culture name, such as <c>zh-CN</c> or <c>en</c>.</param>
    /// <returns>The text.</returns>
    public string For(string? culture) =>
        culture is not null && culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? ZhCn : En;

    /// <summary>Gives both texts, Chinese first.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{ZhCn} {En}";

    internal void Validate(string field)
    {
        ServiceMessages.RequireText(ZhCn, field + ".zh-CN");
        ServiceMessages.RequireText(En, field + ".en");
    }
}
