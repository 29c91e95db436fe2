namespace Fengqiao.Storage.Testing;

/// <summary>
/// Thrown by a conformance test when the backend under test does not provide a store contract the test
/// needs (<see cref="IStorageSession.SupportsStore{TStore}"/> is false). <see cref="StorageFactAttribute"/>
/// reports the test as skipped with this message.
/// </summary>
public sealed class StoreCapabilityMissingException : Exception
{
    /// <summary>Creates the exception for a missing store contract.</summary>
    /// <param name="storeType">The store contract the backend lacks.</param>
    /// <param name="backend">The backend's name.</param>
    public StoreCapabilityMissingException(Type storeType, string backend)
        : base($"Skipped: the '{backend}' backend does not provide {storeType?.Name} (an optional capability).")
    {
        StoreType = storeType;
    }

    /// <summary>Creates the exception with a message.</summary>
    public StoreCapabilityMissingException()
        : base("Skipped: the backend lacks an optional capability.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The skip reason.</param>
    public StoreCapabilityMissingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The skip reason.</param>
    /// <param name="innerException">The cause.</param>
    public StoreCapabilityMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the store contract the backend lacks, when known.</summary>
    public Type? StoreType { get; }
}
