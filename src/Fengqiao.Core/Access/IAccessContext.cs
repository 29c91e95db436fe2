namespace Fengqiao.Access;

/// <summary>
/// The current principal's access scope, supplied by the host (from its login, token or job
/// identity). Services ask it for the scope of each operation.
/// </summary>
public interface IAccessContext
{
    /// <summary>Gets the access scope of the current principal.</summary>
    AccessScope Scope { get; }
}
