using Ardalis.GuardClauses;

namespace Fengqiao.Privacy;

/// <summary>
/// The keys of <see cref="AesGcmFieldProtector"/>. Keep them outside the database (a key vault, a
/// file readable only by the service account, an environment variable): a dump of the database
/// alone then reveals no ID or phone number.
/// </summary>
/// <remarks>
/// Rotation: add a new key under a new id, make it <see cref="CurrentKeyId"/>, re-protect the stored values
/// whose <see cref="IFieldProtector.NeedsReprotection"/> is true, and only then remove the old key.
/// The <see cref="IndexKey"/> is not rotated this way: changing it changes every index token, so it means
/// re-indexing every row (docs/privacy.md).
/// </remarks>
public sealed class FieldProtectionOptions
{
    /// <summary>Gets the encryption keys by key id: 32 bytes each (AES-256). Ids are short ASCII names such as <c>2026a</c>.</summary>
    public IDictionary<string, byte[]> Keys { get; } = new Dictionary<string, byte[]>(StringComparer.Ordinal);

    /// <summary>Gets or sets the id of the key new values are protected with.</summary>
    public string? CurrentKeyId { get; set; }

    /// <summary>Gets or sets the key of the keyed-hash index (HMAC-SHA256), at least 32 bytes, distinct from every encryption key.</summary>
    public byte[]? IndexKey { get; set; }

    /// <summary>Adds a key given as base64 text, as read from configuration, and makes it current.</summary>
    /// <param name="keyId">The key id.</param>
    /// <param name="base64Key">The 32-byte key in base64.</param>
    /// <returns>These options.</returns>
    public FieldProtectionOptions AddKey(string keyId, string base64Key)
    {
        Guard.Against.NullOrWhiteSpace(keyId);
        Guard.Against.NullOrWhiteSpace(base64Key);
        Keys[keyId] = Convert.FromBase64String(base64Key);
        CurrentKeyId = keyId;
        return this;
    }
}
