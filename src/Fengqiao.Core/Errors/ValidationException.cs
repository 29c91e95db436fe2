namespace Fengqiao.Errors;

/// <summary>
/// Input or a domain rule was violated (校验失败). Carries a stable <see cref="FengqiaoException.Code"/>,
/// the <see cref="Field"/> at fault and a message in zh-CN or en chosen by the current UI culture.
/// </summary>
public sealed class ValidationException : FengqiaoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The stable error code.</param>
    /// <param name="field">The field, argument or path at fault.</param>
    /// <param name="message">The localized message, free of personal data.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    public ValidationException(string code, string field, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
        Field = field;
    }

    /// <summary>Gets the field, argument or path at fault.</summary>
    public string Field { get; }

    /// <summary>Creates the exception with the message for <paramref name="code"/> from the kernel's catalogue.</summary>
    /// <param name="code">A code from <see cref="ErrorCodes"/>.</param>
    /// <param name="field">The field at fault.</param>
    /// <param name="args">Format arguments; never personal data.</param>
    /// <returns>The exception, ready to throw.</returns>
    public static ValidationException Of(string code, string field, params object?[] args) =>
        new(code, field, ErrorMessages.Format(code, args));
}
