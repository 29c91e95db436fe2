using System.Globalization;
using NodaTime.Text;

namespace Fengqiao.Services.Catalog;

/// <summary>
/// A typed request attribute (申请要素) in the Open311 GeoReport v2 manner: what the applicant must or
/// may state when asking for the service.
/// </summary>
/// <param name="Code">The attribute's code, unique within the service.</param>
/// <param name="Datatype">The datatype.</param>
/// <param name="Required">Whether a request must give it.</param>
/// <param name="Order">The display order (1, 2, …).</param>
/// <param name="Description">The question shown.</param>
/// <param name="Variable">Whether the applicant answers it (false: an informational text only).</param>
/// <param name="Values">The allowed values of a list attribute; empty otherwise.</param>
public sealed record AttributeDefinition(
    string Code,
    AttributeDatatype Datatype,
    bool Required,
    int Order,
    LocalizedText Description,
    bool Variable,
    IReadOnlyList<AttributeValue> Values)
{
    /// <summary>Checks one answer against the datatype and value list.</summary>
    /// <param name="value">The answer as text (list keys comma-separated).</param>
    /// <returns>null when valid, otherwise why not (no personal data).</returns>
    public string? Check(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (Datatype)
        {
            case AttributeDatatype.Number:
                return decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _) ? null : "not a number";
            case AttributeDatatype.Datetime:
                return OffsetDateTimePattern.ExtendedIso.Parse(value).Success || LocalDatePattern.Iso.Parse(value).Success ? null : "not an ISO 8601 date/time";
            case AttributeDatatype.SingleValueList:
                return Values.Any(v => v.Key == value) ? null : "not one of the listed values";
            case AttributeDatatype.MultiValueList:
                return value.Split(',').All(k => Values.Any(v => v.Key == k)) ? null : "not a list of the listed values";
            default:
                return string.IsNullOrWhiteSpace(value) && Required ? "empty" : null;
        }
    }

    internal void Validate(string field)
    {
        if (!ServiceCodes.IsValid(Code))
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.AttributeInvalid, field, Code, "code");
        }

        Description.Validate(field + ".description");
        var isList = Datatype is AttributeDatatype.SingleValueList or AttributeDatatype.MultiValueList;
        if (isList != (Values.Count > 0) || Values.Select(v => v.Key).Distinct(StringComparer.Ordinal).Count() != Values.Count)
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.AttributeInvalid, field, Code, "value list");
        }
    }
}
