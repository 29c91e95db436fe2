namespace Fengqiao.Errors;

/// <summary>
/// A write was based on a stale version of an aggregate (并发冲突): someone else committed first.
/// Nothing of the unit of work was written; reload and try again.
/// </summary>
public sealed class ConcurrencyConflictException : FengqiaoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="aggregateKind">The aggregate's kind, such as <c>Grid</c>.</param>
    /// <param name="aggregateId">The aggregate's id or code (never personal data).</param>
    /// <param name="expectedVersion">The version the write was based on.</param>
    public ConcurrencyConflictException(string aggregateKind, string aggregateId, long expectedVersion)
        : base(ErrorCodes.ConcurrencyConflict, ErrorMessages.Format(ErrorCodes.ConcurrencyConflict, aggregateKind, aggregateId, expectedVersion))
    {
        AggregateKind = aggregateKind;
        AggregateId = aggregateId;
        ExpectedVersion = expectedVersion;
    }

    /// <summary>Gets the aggregate's kind.</summary>
    public string AggregateKind { get; }

    /// <summary>Gets the aggregate's id or code.</summary>
    public string AggregateId { get; }

    /// <summary>Gets the version the rejected write was based on.</summary>
    public long ExpectedVersion { get; }
}
