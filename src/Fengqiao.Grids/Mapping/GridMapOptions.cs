using System.Text.RegularExpressions;
using Fengqiao.Errors;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Mapping;

/// <summary>Options of an SVG grid map (网格图).</summary>
public sealed partial record GridMapOptions
{
    /// <summary>Gets the default options.</summary>
    public static GridMapOptions Default { get; } = new();

    /// <summary>Gets the width of the picture in pixels (default 800); the height follows from the area's shape.</summary>
    public int Width { get; init; } = 800;

    /// <summary>Gets the margin around the drawing in pixels (default 16).</summary>
    public int Padding { get; init; } = 16;

    /// <summary>Gets what grids are labelled with (default name and code).</summary>
    public GridMapLabels Labels { get; init; } = GridMapLabels.NameAndCode;

    /// <summary>Gets the map's title (the SVG <c>title</c>), or <see langword="null"/>.</summary>
    public string? Title { get; init; }

    /// <summary>Gets a grid to draw highlighted (for "一格一图" within its village), or <see langword="null"/>.</summary>
    public JurisdictionCode? Highlight { get; init; }

    /// <summary>Gets the grids' fill colour (default light blue).</summary>
    public string GridFill { get; init; } = "#ebf4ff";

    /// <summary>Gets the grids' outline colour (default blue).</summary>
    public string GridStroke { get; init; } = "#2c5282";

    /// <summary>Gets the highlighted grid's fill colour (default light orange).</summary>
    public string HighlightFill { get; init; } = "#fbd38d";

    /// <summary>Throws when an option is out of range.</summary>
    internal void Validate()
    {
        if (Width is < 16 or > 100_000 || Padding < 0 || Padding * 2 >= Width)
        {
            throw ValidationException.Of(ErrorCodes.OptionsInvalid, nameof(Width), "Width must lie in 16..100000 and exceed twice the Padding");
        }

        foreach (var (name, colour) in new[] { (nameof(GridFill), GridFill), (nameof(GridStroke), GridStroke), (nameof(HighlightFill), HighlightFill) })
        {
            if (!IsColour(colour))
            {
                throw ValidationException.Of(ErrorCodes.OptionsInvalid, name, name + " must be #rgb, #rrggbb or a colour name");
            }
        }
    }

    /// <summary>Gets whether a text is a safe colour: a hex colour or a bare CSS name (nothing that could break out of an attribute).</summary>
    internal static bool IsColour(string? colour) => colour is not null && ColourPattern().IsMatch(colour);

    [GeneratedRegex("^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|[a-zA-Z]{1,32})$", RegexOptions.CultureInvariant)]
    private static partial Regex ColourPattern();
}
