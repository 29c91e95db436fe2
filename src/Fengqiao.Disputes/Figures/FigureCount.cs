namespace Fengqiao.Disputes.Figures;

/// <summary>A count under a key, such as open disputes in one grid.</summary>
/// <param name="Key">The key: a grid code, a level or a risk name.</param>
/// <param name="Count">The count.</param>
public sealed record FigureCount(string Key, int Count);
