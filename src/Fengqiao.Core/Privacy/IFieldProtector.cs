namespace Fengqiao.Privacy;

/// <summary>
/// Protects personal fields at rest (敏感字段加密存储): citizen ID numbers and phone numbers are
/// written to storage encrypted, and found again through a keyed hash (a "blind index") rather than
/// through their plaintext. Stores call it; hosts choose the implementation and hold the keys.
/// </summary>
/// <remarks>
/// The <c>purpose</c> names the field (such as <see cref="FieldPurposes.CitizenId"/>). It is bound into the
/// ciphertext as associated data, so a value protected for one field cannot be pasted into another, and
/// it separates the index spaces, so equal values in different fields do not share an index.
/// </remarks>
public interface IFieldProtector
{
    /// <summary>Encrypts a value with the current key.</summary>
    /// <param name="plaintext">The value, such as an 18-character citizen ID.</param>
    /// <param name="purpose">The field the value belongs to.</param>
    /// <returns>An opaque text envelope naming the key it was made with; never contains the plaintext.</returns>
    string Protect(string plaintext, string purpose);

    /// <summary>Decrypts a value made by <see cref="Protect"/>, with whichever known key made it.</summary>
    /// <param name="protectedValue">The envelope.</param>
    /// <param name="purpose">The field it was protected for.</param>
    /// <returns>The plaintext.</returns>
    /// <exception cref="Errors.ValidationException">The envelope is damaged, was made for another purpose, or names an unknown key (<see cref="PrivacyErrorCodes"/>).</exception>
    string Unprotect(string protectedValue, string purpose);

    /// <summary>Computes the keyed hash to store beside the envelope and to look the value up by.</summary>
    /// <param name="plaintext">The value, normalised the same way on write and on lookup.</param>
    /// <param name="purpose">The field the value belongs to.</param>
    /// <returns>A fixed-length text token; equal inputs give equal tokens, and the token reveals nothing without the index key.</returns>
    string Index(string plaintext, string purpose);

    /// <summary>Tells whether an envelope was made with a key other than the current one, so a rotation job re-protects it.</summary>
    /// <param name="protectedValue">The envelope.</param>
    /// <returns>Whether to re-protect.</returns>
    bool NeedsReprotection(string protectedValue);
}
