namespace Fengqiao.Storage;

/// <summary>
/// Adds a module's stores to a backend's <see cref="StoreRegistry{TSession}"/>. Modules ship one
/// for the in-memory backend; storage packages ship theirs; a third-party backend writes its own.
/// </summary>
/// <typeparam name="TSession">The backend's session type.</typeparam>
public interface IStoreContributor<TSession>
    where TSession : IStorageSession
{
    /// <summary>Registers the stores.</summary>
    /// <param name="stores">The backend's registry.</param>
    void Contribute(StoreRegistry<TSession> stores);
}
