namespace Fengqiao.Errors;

/// <summary>Error codes of citizen ID numbers and mobile numbers (see <c>docs/identity.md</c>).</summary>
public static partial class ErrorCodes
{
    /// <summary>No citizen ID number was given: the text is null, empty or only whitespace.</summary>
    public const string CitizenIdEmpty = "CitizenId.Empty";

    /// <summary>The citizen ID number does not have 18 characters (and is not a 15-digit first-generation number).</summary>
    public const string CitizenIdLength = "CitizenId.Length";

    /// <summary>
    /// The text is a 15-digit first-generation number (一代身份证号码); convert it with
    /// <see cref="Identity.CitizenId.FromFirstGeneration(string)"/>.
    /// </summary>
    public const string CitizenIdFirstGeneration = "CitizenId.FirstGeneration";

    /// <summary>The citizen ID number holds full-width characters (全角字符): the input method is in full-width mode.</summary>
    public const string CitizenIdFullWidthCharacter = "CitizenId.FullWidthCharacter";

    /// <summary>The citizen ID number holds a character other than an ASCII digit, or an X anywhere but last.</summary>
    public const string CitizenIdInvalidCharacter = "CitizenId.InvalidCharacter";

    /// <summary>The address code (地址码) cannot be a division code: its province part is below 11.</summary>
    public const string CitizenIdAddressCode = "CitizenId.AddressCode";

    /// <summary>The birth date code (出生日期码) is not a real date, or lies before 1800.</summary>
    public const string CitizenIdBirthDate = "CitizenId.BirthDate";

    /// <summary>The check character (校验码) does not match ISO 7064 MOD 11-2: a character was mistyped or two were swapped.</summary>
    public const string CitizenIdCheckCharacter = "CitizenId.CheckCharacter";

    /// <summary>No mobile number was given: the text is null, empty or only whitespace.</summary>
    public const string MobileNumberEmpty = "MobileNumber.Empty";

    /// <summary>The mobile number holds full-width characters (全角字符).</summary>
    public const string MobileNumberFullWidthCharacter = "MobileNumber.FullWidthCharacter";

    /// <summary>The mobile number holds a character other than ASCII digits, spaces, hyphens and a leading <c>+86</c>.</summary>
    public const string MobileNumberInvalidCharacter = "MobileNumber.InvalidCharacter";

    /// <summary>The mobile number, without its country prefix, does not have 11 digits.</summary>
    public const string MobileNumberLength = "MobileNumber.Length";

    /// <summary>The mobile number does not start with 1 followed by 3 to 9, as mainland mobile numbers do.</summary>
    public const string MobileNumberPrefix = "MobileNumber.Prefix";
}
