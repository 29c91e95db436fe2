namespace Fengqiao.Identity;

/// <summary>Character rules shared by the citizen ID and mobile number parsers.</summary>
internal static class IdentityText
{
    /// <summary>
    /// Gets a value indicating whether <paramref name="c"/> is typed by an input method in
    /// full-width mode (全角): the full-width forms of ASCII (U+FF01–U+FF5E, such as "１" and "Ｘ")
    /// or the ideographic space. Clerks get a code of its own for these, because the fix is to
    /// switch the input method, not to look for a wrong digit.
    /// </summary>
    public static bool IsFullWidth(char c) => c is (>= '\uFF01' and <= '\uFF5E') or '\u3000';

    /// <summary>Trims surrounding whitespace and tells how many characters were cut at the start.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text, out int offset)
    {
        var trimmed = text.TrimStart();
        offset = text.Length - trimmed.Length;
        return trimmed.TrimEnd();
    }

    /// <summary>Finds the first full-width character; its 1-based position in the untrimmed text, or 0.</summary>
    public static int FirstFullWidthPosition(ReadOnlySpan<char> trimmed, int offset)
    {
        for (var i = 0; i < trimmed.Length; i++)
        {
            if (IsFullWidth(trimmed[i]))
            {
                return offset + i + 1;
            }
        }

        return 0;
    }
}
