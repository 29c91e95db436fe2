namespace Fengqiao.Storage.Tests.PostgreSqlFixture;

/// <summary>A fact that needs a PostgreSQL server: skipped, visibly and with the reason, when none is installed and none is required.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        Skip = PostgreSqlAvailability.SkipReason;
    }
}

/// <summary>A theory that needs a PostgreSQL server; see <see cref="PostgreSqlFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class PostgreSqlTheoryAttribute : TheoryAttribute
{
    public PostgreSqlTheoryAttribute()
    {
        Skip = PostgreSqlAvailability.SkipReason;
    }
}
