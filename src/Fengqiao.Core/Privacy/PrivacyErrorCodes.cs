namespace Fengqiao.Privacy;

/// <summary>The stable error codes of field protection.</summary>
public static class PrivacyErrorCodes
{
    /// <summary>A protected value is damaged, truncated, or was protected for another purpose.</summary>
    public const string EnvelopeInvalid = "Privacy.EnvelopeInvalid";

    /// <summary>A protected value names a key the protector does not hold (it was removed too early in a rotation).</summary>
    public const string UnknownKey = "Privacy.UnknownKey";

    /// <summary>The field protection options are missing a key, or a key has the wrong length.</summary>
    public const string KeyInvalid = "Privacy.KeyInvalid";
}
