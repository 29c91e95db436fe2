using Ardalis.GuardClauses;

namespace Fengqiao.Access;

/// <summary>An access context that always answers the same scope: for console hosts, jobs and tests.</summary>
public sealed class FixedAccessContext : IAccessContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="scope">The scope to answer.</param>
    public FixedAccessContext(AccessScope scope)
    {
        Scope = Guard.Against.Null(scope);
    }

    /// <inheritdoc/>
    public AccessScope Scope { get; }
}
