using Fengqiao.Access;

namespace Fengqiao.Storage.PostgreSql.Tables;

/// <summary>A table that takes new state records in bulk, through binary COPY.</summary>
/// <typeparam name="TState">The state record.</typeparam>
internal interface IBulkTable<TState>
{
    /// <summary>Stages new rows for a unit of work, refusing records outside the scope.</summary>
    StagedBulkInsert Stage(IReadOnlyList<TState> states, AccessScope scope);
}

/// <summary>A table whose rows are made from another record (a module's state record) as they are copied.</summary>
/// <typeparam name="TKey">The table's key.</typeparam>
/// <typeparam name="TState">The record callers hand in.</typeparam>
/// <typeparam name="TRow">The table's row.</typeparam>
internal sealed class MappedBulkTable<TKey, TState, TRow>(AggregateTable<TKey, TRow> table, Func<TState, TRow> toRow, Func<TState, Fengqiao.Jurisdictions.JurisdictionCode> jurisdictionOf) : IBulkTable<TState>
    where TKey : notnull
{
    public StagedBulkInsert Stage(IReadOnlyList<TState> states, AccessScope scope) =>
        new StagedBulkInsert<TKey, TState, TRow>(table, states, toRow, jurisdictionOf, scope);
}
