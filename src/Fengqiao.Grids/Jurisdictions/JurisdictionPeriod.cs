namespace Fengqiao.Grids.Jurisdictions;

/// <summary>One version of a division's name and kind (区划名称沿革), valid over a period.</summary>
/// <param name="Validity">When this version applies; <c>ValidTo</c> is exclusive.</param>
/// <param name="Name">The official Chinese name, such as 扎西岗乡.</param>
/// <param name="EnglishName">An English or pinyin name, such as <c>Zhaxigang Township</c>, if known.</param>
/// <param name="Kind">The kind of division in this period.</param>
/// <param name="Recorded">Who recorded this version and when.</param>
public sealed record JurisdictionPeriod(ValidityPeriod Validity, string Name, string? EnglishName, DivisionKind Kind, ChangeStamp Recorded);
