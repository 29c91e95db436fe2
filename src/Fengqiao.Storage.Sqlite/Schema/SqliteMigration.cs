namespace Fengqiao.Storage.Sqlite.Schema;

/// <summary>One versioned schema script embedded in the assembly, such as <c>002_grids.sql</c>.</summary>
/// <param name="Version">The version the script brings the schema to.</param>
/// <param name="Name">The script's file name.</param>
/// <param name="Sql">The script.</param>
internal sealed record SqliteMigration(int Version, string Name, string Sql);
