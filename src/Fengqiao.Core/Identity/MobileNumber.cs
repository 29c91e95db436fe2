using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Fengqiao.Errors;

namespace Fengqiao.Identity;

/// <summary>
/// Mainland China mobile number (手机号码): 11 digits starting with 1 and a second digit from 3 to 9.
/// </summary>
/// <remarks>
/// <para>
/// Parsing trims surrounding whitespace, ignores spaces and hyphens anywhere in the number
/// ("138 1234 5678", "138-1234-5678") and drops a country prefix: <c>+86</c>, <c>0086</c>, or a
/// bare <c>86</c> in front of 11 digits ("+86 138 1234 5678", "8613812345678"). A number with
/// any other <c>+</c> prefix is not a mainland number. Refusals carry a stable code, checked in
/// this order: <see cref="ErrorCodes.MobileNumberEmpty"/>, <see cref="ErrorCodes.MobileNumberFullWidthCharacter"/>,
/// <see cref="ErrorCodes.MobileNumberInvalidCharacter"/>, <see cref="ErrorCodes.MobileNumberLength"/>,
/// <see cref="ErrorCodes.MobileNumberPrefix"/>.
/// </para>
/// <para>
/// The number is personal data: <see cref="ToString()"/> and the debugger display are masked
/// (138****1234); only <see cref="RevealUnmasked"/> gives the 11 digits. System.Text.Json reads the
/// number from a JSON string and writes it masked, like <see cref="CitizenId"/>.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(MobileNumberJsonConverter))]
public readonly struct MobileNumber : IEquatable<MobileNumber>
{
    /// <summary>The number of digits of a mainland mobile number.</summary>
    internal const int DigitCount = 11;

    // Counting stops here: more digits than this are refused as a wrong length anyway.
    private const int MaxCountedDigits = 18;
    private const string Field = "mobileNumber";

    // The 11 digits as a number; 0 is the empty value (valid numbers start at 13000000000).
    private readonly long _value;

    private MobileNumber(long value)
    {
        _value = value;
    }

    /// <summary>Gets a value indicating whether this is the default, empty value rather than a parsed number.</summary>
    public bool IsEmpty => _value == 0;

    /// <summary>Parses a mobile number.</summary>
    /// <param name="text">The number, with an optional +86 prefix and spaces or hyphens.</param>
    /// <returns>The mobile number.</returns>
    /// <exception cref="ValidationException">The text is not a mainland mobile number; <see cref="FengqiaoException.Code"/> tells why.</exception>
    public static MobileNumber Parse(string text)
    {
        Guard.Against.Null(text);
        var error = ParseCore(text, out var number, out var detail);
        return error is null ? number : throw IdentityMessages.Refused(error, Field, detail);
    }

    /// <summary>Tries to parse a mobile number.</summary>
    /// <param name="text">The number.</param>
    /// <param name="number">The mobile number, or empty when the text is not valid.</param>
    /// <returns><see langword="true"/> when the text is a mainland mobile number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out MobileNumber number) =>
        TryParse(text.AsSpan(), out number, out _);

    /// <summary>Tries to parse a mobile number and tells why it is refused.</summary>
    /// <param name="text">The number.</param>
    /// <param name="number">The mobile number, or empty when the text is not valid.</param>
    /// <param name="errorCode">The stable error code when the text is refused, such as <see cref="ErrorCodes.MobileNumberLength"/>.</param>
    /// <returns><see langword="true"/> when the text is a mainland mobile number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out MobileNumber number, [NotNullWhen(false)] out string? errorCode) =>
        TryParse(text.AsSpan(), out number, out errorCode);

    /// <summary>Tries to parse a mobile number from characters and tells why it is refused.</summary>
    /// <param name="text">The number.</param>
    /// <param name="number">The mobile number, or empty when the text is not valid.</param>
    /// <param name="errorCode">The stable error code when the text is refused.</param>
    /// <returns><see langword="true"/> when the text is a mainland mobile number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out MobileNumber number, [NotNullWhen(false)] out string? errorCode)
    {
        errorCode = ParseCore(text, out number, out _);
        return errorCode is null;
    }

    /// <summary>
    /// Reveals the full, unmasked 11 digits. Call it only where the number is really needed (to
    /// place a call or send a message, to store it) and never to log or display it; modules that
    /// hold personal data check <see cref="Access.FengqiaoPermissions.ReadSensitive"/> first.
    /// </summary>
    /// <returns>The 11 digits, without prefix or separators.</returns>
    /// <exception cref="InvalidOperationException">The value is empty.</exception>
    public string RevealUnmasked()
    {
        Span<char> buffer = stackalloc char[DigitCount];
        WriteUnmasked(buffer);
        return new string(buffer);
    }

    /// <summary>Formats the number masked by <see cref="MaskingPolicy.Default"/>, such as 138****1234.</summary>
    /// <returns>The masked number; an empty string for the empty value.</returns>
    public override string ToString() => MaskingPolicy.Default.Mask(this);

    /// <summary>Formats the number masked by the given policy.</summary>
    /// <param name="policy">The masking policy.</param>
    /// <returns>The masked number; an empty string for the empty value.</returns>
    public string ToString(MaskingPolicy policy)
    {
        Guard.Against.Null(policy);
        return policy.Mask(this);
    }

    /// <inheritdoc/>
    public bool Equals(MobileNumber other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MobileNumber other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>Compares two mobile numbers for equality.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>Whether they are the same number.</returns>
    public static bool operator ==(MobileNumber left, MobileNumber right) => left.Equals(right);

    /// <summary>Compares two mobile numbers for inequality.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>Whether they are different numbers.</returns>
    public static bool operator !=(MobileNumber left, MobileNumber right) => !left.Equals(right);

    /// <summary>Writes the 11 unmasked digits; the masking policy overwrites the hidden part in place.</summary>
    internal void WriteUnmasked(Span<char> destination)
    {
        var value = _value != 0 ? _value : throw new InvalidOperationException("The mobile number is empty.");
        for (var i = DigitCount - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (int)(value % 10));
            value /= 10;
        }
    }

    internal static string? ParseCore(ReadOnlySpan<char> text, out MobileNumber number, out int detail)
    {
        number = default;
        var trimmed = IdentityText.Trim(text, out var offset);
        if (trimmed.IsEmpty)
        {
            detail = 0;
            return ErrorCodes.MobileNumberEmpty;
        }

        detail = IdentityText.FirstFullWidthPosition(trimmed, offset);
        if (detail != 0)
        {
            return ErrorCodes.MobileNumberFullWidthCharacter;
        }

        // A '+' may only open the number, as in +86.
        var international = trimmed[0] == '+';
        long value = 0;
        var digits = 0;
        for (var i = international ? 1 : 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c is ' ' or '-')
            {
                continue;
            }

            if (c is < '0' or > '9')
            {
                detail = offset + i + 1;
                return ErrorCodes.MobileNumberInvalidCharacter;
            }

            if (++digits <= MaxCountedDigits)
            {
                value = (value * 10) + (c - '0');
            }
        }

        if (!StripCountryPrefix(ref value, ref digits, international))
        {
            return ErrorCodes.MobileNumberPrefix; // another country's number
        }

        if (digits != DigitCount)
        {
            detail = digits;
            return ErrorCodes.MobileNumberLength;
        }

        // 1 then 3-9: 13x to 19x.
        if (value / 1_000_000_000 is < 13 or > 19)
        {
            return ErrorCodes.MobileNumberPrefix;
        }

        number = new MobileNumber(value);
        return null;
    }

    /// <summary>Drops +86, 0086 or 86 in front of 11 digits; false when a '+' prefix is not 86.</summary>
    private static bool StripCountryPrefix(ref long value, ref int digits, bool international)
    {
        if (digits > MaxCountedDigits)
        {
            return true; // refused for its length
        }

        var local = value % 100_000_000_000; // the last 11 digits
        var prefix = value / 100_000_000_000;
        var prefixDigits = digits - DigitCount;
        if (international)
        {
            // "+86…": the prefix must be 86; the rest is checked for length as usual.
            if (digits < 2 || value / Pow10(digits - 2) != 86)
            {
                return false;
            }

            value %= Pow10(digits - 2);
            digits -= 2;
            return true;
        }

        if (prefixDigits is 2 or 4 && prefix == 86)
        {
            // "86…" (13 digits) or "0086…" (15 digits, the leading zeros vanish in the number).
            value = local;
            digits = DigitCount;
        }

        return true;
    }

    private static long Pow10(int exponent)
    {
        long result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
