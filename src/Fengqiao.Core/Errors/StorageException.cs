namespace Fengqiao.Errors;

/// <summary>
/// A storage backend failed for a reason other than a conflict (存储故障): the database was
/// unreachable, a transient failure outlived its retries, or the schema is newer than the library.
/// Provider details that could carry personal data are never copied into the message.
/// </summary>
public sealed class StorageException : FengqiaoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">A stable code, such as <see cref="ErrorCodes.StorageUnavailable"/>.</param>
    /// <param name="message">A message free of personal data.</param>
    /// <param name="innerException">The provider's exception, kept for diagnostics.</param>
    public StorageException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }
}
