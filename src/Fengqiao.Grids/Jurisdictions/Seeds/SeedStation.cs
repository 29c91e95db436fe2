using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Jurisdictions.Seeds;

/// <summary>A police station of the demo seeds (派出所) and the jurisdiction it serves.</summary>
/// <param name="Key">The station's key in the seed file, such as <c>zhaxigang</c>.</param>
/// <param name="Name">Its Chinese name.</param>
/// <param name="EnglishName">Its English name, if given.</param>
/// <param name="Jurisdiction">The township or subdistrict it serves.</param>
/// <param name="Source">The source article it comes from, if given.</param>
public sealed record SeedStation(string Key, string Name, string? EnglishName, JurisdictionCode Jurisdiction, string? Source);
