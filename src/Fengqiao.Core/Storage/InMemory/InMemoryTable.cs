using System.Collections.Immutable;

namespace Fengqiao.Storage.InMemory;

/// <summary>
/// One table of the in-memory backend: immutable rows keyed by id, each with a version. Reads see
/// a consistent snapshot without locking; writes happen only inside a session's commit.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TRow">The row type: an immutable state record.</typeparam>
public sealed class InMemoryTable<TKey, TRow>
    where TKey : notnull
{
    private ImmutableDictionary<TKey, VersionedRow<TRow>> _rows = ImmutableDictionary<TKey, VersionedRow<TRow>>.Empty;

    internal InMemoryTable(string name)
    {
        Name = name;
    }

    /// <summary>Gets the table's name, which is also the aggregate kind named in conflicts.</summary>
    public string Name { get; }

    /// <summary>Gets a consistent snapshot of every row.</summary>
    public IEnumerable<KeyValuePair<TKey, VersionedRow<TRow>>> Rows => Volatile.Read(ref _rows);

    /// <summary>Gets the number of rows.</summary>
    public int Count => Volatile.Read(ref _rows).Count;

    /// <summary>Looks a row up by key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="row">The row with its version.</param>
    /// <returns>Whether the row exists.</returns>
    public bool TryGet(TKey key, out VersionedRow<TRow> row) => Volatile.Read(ref _rows).TryGetValue(key, out row);

    internal long VersionOf(TKey key) => TryGet(key, out var row) ? row.Version : 0;

    // Called only under the provider's commit lock.
    internal void Put(TKey key, TRow row, long version) =>
        Volatile.Write(ref _rows, _rows.SetItem(key, new VersionedRow<TRow>(row, version)));

    internal void Remove(TKey key) => Volatile.Write(ref _rows, _rows.Remove(key));
}
