namespace Fengqiao.Households;

/// <summary>Checks shared by the module's aggregates.</summary>
internal static class HouseholdsText
{
    /// <summary>Trims a required text; refuses an empty one with <see cref="HouseholdErrorCodes.TextRequired"/>.</summary>
    public static string Require(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? throw HouseholdMessages.Invalid(HouseholdErrorCodes.TextRequired, field, field) : text.Trim();

    /// <summary>Trims an optional text; an empty one becomes <see langword="null"/>.</summary>
    public static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Refuses a code that is not a 15-digit grid code.</summary>
    public static Fengqiao.Jurisdictions.JurisdictionCode RequireGrid(Fengqiao.Jurisdictions.JurisdictionCode code, string field) =>
        code.Level == Fengqiao.Jurisdictions.JurisdictionLevel.Grid ? code : throw HouseholdMessages.Invalid(HouseholdErrorCodes.GridCodeRequired, field, code.IsEmpty ? string.Empty : code.ToString());

    /// <summary>Refuses a state record written by a newer library.</summary>
    public static void CheckSchema(int schemaVersion, int current, string kind)
    {
        if (schemaVersion < 1 || schemaVersion > current)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.StateSchemaUnsupported, "schemaVersion", kind, schemaVersion, current);
        }
    }
}
