namespace Fengqiao.Grids;

/// <summary>One version of a grid (网格沿革), valid over a period.</summary>
/// <param name="Validity">When this version applies; <c>ValidTo</c> is exclusive.</param>
/// <param name="Attributes">The grid's name, sign, party group, expected households and boundary in this period.</param>
/// <param name="Recorded">Who recorded this version and when.</param>
public sealed record GridPeriod(ValidityPeriod Validity, GridAttributes Attributes, ChangeStamp Recorded);
