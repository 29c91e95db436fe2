using Ardalis.GuardClauses;
using Fengqiao.Identity;
using Fengqiao.Privacy;

namespace Fengqiao.Services.Storage;

/// <summary>
/// A state ready for a disk backend (加密后的状态): the state without personal data, the personal part
/// encrypted with the host's <see cref="IFieldProtector"/>, and the keyed-hash indexes of the mobile and ID numbers.
/// </summary>
/// <typeparam name="TState">The state record.</typeparam>
/// <param name="Stripped">The state without personal data, kept in plain text.</param>
/// <param name="Envelope">The encrypted personal part (purpose <see cref="FieldPurposes.ContactText"/>), or null.</param>
/// <param name="PhoneIndex">The index of the mobile number (purpose <see cref="FieldPurposes.MobileNumber"/>), or null.</param>
/// <param name="CitizenIdIndex">The index of the citizen ID (purpose <see cref="FieldPurposes.CitizenId"/>), or null.</param>
public sealed record ProtectedServiceState<TState>(TState Stripped, string? Envelope, string? PhoneIndex, string? CitizenIdIndex)
    where TState : class;

/// <summary>Encrypts and indexes the personal part of the module's states for disk backends (个人信息加密与索引).</summary>
public static class ServiceFieldProtection
{
    /// <summary>Encrypts the personal part of a split state.</summary>
    /// <typeparam name="TState">The state record.</typeparam>
    /// <param name="split">The split state.</param>
    /// <param name="protector">The host's field protector.</param>
    /// <returns>The protected state.</returns>
    public static ProtectedServiceState<TState> Protect<TState>(ServicePersonalSplit<TState> split, IFieldProtector protector)
        where TState : class
    {
        Guard.Against.Null(split);
        Guard.Against.Null(protector);
        return new ProtectedServiceState<TState>(
            split.Stripped,
            split.PersonalJson is { } json ? protector.Protect(json, FieldPurposes.ContactText) : null,
            split.Phone is { } phone ? PhoneIndexOf(phone, protector) : null,
            split.CitizenId is { } id ? CitizenIdIndexOf(id, protector) : null);
    }

    /// <summary>Decrypts a personal part.</summary>
    /// <param name="envelope">The envelope, or null.</param>
    /// <param name="protector">The host's field protector.</param>
    /// <returns>The personal JSON, or null.</returns>
    public static string? Unprotect(string? envelope, IFieldProtector protector)
    {
        Guard.Against.Null(protector);
        return envelope is null ? null : protector.Unprotect(envelope, FieldPurposes.ContactText);
    }

    /// <summary>Gets the index token of a mobile number, to look records up by it.</summary>
    /// <param name="phone">The number.</param>
    /// <param name="protector">The host's field protector.</param>
    /// <returns>The token.</returns>
    public static string PhoneIndexOf(MobileNumber phone, IFieldProtector protector)
    {
        Guard.Against.Null(protector);
        return protector.Index(phone.RevealUnmasked(), FieldPurposes.MobileNumber);
    }

    /// <summary>Gets the index token of a citizen ID, to look records up by it.</summary>
    /// <param name="id">The ID.</param>
    /// <param name="protector">The host's field protector.</param>
    /// <returns>The token.</returns>
    public static string CitizenIdIndexOf(CitizenId id, IFieldProtector protector)
    {
        Guard.Against.Null(protector);
        return protector.Index(id.RevealUnmasked(), FieldPurposes.CitizenId);
    }
}
