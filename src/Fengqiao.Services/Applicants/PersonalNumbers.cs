using System.Text.RegularExpressions;

namespace Fengqiao.Services.Applicants;

/// <summary>
/// Masks citizen ID numbers and mobile numbers inside free text (complaint summaries, published
/// summaries, found-item descriptions): an ID keeps its first 6 and last 4 characters, a mobile number
/// its first 3 and last 4, the rest become asterisks. The rest of the text is kept readable.
/// </summary>
internal static partial class PersonalNumbers
{
    public static string Mask(string text) =>
        Numbers().Replace(text, m => m.Length >= 15
            ? string.Concat(m.Value.AsSpan(0, 6), new string('*', m.Length - 10), m.Value.AsSpan(m.Length - 4))
            : m.Length == 11
                ? string.Concat(m.Value.AsSpan(0, 3), "****", m.Value.AsSpan(7))
                : new string('*', m.Length));

    // Runs of digits (an ID may end in X): 18- or 15-character IDs, 11-digit mobiles, and any other run of
    // 8 or more digits (a landline or a bank card), which is masked whole.
    [GeneratedRegex(@"(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{8,})(?![0-9Xx])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Numbers();
}
