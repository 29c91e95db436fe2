namespace Fengqiao.Storage.Tests.PostgreSqlFixture;

/// <summary>
/// Decides, once per run, whether the PostgreSQL tests run or are skipped. They are skipped only
/// when no PostgreSQL binaries are installed and <see cref="ThrowawayPostgreSqlCluster.RequireVariable"/>
/// is not "1"; under CI it is set, and a missing server fails the tests instead.
/// </summary>
internal static class PostgreSqlAvailability
{
    private static readonly Lazy<string?> Reason = new(() =>
        ThrowawayPostgreSqlCluster.IsRequired || ThrowawayPostgreSqlCluster.FindBinDirectory() is not null
            ? null
            : "PostgreSQL is not installed, so the PostgreSQL tests are skipped. Install the server binaries "
              + "(Debian/Ubuntu: apt-get install postgresql; initdb and pg_ctl are looked up on PATH and under /usr/lib/postgresql/*/bin, "
              + $"or set {ThrowawayPostgreSqlCluster.BinVariable}); set {ThrowawayPostgreSqlCluster.RequireVariable}=1 to make their absence a failure.");

    /// <summary>Gets why the PostgreSQL tests are skipped, or null when they run.</summary>
    public static string? SkipReason => Reason.Value;
}
