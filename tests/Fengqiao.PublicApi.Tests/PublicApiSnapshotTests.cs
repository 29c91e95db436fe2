using System.Reflection;
using Snapshooter;
using Snapshooter.Xunit;

namespace Fengqiao.PublicApi.Tests;

/// <summary>
/// The public surface of every package, as text, one snapshot per package in <c>__snapshots__/</c>.
/// To accept a deliberate change, delete that package's .snap file and run these tests once without
/// SNAPSHOOTER_STRICT_MODE, then review the diff (docs/architecture.md, "Public API").
/// </summary>
public class PublicApiSnapshotTests
{
    public static TheoryData<string> Packages() =>
    [
        "Fengqiao.Core",
        "Fengqiao.Grids",
        "Fengqiao.Households",
        "Fengqiao.Disputes",
        "Fengqiao.Services",
        "Fengqiao.Patrols",
        "Fengqiao.Storage.Sqlite",
        "Fengqiao.Storage.PostgreSql",
        "Fengqiao.Storage.Testing",
    ];

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_public_api_matches_the_snapshot(string package)
    {
        var assembly = Assembly.Load(package);
        Snapshot.Match(PublicApiFormatter.Describe(assembly), SnapshotNameExtension.Create(package));
    }
}
