using Fengqiao.Errors;

namespace Fengqiao.Grids.GeoJson;

/// <summary>One feature of a GeoJSON file that could not be imported, and why (问题要素).</summary>
/// <param name="FeatureIndex">The feature's zero-based index in the <c>features</c> array.</param>
/// <param name="ErrorCode">The stable error code, one of <see cref="GridErrorCodes"/>.</param>
/// <param name="Field">The path at fault, such as <c>features[3].geometry</c> or <c>features[3].properties.code</c>.</param>
/// <param name="Message">The message in the current UI culture.</param>
public sealed record GridFeatureProblem(int FeatureIndex, string ErrorCode, string Field, string Message)
{
    /// <summary>Creates the exception the all-or-nothing reader throws for this problem.</summary>
    /// <returns>A <see cref="ValidationException"/> with this problem's code, field and message.</returns>
    public ValidationException ToException() => new(ErrorCode, Field, Message);
}
