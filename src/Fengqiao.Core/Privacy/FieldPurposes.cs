namespace Fengqiao.Privacy;

/// <summary>The purposes (field names) the library protects values under; see <see cref="IFieldProtector"/>.</summary>
public static class FieldPurposes
{
    /// <summary>A citizen ID number (公民身份号码).</summary>
    public const string CitizenId = "citizen-id";

    /// <summary>A mobile phone number (手机号码).</summary>
    public const string MobileNumber = "mobile";

    /// <summary>A person's name where the name itself is sensitive, such as a key person's.</summary>
    public const string PersonName = "person-name";

    /// <summary>Free text that may hold personal details, such as a caller's landline.</summary>
    public const string ContactText = "contact";
}
