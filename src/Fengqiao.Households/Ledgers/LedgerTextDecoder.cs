using System.Text;
using System.Text.Unicode;

namespace Fengqiao.Households.Ledgers;

/// <summary>
/// Turns the bytes of a CSV ledger into text. Excel in China saves "CSV (逗号分隔)" in the GBK code page
/// and "CSV UTF-8" with a byte order mark, and other tools write UTF-8 without one, so: a UTF-8 BOM means
/// UTF-8; otherwise strict UTF-8 is tried first (GBK text almost never happens to be valid UTF-8, while
/// UTF-8 Chinese is never valid GBK of the same meaning), then GB18030 — the superset of GBK — strictly.
/// Anything else is refused with <see cref="LedgerErrorCodes.Encoding"/>, never decoded into mojibake.
/// </summary>
internal static class LedgerTextDecoder
{
    private const int Gb18030CodePage = 54936;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Gets the name reported for GBK-family text.</summary>
    public const string GbkName = "GBK";

    /// <summary>Gets the name reported for UTF-8 text.</summary>
    public const string Utf8Name = "UTF-8";

    public static string Decode(ReadOnlySpan<byte> bytes, out string encodingName)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw Refused("Ledger.Encoding.Utf16");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            var body = bytes[3..];
            var invalid = FirstInvalidUtf8(body);
            if (invalid >= 0)
            {
                throw Refused("Ledger.Encoding.Utf8Bom", invalid + 3);
            }

            encodingName = Utf8Name;
            return CheckText(StrictUtf8.GetString(body), 3);
        }

        if (FirstInvalidUtf8(bytes) < 0)
        {
            encodingName = Utf8Name;
            return CheckText(StrictUtf8.GetString(bytes), 0);
        }

        var gb18030 = Gb18030();
        try
        {
            var text = gb18030.GetString(bytes);
            encodingName = GbkName;
            return CheckText(text, 0);
        }
        catch (DecoderFallbackException error)
        {
            throw Refused("Ledger.Encoding.NotUtf8OrGbk", Math.Max(0, error.Index));
        }
    }

    private static Encoding Gb18030()
    {
        // Code pages beyond Latin-1 and UTF-* come from the in-box provider; registering twice is harmless.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return -1;
        }

        // Find where decoding stops, for the message.
        Span<char> scratch = stackalloc char[256];
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[offset..], scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status == System.Buffers.OperationStatus.InvalidData || status == System.Buffers.OperationStatus.NeedMoreData)
            {
                return offset;
            }

            if (status == System.Buffers.OperationStatus.Done)
            {
                break;
            }
        }

        return offset;
    }

    /// <summary>A decoded file must still look like text: no control characters but tab and line breaks.</summary>
    private static string CheckText(string text, int byteOffset)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' && c is not ('\t' or '\r' or '\n'))
            {
                throw Refused("Ledger.Encoding.Binary", byteOffset + i);
            }
        }

        return text;
    }

    private static Errors.ValidationException Refused(string reasonKey, params object?[] args) =>
        LedgerMessages.FileError(LedgerErrorCodes.Encoding, "file", LedgerErrorCodes.Encoding, LedgerMessages.Format(reasonKey, args));
}
