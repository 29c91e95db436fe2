using System.Globalization;
using Ardalis.GuardClauses;

namespace Fengqiao.Identity;

/// <summary>
/// Display masking (脱敏显示) of personal identifiers, after GB/T 35273 practice: a citizen ID
/// number keeps its first 6 and last 4 characters (110105********002X), a mobile number its first
/// 3 and last 4 digits (138****1234); the rest is replaced by the mask character.
/// </summary>
/// <remarks>
/// <para>
/// A policy is immutable and safe to share. It can hide more than <see cref="Default"/>, never
/// less: a citizen ID keeps at most 6 leading and 4 trailing characters, so the birth date is
/// always hidden, and a mobile number at most 3 and 4 digits.
/// </para>
/// <para>
/// <see cref="MaskText"/> masks text that could not be parsed (an invalid ID from an import, say)
/// with the citizen ID rule, but always hides at least <see cref="MinimumHiddenInText"/>
/// characters — as many as a masked ID hides — so a short or truncated input is never shown
/// whole; the kept characters shrink in proportion.
/// </para>
/// </remarks>
public sealed class MaskingPolicy
{
    /// <summary>The number of characters <see cref="MaskText"/> always hides (all of a shorter text).</summary>
    public const int MinimumHiddenInText = 8;

    private const int MaxCitizenIdLeading = 6;
    private const int MaxCitizenIdTrailing = 4;
    private const int MaxMobileLeading = 3;
    private const int MaxMobileTrailing = 4;

    /// <summary>Creates a policy.</summary>
    /// <param name="citizenIdLeading">Leading characters of a citizen ID number to show, 0 to 6.</param>
    /// <param name="citizenIdTrailing">Trailing characters of a citizen ID number to show, 0 to 4.</param>
    /// <param name="mobileLeading">Leading digits of a mobile number to show, 0 to 3.</param>
    /// <param name="mobileTrailing">Trailing digits of a mobile number to show, 0 to 4.</param>
    /// <param name="maskCharacter">The character that replaces hidden ones; not a letter, digit, whitespace or control character.</param>
    public MaskingPolicy(
        int citizenIdLeading = MaxCitizenIdLeading,
        int citizenIdTrailing = MaxCitizenIdTrailing,
        int mobileLeading = MaxMobileLeading,
        int mobileTrailing = MaxMobileTrailing,
        char maskCharacter = '*')
    {
        CitizenIdLeading = Guard.Against.OutOfRange(citizenIdLeading, nameof(citizenIdLeading), 0, MaxCitizenIdLeading);
        CitizenIdTrailing = Guard.Against.OutOfRange(citizenIdTrailing, nameof(citizenIdTrailing), 0, MaxCitizenIdTrailing);
        MobileLeading = Guard.Against.OutOfRange(mobileLeading, nameof(mobileLeading), 0, MaxMobileLeading);
        MobileTrailing = Guard.Against.OutOfRange(mobileTrailing, nameof(mobileTrailing), 0, MaxMobileTrailing);

        // A mask that looks like part of a number would make the masked text ambiguous.
        MaskCharacter = Guard.Against.InvalidInput(
            maskCharacter,
            nameof(maskCharacter),
            c => !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c) && !char.IsControl(c) && !char.IsSurrogate(c),
            "The mask character must not be a letter, digit, whitespace, control character or surrogate.");
    }

    /// <summary>Gets the default policy: ID 6 + 4, mobile 3 + 4, masked with <c>*</c>.</summary>
    public static MaskingPolicy Default { get; } = new();

    /// <summary>Gets how many leading characters of a citizen ID number are shown.</summary>
    public int CitizenIdLeading { get; }

    /// <summary>Gets how many trailing characters of a citizen ID number are shown.</summary>
    public int CitizenIdTrailing { get; }

    /// <summary>Gets how many leading digits of a mobile number are shown.</summary>
    public int MobileLeading { get; }

    /// <summary>Gets how many trailing digits of a mobile number are shown.</summary>
    public int MobileTrailing { get; }

    /// <summary>Gets the character that replaces hidden characters.</summary>
    public char MaskCharacter { get; }

    /// <summary>Masks a citizen ID number, such as 110105********002X.</summary>
    /// <param name="id">The citizen ID.</param>
    /// <returns>The masked number; an empty string for the empty value.</returns>
    public string Mask(CitizenId id)
    {
        if (id.IsEmpty)
        {
            return string.Empty;
        }

        Span<char> buffer = stackalloc char[CitizenId.CharacterCount];
        id.WriteUnmasked(buffer);
        return Hide(buffer, CitizenIdLeading, CitizenIdTrailing);
    }

    /// <summary>Masks a mobile number, such as 138****1234.</summary>
    /// <param name="number">The mobile number.</param>
    /// <returns>The masked number; an empty string for the empty value.</returns>
    public string Mask(MobileNumber number)
    {
        if (number.IsEmpty)
        {
            return string.Empty;
        }

        Span<char> buffer = stackalloc char[MobileNumber.DigitCount];
        number.WriteUnmasked(buffer);
        return Hide(buffer, MobileLeading, MobileTrailing);
    }

    /// <summary>
    /// Masks text that may hold an identifier but did not parse as one, with the citizen ID rule:
    /// at most <see cref="CitizenIdLeading"/> leading and <see cref="CitizenIdTrailing"/> trailing
    /// characters are shown, and at least <see cref="MinimumHiddenInText"/> characters are hidden.
    /// </summary>
    /// <param name="text">The text; may be anything a user typed.</param>
    /// <returns>The masked text (as many characters as the text has); an empty string for null or empty text.</returns>
    /// <remarks>Characters are counted as text elements, so a surrogate pair or a combining sequence is never split.</remarks>
    public string MaskText(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var elements = new StringInfo(text);
        var count = elements.LengthInTextElements;
        var shown = CitizenIdLeading + CitizenIdTrailing;
        var kept = Math.Min(shown, Math.Max(0, count - MinimumHiddenInText));
        var leading = shown == 0 ? 0 : kept * CitizenIdLeading / shown;
        var trailing = kept - leading;
        return string.Concat(
            leading == 0 ? string.Empty : elements.SubstringByTextElements(0, leading),
            new string(MaskCharacter, count - kept),
            trailing == 0 ? string.Empty : elements.SubstringByTextElements(count - trailing, trailing));
    }

    /// <summary>Overwrites the hidden middle of the buffer in place and makes the string.</summary>
    private string Hide(Span<char> buffer, int leading, int trailing)
    {
        buffer[leading..^trailing].Fill(MaskCharacter);
        return new string(buffer);
    }
}
