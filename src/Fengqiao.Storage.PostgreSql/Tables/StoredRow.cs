namespace Fengqiao.Storage.PostgreSql.Tables;

/// <summary>A state record as read from a table, with the version it was committed at.</summary>
/// <typeparam name="TState">The state record.</typeparam>
/// <param name="State">The state.</param>
/// <param name="Version">Its committed version (1 for the first).</param>
internal readonly record struct StoredRow<TState>(TState State, long Version);
