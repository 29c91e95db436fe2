using NetTopologySuite.Geometries;

namespace Fengqiao.Grids;

/// <summary>
/// What a grid is in one period (网格属性): name, sign, party group, expected households and
/// boundary. Any change to them is a new <see cref="GridPeriod"/>, so reports for a past date use
/// that date's grids.
/// </summary>
/// <param name="Name">The grid's name, such as 扎西岗村第一网格.</param>
/// <param name="Boundary">The boundary: a valid WGS-84 (SRID 4326) <see cref="Polygon"/> or <see cref="MultiPolygon"/>, longitude first. Treat it as read-only.</param>
/// <param name="Sign">The number on the grid's sign ("一格一牌"), if any.</param>
/// <param name="PartyGroup">The name of the grid party group (网格党小组), if any.</param>
/// <param name="ExpectedHouseholds">The number of households the grid is planned for, if known.</param>
public sealed record GridAttributes(string Name, Geometry Boundary, string? Sign = null, string? PartyGroup = null, int? ExpectedHouseholds = null);
