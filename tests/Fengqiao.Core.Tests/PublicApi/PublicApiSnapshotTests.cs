using Fengqiao.Identity;
using Snapshooter.Xunit;

namespace Fengqiao.Core.Tests.PublicApi;

/// <summary>
/// The public surface of Fengqiao.Core, as text. A change to it shows up in review as a diff of
/// the snapshot in <c>__snapshots__/</c>. To accept a deliberate change, delete the .snap file and
/// run this test once without SNAPSHOOTER_STRICT_MODE (see docs/identity.md).
/// </summary>
public class PublicApiSnapshotTests
{
    [Fact]
    public void Fengqiao_Core_public_api_matches_the_snapshot()
    {
        Snapshot.Match(PublicApiFormatter.Describe(typeof(CitizenId).Assembly));
    }
}
