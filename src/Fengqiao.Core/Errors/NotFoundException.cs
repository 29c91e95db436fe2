namespace Fengqiao.Errors;

/// <summary>
/// The record does not exist, or lies outside the caller's access scope: the two are
/// indistinguishable on purpose, so that existence does not leak (不存在或无权查看).
/// </summary>
public sealed class NotFoundException : FengqiaoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="kind">The record's kind, such as <c>Grid</c>.</param>
    /// <param name="key">The key asked for (an id or code, never personal data).</param>
    public NotFoundException(string kind, string key)
        : base(ErrorCodes.NotFound, ErrorMessages.Format(ErrorCodes.NotFound, kind, key))
    {
        Kind = kind;
        Key = key;
    }

    /// <summary>Gets the record's kind.</summary>
    public string Kind { get; }

    /// <summary>Gets the key asked for.</summary>
    public string Key { get; }
}
