using Ardalis.GuardClauses;
using Fengqiao.Storage;
using Fengqiao.Storage.InMemory;

namespace Fengqiao.Disputes.Storage.InMemory;

/// <summary>
/// Adds the in-memory <see cref="IDisputeStore"/> to the in-memory backend. <c>AddDisputes()</c> registers it;
/// tests can pass it to <see cref="InMemoryStorageProvider(IEnumerable{IStoreContributor{InMemoryStorageSession}})"/>.
/// </summary>
public sealed class InMemoryDisputeStores : IStoreContributor<InMemoryStorageSession>
{
    /// <inheritdoc/>
    public void Contribute(StoreRegistry<InMemoryStorageSession> stores)
    {
        Guard.Against.Null(stores);
        stores.Add<IDisputeStore>(session => new InMemoryDisputeStore(session));
    }
}
