namespace Fengqiao.Storage.InMemory;

/// <summary>A row of an in-memory table with the version it was committed at.</summary>
/// <typeparam name="TRow">The row type: an immutable state record.</typeparam>
/// <param name="Row">The row.</param>
/// <param name="Version">Its committed version (1 for the first).</param>
public readonly record struct VersionedRow<TRow>(TRow Row, long Version);
