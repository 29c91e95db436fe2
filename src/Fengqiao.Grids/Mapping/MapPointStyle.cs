namespace Fengqiao.Grids.Mapping;

/// <summary>How a point is drawn: a circle of a radius (pixels) and colours.</summary>
/// <param name="Fill">The fill colour: <c>#rgb</c>, <c>#rrggbb</c> or a CSS colour name.</param>
/// <param name="Stroke">The outline colour, in the same forms.</param>
/// <param name="Radius">The radius in pixels, greater than zero.</param>
public sealed record MapPointStyle(string Fill, string Stroke, double Radius)
{
    /// <summary>Gets the style for households (户): small blue dots.</summary>
    public static MapPointStyle Household { get; } = new("#3182ce", "#ffffff", 3);

    /// <summary>Gets the style for incidents (警情) and disputes: larger red dots.</summary>
    public static MapPointStyle Incident { get; } = new("#e53e3e", "#ffffff", 5);
}
