using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Ardalis.GuardClauses;
using Fengqiao.Errors;

namespace Fengqiao.Privacy;

/// <summary>
/// The default <see cref="IFieldProtector"/>: AES-256-GCM with a random 96-bit nonce per value and the
/// purpose as associated data; HMAC-SHA256 under a separate key for the index.
/// </summary>
/// <remarks>
/// An envelope reads <c>fp1.{keyId}.{base64url(nonce ‖ ciphertext ‖ tag)}</c>. The key id travels with the
/// value so that old values stay readable during a key rotation. Thread-safe.
/// </remarks>
public sealed class AesGcmFieldProtector : IFieldProtector
{
    private const string Prefix = "fp1.";
    private const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly Dictionary<string, byte[]> _keys;
    private readonly string _currentKeyId;
    private readonly byte[] _indexKey;

    // Setting up an AES key schedule costs more than encrypting an ID; instances are reused, one
    // caller at a time (AesGcm is not safe for concurrent use), from a small pool per key.
    private readonly ConcurrentDictionary<string, ConcurrentBag<AesGcm>> _ciphers = new(StringComparer.Ordinal);

    /// <summary>Creates the protector from its keys.</summary>
    /// <param name="options">The keys; copied, so later changes to the options have no effect.</param>
    /// <exception cref="ValidationException">A key is missing or has the wrong length (<see cref="PrivacyErrorCodes.KeyInvalid"/>).</exception>
    public AesGcmFieldProtector(FieldProtectionOptions options)
    {
        Guard.Against.Null(options);
        if (options.CurrentKeyId is not { Length: > 0 } current || !options.Keys.ContainsKey(current))
        {
            throw KeyInvalid("CurrentKeyId must name one of Keys");
        }

        foreach (var (id, key) in options.Keys)
        {
            if (id.Length == 0 || id.Contains('.', StringComparison.Ordinal) || id.Any(c => c > 0x7E || c <= 0x20))
            {
                throw KeyInvalid("a key id must be printable ASCII without '.'");
            }

            if (key is not { Length: KeySize })
            {
                throw KeyInvalid("every key must be 32 bytes");
            }
        }

        if (options.IndexKey is not { Length: >= KeySize } indexKey)
        {
            throw KeyInvalid("IndexKey must be at least 32 bytes");
        }

        if (options.Keys.Values.Any(k => k.AsSpan().SequenceEqual(indexKey)))
        {
            throw KeyInvalid("IndexKey must differ from the encryption keys");
        }

        _keys = options.Keys.ToDictionary(p => p.Key, p => (byte[])p.Value.Clone(), StringComparer.Ordinal);
        _currentKeyId = current;
        _indexKey = (byte[])indexKey.Clone();
    }

    /// <summary>
    /// Makes a protector with fresh random keys that live only as long as the process: for tests,
    /// demos and in-memory hosts, never for data that must be read again after a restart.
    /// </summary>
    /// <returns>The protector.</returns>
    public static AesGcmFieldProtector CreateEphemeral()
    {
        var options = new FieldProtectionOptions { CurrentKeyId = "ephemeral", IndexKey = RandomNumberGenerator.GetBytes(KeySize) };
        options.Keys["ephemeral"] = RandomNumberGenerator.GetBytes(KeySize);
        return new AesGcmFieldProtector(options);
    }

    /// <inheritdoc/>
    public string Protect(string plaintext, string purpose)
    {
        Guard.Against.Null(plaintext);
        Guard.Against.NullOrWhiteSpace(purpose);
        var input = Encoding.UTF8.GetBytes(plaintext);
        var payload = new byte[NonceSize + input.Length + TagSize];
        var nonce = payload.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        var aes = Rent(_currentKeyId);
        try
        {
            aes.Encrypt(nonce, input, payload.AsSpan(NonceSize, input.Length), payload.AsSpan(NonceSize + input.Length), AssociatedData(purpose));
        }
        finally
        {
            Return(_currentKeyId, aes);
        }

        CryptographicOperations.ZeroMemory(input);
        return string.Concat(Prefix, _currentKeyId, ".", ToBase64Url(payload));
    }

    /// <inheritdoc/>
    public string Unprotect(string protectedValue, string purpose)
    {
        Guard.Against.Null(protectedValue);
        Guard.Against.NullOrWhiteSpace(purpose);
        var (keyId, payload) = Split(protectedValue);
        if (!_keys.ContainsKey(keyId))
        {
            throw ValidationException.Of(PrivacyErrorCodes.UnknownKey, nameof(protectedValue), keyId);
        }

        if (payload.Length < NonceSize + TagSize)
        {
            throw Damaged();
        }

        var length = payload.Length - NonceSize - TagSize;
        var output = new byte[length];
        try
        {
            var aes = Rent(keyId);
            try
            {
                aes.Decrypt(payload.AsSpan(0, NonceSize), payload.AsSpan(NonceSize, length), payload.AsSpan(NonceSize + length), output, AssociatedData(purpose));
            }
            finally
            {
                Return(keyId, aes);
            }

            return Encoding.UTF8.GetString(output);
        }
        catch (AuthenticationTagMismatchException)
        {
            throw Damaged();
        }
        finally
        {
            CryptographicOperations.ZeroMemory(output);
        }
    }

    /// <inheritdoc/>
    public string Index(string plaintext, string purpose)
    {
        Guard.Against.Null(plaintext);
        Guard.Against.NullOrWhiteSpace(purpose);

        // The purpose and a separator come first so that ("a", "bc") and ("ab", "c") never collide.
        var message = Encoding.UTF8.GetBytes(string.Concat(purpose, "\0", plaintext));
        try
        {
            return ToBase64Url(HMACSHA256.HashData(_indexKey, message));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(message);
        }
    }

    /// <inheritdoc/>
    public bool NeedsReprotection(string protectedValue)
    {
        Guard.Against.Null(protectedValue);
        return Split(protectedValue).KeyId != _currentKeyId;
    }

    // URL-safe base64 without padding keeps envelopes and tokens free of '+', '/' and '=' in CSV and SQL.
    private static string ToBase64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }

    private AesGcm Rent(string keyId) =>
        _ciphers.TryGetValue(keyId, out var pool) && pool.TryTake(out var aes) ? aes : new AesGcm(_keys[keyId], TagSize);

    private void Return(string keyId, AesGcm aes)
    {
        var pool = _ciphers.GetOrAdd(keyId, static _ => []);
        if (pool.Count < Environment.ProcessorCount * 2)
        {
            pool.Add(aes);
        }
        else
        {
            aes.Dispose();
        }
    }

    private static byte[] AssociatedData(string purpose) => Encoding.UTF8.GetBytes("fengqiao/" + purpose);

    private static (string KeyId, byte[] Payload) Split(string protectedValue)
    {
        if (!protectedValue.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw Damaged();
        }

        var dot = protectedValue.IndexOf('.', Prefix.Length);
        if (dot <= Prefix.Length)
        {
            throw Damaged();
        }

        try
        {
            return (protectedValue[Prefix.Length..dot], FromBase64Url(protectedValue[(dot + 1)..]));
        }
        catch (FormatException)
        {
            throw Damaged();
        }
    }

    private static ValidationException Damaged() => ValidationException.Of(PrivacyErrorCodes.EnvelopeInvalid, "protectedValue");

    private static ValidationException KeyInvalid(string detail) => ValidationException.Of(PrivacyErrorCodes.KeyInvalid, nameof(FieldProtectionOptions), detail);
}
