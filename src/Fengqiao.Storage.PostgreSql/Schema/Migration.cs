namespace Fengqiao.Storage.PostgreSql.Schema;

/// <summary>One versioned schema script, embedded in the assembly as <c>NNNN_description.sql</c>.</summary>
/// <param name="Version">The version the script brings the schema to.</param>
/// <param name="Description">What it adds.</param>
/// <param name="Sql">The script, with <c>{schema}</c> where the schema name goes.</param>
internal sealed record Migration(int Version, string Description, string Sql)
{
    private const string ResourcePrefix = "Fengqiao.Storage.PostgreSql.Migrations.";

    /// <summary>Gets every embedded script, in version order.</summary>
    public static IReadOnlyList<Migration> All { get; } = Load();

    /// <summary>Gets the newest version this library knows.</summary>
    public static int LatestVersion => All[^1].Version;

    /// <summary>Gets the script's text for a schema.</summary>
    /// <param name="quotedSchema">The schema name, quoted as an identifier.</param>
    public string SqlFor(string quotedSchema) => Sql.Replace("{schema}", quotedSchema, StringComparison.Ordinal);

    private static Migration[] Load()
    {
        var assembly = typeof(Migration).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var fileName = resource[ResourcePrefix.Length..^".sql".Length];
            var separator = fileName.IndexOf('_', StringComparison.Ordinal);
            var version = int.Parse(fileName.AsSpan(0, separator), System.Globalization.CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(version, fileName[(separator + 1)..], reader.ReadToEnd()));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException("Schema scripts must be numbered 0001, 0002, … without gaps.");
            }
        }

        return [.. migrations];
    }
}
