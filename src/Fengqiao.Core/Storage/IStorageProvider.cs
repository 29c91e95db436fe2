using Fengqiao.Access;

namespace Fengqiao.Storage;

/// <summary>
/// A storage backend (存储后端): in-memory, SQLite, PostgreSQL, or one an integrator writes over
/// an existing bureau database. It opens sessions; each session is one unit of work.
/// </summary>
public interface IStorageProvider
{
    /// <summary>Gets a short name of the backend, such as <c>sqlite</c>.</summary>
    string Name { get; }

    /// <summary>Opens a session in an access scope. Sessions are cheap; do not share one across threads.</summary>
    /// <param name="scope">The scope every query of the session runs in.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The session; dispose it when done.</returns>
    ValueTask<IStorageSession> OpenSessionAsync(AccessScope scope, CancellationToken cancellationToken = default);
}
