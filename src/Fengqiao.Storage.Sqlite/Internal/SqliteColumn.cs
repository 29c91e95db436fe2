using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Internal;

/// <summary>A column a table map writes: its name, SQLite type and how to take its value from a key or row.</summary>
/// <typeparam name="T">The key or row type.</typeparam>
/// <param name="Name">The column's name.</param>
/// <param name="Type">The SQLite storage class of the parameter.</param>
/// <param name="Value">Takes the column value (<see cref="DBNull.Value"/> for null).</param>
internal sealed record SqliteColumn<T>(string Name, SqliteType Type, Func<T, object> Value);
