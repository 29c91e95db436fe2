using Ardalis.GuardClauses;

namespace Fengqiao.Storage;

/// <summary>
/// The store contracts a backend provides and how to make each for a session. One small
/// interface per aggregate; optional capabilities are simply contracts a backend may lack.
/// </summary>
/// <typeparam name="TSession">The backend's session type.</typeparam>
public sealed class StoreRegistry<TSession>
    where TSession : IStorageSession
{
    private readonly Dictionary<Type, Func<TSession, object>> _factories = [];

    /// <summary>Adds or replaces the factory of a store contract.</summary>
    /// <typeparam name="TStore">The store contract.</typeparam>
    /// <param name="factory">Makes the store for a session.</param>
    /// <returns>This registry, for chaining.</returns>
    public StoreRegistry<TSession> Add<TStore>(Func<TSession, TStore> factory)
        where TStore : class
    {
        Guard.Against.Null(factory);
        _factories[typeof(TStore)] = session => factory(session);
        return this;
    }

    /// <summary>Gets a value indicating whether a store contract is registered.</summary>
    /// <param name="storeType">The store contract.</param>
    /// <returns>Whether it is registered.</returns>
    public bool Contains(Type storeType) => _factories.ContainsKey(storeType);

    /// <summary>Makes a store for a session.</summary>
    /// <param name="storeType">The store contract.</param>
    /// <param name="session">The session.</param>
    /// <returns>The store, or null when the contract is not registered.</returns>
    public object? Create(Type storeType, TSession session) =>
        _factories.TryGetValue(storeType, out var factory) ? factory(session) : null;
}
