namespace Fengqiao.Households;

/// <summary>
/// The stable error codes of the households module (户籍与实有人口模块错误码). Codes never change
/// meaning once published. Messages name fields and codes, never an ID number, phone or name.
/// </summary>
public static class HouseholdErrorCodes
{
    /// <summary>A required text, such as a name or an address, is empty.</summary>
    public const string TextRequired = "Households.TextRequired";

    /// <summary>A citizen ID is already on record for another resident (身份证号重复).</summary>
    public const string DuplicateCitizenId = "Households.DuplicateCitizenId";

    /// <summary>A resident is already a member of another household in an overlapping period (一人多户).</summary>
    public const string MemberOfAnotherHousehold = "Households.MemberOfAnotherHousehold";

    /// <summary>A grid code names no grid that applies on the date (未知网格).</summary>
    public const string UnknownGrid = "Households.UnknownGrid";

    /// <summary>A code of the wrong level was given, such as a village code where a grid code is needed.</summary>
    public const string GridCodeRequired = "Households.GridCodeRequired";

    /// <summary>A household has no head, or more than one head at a time.</summary>
    public const string HeadInvalid = "Households.HeadInvalid";

    /// <summary>A resident is not a member of the household on the date.</summary>
    public const string NotAMember = "Households.NotAMember";

    /// <summary>A resident is already a member of this household.</summary>
    public const string AlreadyAMember = "Households.AlreadyAMember";

    /// <summary>A change is dated before the start of the record it would change.</summary>
    public const string ChangeOutOfOrder = "Households.ChangeOutOfOrder";

    /// <summary>A floating-population registration is inconsistent (expiry on or before registration, or on a registered resident).</summary>
    public const string FloatingRegistrationInvalid = "Households.FloatingRegistrationInvalid";

    /// <summary>A resident who moved out or died takes no further changes.</summary>
    public const string ResidentInactive = "Households.ResidentInactive";

    /// <summary>A care tag or key-person category code is not in the catalogue.</summary>
    public const string UnknownTag = "Households.UnknownTag";

    /// <summary>A tag or designation is already open for the resident.</summary>
    public const string TagAlreadyOpen = "Households.TagAlreadyOpen";

    /// <summary>No open tag or designation of that code exists to end.</summary>
    public const string TagNotOpen = "Households.TagNotOpen";

    /// <summary>A quantity, count or number of days is negative or zero where it must be positive.</summary>
    public const string NumberOutOfRange = "Households.NumberOutOfRange";

    /// <summary>A visit's need or follow-up action does not exist.</summary>
    public const string VisitItemNotFound = "Households.VisitItemNotFound";

    /// <summary>A follow-up action is already closed, or a need already referred.</summary>
    public const string VisitItemClosed = "Households.VisitItemClosed";

    /// <summary>No referral handler is registered for the requested kind.</summary>
    public const string ReferralUnavailable = "Households.ReferralUnavailable";

    /// <summary>A state record has a schema version this library cannot read.</summary>
    public const string StateSchemaUnsupported = "Households.StateSchemaUnsupported";

    /// <summary>A seed file is missing, malformed or inconsistent.</summary>
    public const string SeedInvalid = "Households.SeedInvalid";
}
