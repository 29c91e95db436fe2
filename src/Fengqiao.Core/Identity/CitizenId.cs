using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Fengqiao.Errors;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Identity;

/// <summary>
/// Citizen ID number (公民身份号码, GB 11643-1999): a 6-digit address code (地址码), an 8-digit
/// birth date (出生日期码, yyyyMMdd), a 3-digit sequence code (顺序码, odd for men) and a check
/// character (校验码) computed by ISO 7064 MOD 11-2.
/// </summary>
/// <remarks>
/// <para>
/// The number is personal data. <see cref="ToString()"/>, the debugger display and every message
/// the type produces are masked by <see cref="MaskingPolicy.Default"/> (110105********002X). The
/// raw number is only given out by <see cref="RevealUnmasked"/>; modules that hold personal data
/// call it after checking <see cref="Access.FengqiaoPermissions.ReadSensitive"/> and a stated
/// purpose, and write an audit entry.
/// </para>
/// <para>
/// Parsing trims surrounding whitespace, accepts a lowercase <c>x</c> as check character (it is
/// kept as <c>X</c>), and refuses everything else with a stable code from <see cref="ErrorCodes"/>,
/// checked in this order: <see cref="ErrorCodes.CitizenIdEmpty"/>,
/// <see cref="ErrorCodes.CitizenIdFullWidthCharacter"/>, <see cref="ErrorCodes.CitizenIdFirstGeneration"/>,
/// <see cref="ErrorCodes.CitizenIdLength"/>, <see cref="ErrorCodes.CitizenIdInvalidCharacter"/>,
/// <see cref="ErrorCodes.CitizenIdAddressCode"/>, <see cref="ErrorCodes.CitizenIdBirthDate"/>,
/// <see cref="ErrorCodes.CitizenIdCheckCharacter"/>. The check character catches every single
/// mistyped character and every swap of two neighbouring characters.
/// </para>
/// <para>
/// Address codes are checked structurally only (the province part is at least 11): codes of
/// abolished divisions stay valid for the people who were registered under them. Birth dates
/// must be real calendar dates from 1800 on; a date in the future is not refused here, because
/// the type has no clock (compare <see cref="BirthDate"/> with today where it matters).
/// </para>
/// <para>
/// The value is stored as the 17 leading digits packed in one <see cref="long"/> (the check
/// character follows from them), so parsing allocates nothing and the struct is 8 bytes.
/// </para>
/// <para>
/// System.Text.Json reads a citizen ID from a JSON string and writes it masked (null when empty),
/// so a document written by the serializer never holds the raw number and does not read back:
/// code that must store the number writes <see cref="RevealUnmasked"/> into a field of its own.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(CitizenIdJsonConverter))]
public readonly struct CitizenId : IEquatable<CitizenId>
{
    /// <summary>The number of characters of a citizen ID number.</summary>
    internal const int CharacterCount = 18;

    private const int FirstGenerationLength = 15;
    private const int MinimumBirthYear = 1800;
    private const long AddressScale = 100_000_000_000; // 10^11: the digits after the address code
    private const string CheckCharacters = "10X98765432";
    private const string Field = "citizenId";

    // The MOD 11-2 weights: 2^(17-i) mod 11 for the 17 leading positions.
    private static ReadOnlySpan<byte> Weights => [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    // The 17 leading digits as a number; 0 is the empty value (a valid address code starts at 11).
    private readonly long _body;

    private CitizenId(long body)
    {
        _body = body;
    }

    /// <summary>Gets a value indicating whether this is the default, empty value rather than a parsed number.</summary>
    public bool IsEmpty => _body == 0;

    /// <summary>Gets the six-digit address code (地址码) of the place of first registration.</summary>
    /// <exception cref="InvalidOperationException">The value is empty.</exception>
    public string AddressCode => AddressNumber.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>
    /// Gets the address code as a jurisdiction code, or <see langword="null"/> when it is not one
    /// structurally (for example a county part without a prefecture part). Codes of abolished
    /// divisions are returned as they are.
    /// </summary>
    /// <exception cref="InvalidOperationException">The value is empty.</exception>
    public JurisdictionCode? AddressJurisdiction
    {
        get
        {
            Span<char> digits = stackalloc char[6];
            AddressNumber.TryFormat(digits, out _, "D6", CultureInfo.InvariantCulture);
            return JurisdictionCode.TryParse(digits, out var code) ? code : null;
        }
    }

    /// <summary>Gets the date of birth (出生日期).</summary>
    /// <exception cref="InvalidOperationException">The value is empty.</exception>
    public LocalDate BirthDate
    {
        get
        {
            var date = (int)(Body / 1000 % 100_000_000);
            return new LocalDate(date / 10_000, date / 100 % 100, date % 100);
        }
    }

    /// <summary>Gets the sex encoded by the sequence code: odd for male, even for female.</summary>
    /// <exception cref="InvalidOperationException">The value is empty.</exception>
    public Sex Sex => Body % 2 == 1 ? Sex.Male : Sex.Female;

    private long Body => _body != 0 ? _body : throw new InvalidOperationException("The citizen ID is empty.");

    private int AddressNumber => (int)(Body / AddressScale);

    /// <summary>Parses an 18-character citizen ID number.</summary>
    /// <param name="text">The number; surrounding whitespace is ignored and a lowercase <c>x</c> is accepted.</param>
    /// <returns>The citizen ID.</returns>
    /// <exception cref="ValidationException">The text is not a valid number; <see cref="FengqiaoException.Code"/> tells why.</exception>
    public static CitizenId Parse(string text)
    {
        Guard.Against.Null(text);
        var error = ParseCore(text, out var id, out var detail);
        return error is null ? id : throw IdentityMessages.Refused(error, Field, detail);
    }

    /// <summary>Tries to parse an 18-character citizen ID number.</summary>
    /// <param name="text">The number.</param>
    /// <param name="id">The citizen ID, or empty when the text is not valid.</param>
    /// <returns><see langword="true"/> when the text is a valid number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CitizenId id) =>
        TryParse(text.AsSpan(), out id, out _);

    /// <summary>Tries to parse an 18-character citizen ID number and tells why it is refused.</summary>
    /// <param name="text">The number.</param>
    /// <param name="id">The citizen ID, or empty when the text is not valid.</param>
    /// <param name="errorCode">The stable error code when the text is refused, such as <see cref="ErrorCodes.CitizenIdCheckCharacter"/>.</param>
    /// <returns><see langword="true"/> when the text is a valid number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CitizenId id, [NotNullWhen(false)] out string? errorCode) =>
        TryParse(text.AsSpan(), out id, out errorCode);

    /// <summary>Tries to parse an 18-character citizen ID number from characters.</summary>
    /// <param name="text">The number.</param>
    /// <param name="id">The citizen ID, or empty when the text is not valid.</param>
    /// <returns><see langword="true"/> when the text is a valid number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out CitizenId id) => TryParse(text, out id, out _);

    /// <summary>Tries to parse an 18-character citizen ID number from characters and tells why it is refused.</summary>
    /// <param name="text">The number.</param>
    /// <param name="id">The citizen ID, or empty when the text is not valid.</param>
    /// <param name="errorCode">The stable error code when the text is refused.</param>
    /// <returns><see langword="true"/> when the text is a valid number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out CitizenId id, [NotNullWhen(false)] out string? errorCode)
    {
        errorCode = ParseCore(text, out id, out _);
        return errorCode is null;
    }

    /// <summary>
    /// Converts a 15-digit first-generation number (一代身份证号码: address code, yyMMdd birth date
    /// and sequence code, no check character) to the 18-character form by inserting the century
    /// "19" and computing the check character (升位).
    /// </summary>
    /// <param name="text">The 15 digits; surrounding whitespace is ignored.</param>
    /// <returns>The citizen ID.</returns>
    /// <exception cref="ValidationException">The text is not a valid first-generation number.</exception>
    /// <remarks>
    /// This is the standard's algorithmic conversion. It is what the second-generation card carries
    /// for almost everyone, but a person whose number was reassigned (for example after a move)
    /// holds a different number; treat the result as a lookup key to confirm, not as proof.
    /// </remarks>
    public static CitizenId FromFirstGeneration(string text)
    {
        Guard.Against.Null(text);
        var error = FromFirstGenerationCore(text, out var id, out var detail);
        return error is null ? id : throw IdentityMessages.Refused(error, Field, detail);
    }

    /// <summary>Tries to convert a 15-digit first-generation number to the 18-character form.</summary>
    /// <param name="text">The 15 digits.</param>
    /// <param name="id">The citizen ID, or empty when the text is not valid.</param>
    /// <param name="errorCode">The stable error code when the text is refused.</param>
    /// <returns><see langword="true"/> when the text is a valid first-generation number.</returns>
    public static bool TryFromFirstGeneration([NotNullWhen(true)] string? text, out CitizenId id, [NotNullWhen(false)] out string? errorCode)
    {
        errorCode = FromFirstGenerationCore(text, out id, out _);
        return errorCode is null;
    }

    /// <summary>
    /// Reveals the full, unmasked 18-character number. Call it only where the number is really
    /// needed (storage, an authorized export) and never to log or display it: modules that hold
    /// personal data check <see cref="Access.FengqiaoPermissions.ReadSensitive"/> and a stated
    /// purpose first, and audit the read.
    /// </summary>
    /// <returns>The number, with an uppercase <c>X</c> as check character where it is one.</returns>
    /// <exception cref="InvalidOperationException">The value is empty.</exception>
    public string RevealUnmasked()
    {
        Span<char> buffer = stackalloc char[CharacterCount];
        WriteUnmasked(buffer);
        return new string(buffer);
    }

    /// <summary>Formats the number masked by <see cref="MaskingPolicy.Default"/>, such as 110105********002X.</summary>
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
    public bool Equals(CitizenId other) => _body == other._body;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CitizenId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _body.GetHashCode();

    /// <summary>Compares two citizen IDs for equality.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>Whether they are the same number.</returns>
    public static bool operator ==(CitizenId left, CitizenId right) => left.Equals(right);

    /// <summary>Compares two citizen IDs for inequality.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>Whether they are different numbers.</returns>
    public static bool operator !=(CitizenId left, CitizenId right) => !left.Equals(right);

    /// <summary>Writes the 18 unmasked characters; the masking policy overwrites the hidden part in place.</summary>
    internal void WriteUnmasked(Span<char> destination)
    {
        var body = Body;
        destination[CharacterCount - 1] = CheckCharacterOf(body);
        for (var i = CharacterCount - 2; i >= 0; i--)
        {
            destination[i] = (char)('0' + (int)(body % 10));
            body /= 10;
        }
    }

    /// <summary>Parses the 18-character form; returns the error code, or null when valid.</summary>
    internal static string? ParseCore(ReadOnlySpan<char> text, out CitizenId id, out int detail)
    {
        id = default;
        detail = 0;
        var trimmed = IdentityText.Trim(text, out var offset);

        // The fast path: 17 ASCII digits and a check character, read in one pass.
        long body = 0;
        var sum = 0;
        if (trimmed.Length == CharacterCount)
        {
            for (var i = 0; i < CharacterCount - 1; i++)
            {
                var digit = (uint)(trimmed[i] - '0');
                if (digit > 9)
                {
                    return Classify(trimmed, offset, out detail);
                }

                body = (body * 10) + digit;
                sum += (int)digit * Weights[i];
            }

            var last = trimmed[CharacterCount - 1];
            if (last is not ((>= '0' and <= '9') or 'X' or 'x'))
            {
                return Classify(trimmed, offset, out detail);
            }

            var error = CheckStructure(body);
            if (error is not null)
            {
                return error;
            }

            if (CheckCharacters[sum % 11] != (last == 'x' ? 'X' : last))
            {
                return ErrorCodes.CitizenIdCheckCharacter;
            }

            id = new CitizenId(body);
            return null;
        }

        return Classify(trimmed, offset, out detail);
    }

    private static string? FromFirstGenerationCore(ReadOnlySpan<char> text, out CitizenId id, out int detail)
    {
        id = default;
        var trimmed = IdentityText.Trim(text, out var offset);
        var error = CheckForm(trimmed, offset, FirstGenerationLength, out detail);
        if (error is not null)
        {
            return error;
        }

        long digits = 0;
        foreach (var c in trimmed)
        {
            digits = (digits * 10) + (c - '0');
        }

        // 6 address + yyMMdd + 3 sequence → 6 address + 19yyMMdd + 3 sequence.
        var address = digits / 1_000_000_000;
        var rest = digits % 1_000_000_000;
        var body = (address * AddressScale) + (19L * 1_000_000_000) + rest;
        error = CheckStructure(body);
        if (error is null)
        {
            id = new CitizenId(body);
        }

        return error;
    }

    /// <summary>Works out why a text that failed the fast path is refused.</summary>
    private static string Classify(ReadOnlySpan<char> trimmed, int offset, out int detail) =>
        CheckForm(trimmed, offset, CharacterCount, out detail)
        ?? throw new UnreachableException("The fast path refused a well-formed citizen ID.");

    /// <summary>
    /// Checks the form of the text, in the documented order: empty, full-width characters, length,
    /// characters (digits; an X only as the check character of the 18-character form).
    /// </summary>
    private static string? CheckForm(ReadOnlySpan<char> trimmed, int offset, int length, out int detail)
    {
        detail = 0;
        if (trimmed.IsEmpty)
        {
            return ErrorCodes.CitizenIdEmpty;
        }

        detail = IdentityText.FirstFullWidthPosition(trimmed, offset);
        if (detail != 0)
        {
            return ErrorCodes.CitizenIdFullWidthCharacter;
        }

        if (trimmed.Length != length)
        {
            detail = trimmed.Length;
            var firstGeneration = length == CharacterCount && trimmed.Length == FirstGenerationLength && !trimmed.ContainsAnyExceptInRange('0', '9');
            return firstGeneration ? ErrorCodes.CitizenIdFirstGeneration : ErrorCodes.CitizenIdLength;
        }

        var hasCheckCharacter = length == CharacterCount;
        for (var i = 0; i < length; i++)
        {
            var c = trimmed[i];
            var allowed = c is >= '0' and <= '9' || (hasCheckCharacter && i == length - 1 && c is 'X' or 'x');
            if (!allowed)
            {
                detail = offset + i + 1;
                return ErrorCodes.CitizenIdInvalidCharacter;
            }
        }

        detail = 0;
        return null;
    }

    /// <summary>Checks the address code and the birth date of the 17 leading digits.</summary>
    private static string? CheckStructure(long body)
    {
        if (body / AddressScale < 110_000)
        {
            return ErrorCodes.CitizenIdAddressCode; // GB/T 2260 provincial codes start at 11 (Beijing)
        }

        var date = (int)(body / 1000 % 100_000_000);
        int year = date / 10_000, month = date / 100 % 100, day = date % 100;
        if (year < MinimumBirthYear || month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month))
        {
            return ErrorCodes.CitizenIdBirthDate;
        }

        return null;
    }

    private static int DaysInMonth(int year, int month) => month switch
    {
        2 => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    private static char CheckCharacterOf(long body)
    {
        var sum = 0;
        for (var i = CharacterCount - 2; i >= 0; i--)
        {
            sum += (int)(body % 10) * Weights[i];
            body /= 10;
        }

        return CheckCharacters[sum % 11];
    }
}
