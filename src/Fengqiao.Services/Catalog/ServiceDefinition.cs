using NodaTime;

namespace Fengqiao.Services.Catalog;

/// <summary>
/// One version of a catalog entry (事项版本): everything a window clerk, a citizen or an Open311 client
/// needs to know about the service from <paramref name="ValidFrom"/> on. A request keeps the version it
/// was made under, so revising the catalog never changes the time limit of a request already running.
/// </summary>
/// <param name="Version">The version number, 1 for the first.</param>
/// <param name="ValidFrom">The first day this version applies.</param>
/// <param name="Name">The service's name.</param>
/// <param name="Group">The group.</param>
/// <param name="Description">A description.</param>
/// <param name="Materials">The materials an applicant brings (申请材料), in order.</param>
/// <param name="Eligibility">Who may apply and where (办理条件), if restricted.</param>
/// <param name="Channels">Where the service can be asked for.</param>
/// <param name="TimeLimit">The time limit (办理时限).</param>
/// <param name="Fees">The fees and free items.</param>
/// <param name="Attributes">The typed request attributes, ordered by <see cref="AttributeDefinition.Order"/>.</param>
/// <param name="Keywords">Search keywords (Open311 <c>keywords</c>).</param>
public sealed record ServiceDefinition(
    int Version,
    LocalDate ValidFrom,
    LocalizedText Name,
    ServiceGroup Group,
    LocalizedText? Description,
    IReadOnlyList<LocalizedText> Materials,
    LocalizedText? Eligibility,
    ServiceChannels Channels,
    ServiceTimeLimit TimeLimit,
    IReadOnlyList<ServiceFee> Fees,
    IReadOnlyList<AttributeDefinition> Attributes,
    IReadOnlyList<string> Keywords)
{
    /// <summary>Gets the attribute with a code.</summary>
    /// <param name="code">The attribute code.</param>
    /// <returns>The attribute, or null.</returns>
    public AttributeDefinition? FindAttribute(string code) => Attributes.FirstOrDefault(a => string.Equals(a.Code, code, StringComparison.Ordinal));

    /// <summary>Checks a request's answers: every required attribute given, no unknown attribute, each value allowed.</summary>
    /// <param name="values">The answers by attribute code.</param>
    /// <exception cref="Errors.ValidationException">An answer is missing or invalid (<see cref="ServiceErrorCodes.AttributeInvalid"/>).</exception>
    public void CheckAttributes(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var attribute in Attributes.Where(a => a.Required && a.Variable))
        {
            if (!values.TryGetValue(attribute.Code, out var given) || string.IsNullOrWhiteSpace(given))
            {
                throw ServiceMessages.Invalid(ServiceErrorCodes.AttributeInvalid, "attribute[" + attribute.Code + "]", attribute.Code, "required");
            }
        }

        foreach (var (code, value) in values)
        {
            var attribute = FindAttribute(code) ?? throw ServiceMessages.Invalid(ServiceErrorCodes.AttributeInvalid, "attribute[" + code + "]", code, "unknown");
            if (attribute.Check(value) is { } problem)
            {
                throw ServiceMessages.Invalid(ServiceErrorCodes.AttributeInvalid, "attribute[" + code + "]", code, problem);
            }
        }
    }

    internal ServiceDefinition Validate()
    {
        Name.Validate("name");
        Description?.Validate("description");
        Eligibility?.Validate("eligibility");
        ArgumentNullException.ThrowIfNull(Materials);
        ArgumentNullException.ThrowIfNull(Fees);
        ArgumentNullException.ThrowIfNull(Attributes);
        ArgumentNullException.ThrowIfNull(Keywords);
        for (var i = 0; i < Materials.Count; i++)
        {
            Materials[i].Validate($"materials[{i}]");
        }

        TimeLimit.Validate();
        if (Channels == ServiceChannels.None || !Enum.IsDefined(Group))
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.TextRequired, "channels", "channels/group");
        }

        for (var i = 0; i < Attributes.Count; i++)
        {
            Attributes[i].Validate($"attributes[{i}]");
        }

        if (Attributes.Select(a => a.Code).Distinct(StringComparer.Ordinal).Count() != Attributes.Count)
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.AttributeInvalid, "attributes", "*", "duplicate code");
        }

        return this with { Attributes = [.. Attributes.OrderBy(a => a.Order).ThenBy(a => a.Code, StringComparer.Ordinal)] };
    }
}
