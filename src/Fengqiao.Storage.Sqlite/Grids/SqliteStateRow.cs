namespace Fengqiao.Storage.Sqlite.Grids;

/// <summary>A state record with its JSON form, serialized once when the aggregate is staged.</summary>
/// <typeparam name="TState">The state record.</typeparam>
/// <param name="State">The state.</param>
/// <param name="Json">Its JSON.</param>
internal sealed record SqliteStateRow<TState>(TState State, string Json);
