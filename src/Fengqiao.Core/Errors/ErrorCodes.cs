namespace Fengqiao.Errors;

/// <summary>
/// The kernel's stable error codes (错误码). Codes never change meaning once published; each
/// feature keeps its codes in its own part of this class.
/// </summary>
public static partial class ErrorCodes
{
    /// <summary>A write was based on a stale aggregate version.</summary>
    public const string ConcurrencyConflict = "Storage.ConcurrencyConflict";

    /// <summary>The record does not exist or lies outside the access scope.</summary>
    public const string NotFound = "Storage.NotFound";

    /// <summary>The storage backend could not be reached or failed after its retries.</summary>
    public const string StorageUnavailable = "Storage.Unavailable";

    /// <summary>The storage backend does not provide the requested store contract.</summary>
    public const string StoreNotSupported = "Storage.StoreNotSupported";

    /// <summary>The database schema is newer than this version of the library understands.</summary>
    public const string SchemaTooNew = "Storage.SchemaTooNew";

    /// <summary>A session was used after it was disposed, or committed twice concurrently.</summary>
    public const string SessionClosed = "Storage.SessionClosed";

    /// <summary>A jurisdiction code is not 6, 9, 12 or 15 ASCII digits of a valid layout.</summary>
    public const string JurisdictionCodeInvalid = "Jurisdiction.InvalidCode";

    /// <summary>A record lies outside the caller's access scope and may not be written there.</summary>
    public const string OutsideScope = "Access.OutsideScope";

    /// <summary>The caller lacks the permission the operation needs.</summary>
    public const string PermissionDenied = "Access.PermissionDenied";

    /// <summary>Reading sensitive personal information needs a stated purpose.</summary>
    public const string PurposeRequired = "Access.PurposeRequired";

    /// <summary>Options given to the library are invalid.</summary>
    public const string OptionsInvalid = "Options.Invalid";
}
