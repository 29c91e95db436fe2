namespace Fengqiao.Storage.PostgreSql.Tables;

/// <summary>A table that takes new state records in bulk, through binary COPY.</summary>
/// <typeparam name="TState">The state record.</typeparam>
internal interface IBulkTable<TState>
{
    /// <summary>Stages new rows for a unit of work.</summary>
    StagedBulkInsert Stage(IReadOnlyList<TState> states);
}
