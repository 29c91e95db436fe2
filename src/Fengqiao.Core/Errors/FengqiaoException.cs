namespace Fengqiao.Errors;

/// <summary>
/// The base of every error the library raises on purpose. <see cref="Code"/> is stable across
/// versions and cultures, so callers branch on it rather than on the message.
/// </summary>
/// <remarks>Messages never carry personal data (ID numbers, phone numbers, names of key persons).</remarks>
public abstract class FengqiaoException : Exception
{
    /// <summary>Creates the exception with its stable code and a localized message.</summary>
    /// <param name="code">The stable error code, such as <c>CitizenId.CheckCharacter</c>.</param>
    /// <param name="message">A message in the current UI culture, free of personal data.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    protected FengqiaoException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>Gets the stable error code.</summary>
    public string Code { get; }
}
