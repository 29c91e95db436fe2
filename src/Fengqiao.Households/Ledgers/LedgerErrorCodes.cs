namespace Fengqiao.Households.Ledgers;

/// <summary>
/// The stable error codes of household ledger import (台账导入错误码). A code never changes meaning once
/// published; callers branch on it rather than on the message.
/// </summary>
public static class LedgerErrorCodes
{
    /// <summary>The file is neither valid UTF-8 nor valid GBK/GB18030 text (or is UTF-16, which is not read).</summary>
    public const string Encoding = "Ledger.Encoding";

    /// <summary>The file has no header row or no data rows.</summary>
    public const string EmptyFile = "Ledger.EmptyFile";

    /// <summary>The file could not be read as the format its name says (a damaged or mislabelled XLSX, say).</summary>
    public const string UnreadableFile = "Ledger.UnreadableFile";

    /// <summary>The header row lacks a required column, or names one column twice.</summary>
    public const string MissingColumn = "Ledger.MissingColumn";

    /// <summary>A row cannot be split into cells (an unclosed quote, text after a closing quote).</summary>
    public const string MalformedRow = "Ledger.MalformedRow";

    /// <summary>A required cell is empty.</summary>
    public const string MissingValue = "Ledger.MissingValue";

    /// <summary>A citizen ID is not a valid GB 11643 number.</summary>
    public const string InvalidId = "Ledger.InvalidId";

    /// <summary>A phone number is not a mainland mobile number.</summary>
    public const string InvalidPhone = "Ledger.InvalidPhone";

    /// <summary>A date is not a real date in one of the accepted forms, or an expiry is not after its registration.</summary>
    public const string InvalidDate = "Ledger.InvalidDate";

    /// <summary>A population type is neither registered (户籍) nor floating (流动).</summary>
    public const string InvalidPopulationType = "Ledger.InvalidPopulationType";

    /// <summary>A care tag is not in the catalogue of care tags.</summary>
    public const string UnknownCareTag = "Ledger.UnknownCareTag";

    /// <summary>A relation to the head is not one the household form knows (户主, 配偶, 子, 女, 父亲…).</summary>
    public const string InvalidRelation = "Ledger.InvalidRelation";

    /// <summary>A grid code is not a 15-digit grid code.</summary>
    public const string InvalidGrid = "Ledger.InvalidGrid";

    /// <summary>A grid code is well formed but no such grid exists on the import date.</summary>
    public const string UnknownGrid = "Ledger.UnknownGrid";

    /// <summary>The same citizen ID appears twice in one household, or the person is already on record.</summary>
    public const string DuplicateId = "Ledger.DuplicateId";

    /// <summary>One person appears in two households at once (in the file, or in the file and on record).</summary>
    public const string MemberInTwoHouseholds = "Ledger.MemberInTwoHouseholds";

    /// <summary>A household number appears in two separate blocks of the file, or is already on record.</summary>
    public const string DuplicateHousehold = "Ledger.DuplicateHousehold";

    /// <summary>A household has no head (户主), or more than one.</summary>
    public const string HeadOfHousehold = "Ledger.HeadOfHousehold";

    /// <summary>The rows of one household disagree on its grid, address or head's name.</summary>
    public const string InconsistentHousehold = "Ledger.InconsistentHousehold";

}
