namespace Fengqiao.Services;

/// <summary>
/// The stable error codes of the services module (便民服务模块错误码). Codes never change meaning once published.
/// </summary>
public static class ServiceErrorCodes
{
    /// <summary>A request, work order or found item cannot take this step in its current status (for example completing a withdrawn request).</summary>
    public const string TransitionNotAllowed = "Services.TransitionNotAllowed";

    /// <summary>A required text, such as a service name or a rejection reason, is empty.</summary>
    public const string TextRequired = "Services.TextRequired";

    /// <summary>A service code is not a lower-case slug of letters, digits and hyphens (at most 64 characters).</summary>
    public const string CodeInvalid = "Services.CodeInvalid";

    /// <summary>A time limit is neither a positive number of working days nor a positive on-the-spot duration.</summary>
    public const string TimeLimitInvalid = "Services.TimeLimitInvalid";

    /// <summary>A catalog version is missing, out of order, or does not exist.</summary>
    public const string CatalogVersionInvalid = "Services.CatalogVersionInvalid";

    /// <summary>An applicant is neither a registered resident nor a named person with a mobile number.</summary>
    public const string ApplicantInvalid = "Services.ApplicantInvalid";

    /// <summary>A request attribute is missing, unknown, or has a value its datatype or value list does not allow.</summary>
    public const string AttributeInvalid = "Services.AttributeInvalid";

    /// <summary>A jurisdiction code has the wrong level here, such as a village where a grid is needed.</summary>
    public const string LevelMismatch = "Services.LevelMismatch";

    /// <summary>A date or instant is before the one it must follow, such as a completion before the submission.</summary>
    public const string OutOfOrder = "Services.OutOfOrder";

    /// <summary>A location is not a WGS-84 latitude/longitude pair.</summary>
    public const string LocationInvalid = "Services.LocationInvalid";

    /// <summary>An Open311 GeoReport v2 document breaks the specification's field rules.</summary>
    public const string Open311Invalid = "Services.Open311Invalid";

    /// <summary>A stored state record is not supported or inconsistent.</summary>
    public const string StateInvalid = "Services.StateInvalid";

    /// <summary>A work order is accepted or completed by a grid worker it was not dispatched to.</summary>
    public const string WorkerMismatch = "Services.WorkerMismatch";

    /// <summary>The service catalog seed is invalid.</summary>
    public const string SeedInvalid = "Services.SeedInvalid";

    /// <summary>A service code given for a request, such as a visit need's category, is not in the catalog.</summary>
    public const string ServiceUnknown = "Services.ServiceUnknown";
}
