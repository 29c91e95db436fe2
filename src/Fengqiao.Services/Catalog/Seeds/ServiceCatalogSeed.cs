using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Fengqiao.Grids;
using Fengqiao.Jurisdictions;
using NodaTime;
using NodaTime.Text;

namespace Fengqiao.Services.Catalog.Seeds;

/// <summary>
/// The service catalog seed (便民服务目录种子): the services of <c>seeds/services/catalog.json</c>
/// (schema <c>seeds/services/catalog.schema.json</c>), embedded in this assembly.
/// </summary>
public sealed class ServiceCatalogSeed
{
    private const string EmbeddedName = "Fengqiao.Services.Seeds/services/catalog.json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private ServiceCatalogSeed(JurisdictionCode publisher, IReadOnlyList<(string Code, ServiceDefinition Definition)> services)
    {
        Publisher = publisher;
        Definitions = services;
    }

    /// <summary>Gets the publisher the file names.</summary>
    public JurisdictionCode Publisher { get; }

    /// <summary>Gets the services' codes and first versions, in file order.</summary>
    public IReadOnlyList<(string Code, ServiceDefinition Definition)> Definitions { get; }

    /// <summary>Loads the embedded seed.</summary>
    /// <returns>The seed.</returns>
    public static ServiceCatalogSeed LoadEmbedded()
    {
        using var stream = typeof(ServiceCatalogSeed).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new InvalidOperationException("The embedded service catalog is missing.");
        return Load(stream, "embedded:services/catalog.json");
    }

    /// <summary>Loads a seed from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream, read to its end and left open.</param>
    /// <param name="sourceName">A name for error messages.</param>
    /// <returns>The seed.</returns>
    /// <exception cref="Errors.ValidationException">The file is invalid (<see cref="ServiceErrorCodes.SeedInvalid"/> or a catalog error code).</exception>
    public static ServiceCatalogSeed Load(Stream utf8Json, string sourceName)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.NullOrWhiteSpace(sourceName);
        CatalogFile file;
        try
        {
            file = JsonSerializer.Deserialize<CatalogFile>(utf8Json, Json) ?? throw new JsonException("null");
        }
        catch (JsonException exception)
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.SeedInvalid, sourceName, sourceName, exception.Message);
        }

        if (file.FormatVersion != 1 || !JurisdictionCode.TryParse(file.Publisher, out var publisher) || file.Services is null)
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.SeedInvalid, sourceName, sourceName, "formatVersion 1, publisher and services are required");
        }

        var services = file.Services.Select((s, i) => (ServiceCodes.Require(s.Code, $"services[{i}].code"), ToDefinition(s, sourceName, i))).ToList();
        var duplicate = services.GroupBy(s => s.Item1, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.SeedInvalid, sourceName, sourceName, "duplicate code " + duplicate.Key);
        }

        return new ServiceCatalogSeed(publisher, services);
    }

    /// <summary>Builds the catalog services.</summary>
    /// <param name="stamp">Who registers them and when.</param>
    /// <param name="publisher">The publishing jurisdiction; the file's when null (a bureau elsewhere loads the same services as its own).</param>
    /// <returns>The services, not yet saved.</returns>
    public IReadOnlyList<ConvenienceService> Build(ChangeStamp stamp, JurisdictionCode? publisher = null) =>
        [.. Definitions.Select(d => ConvenienceService.Register(d.Code, publisher ?? Publisher, d.Definition, stamp))];

    private static ServiceDefinition ToDefinition(ServiceEntry s, string source, int index)
    {
        string Where(string field) => $"services[{index}].{field}";
        var validFrom = LocalDatePattern.Iso.Parse(s.ValidFrom ?? string.Empty);
        if (!validFrom.Success || s.Name is null || s.TimeLimit is null || s.Channels is not { Count: > 0 })
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.SeedInvalid, Where("validFrom"), source, Where("validFrom/name/timeLimit/channels"));
        }

        var channels = ServiceChannels.None;
        foreach (var channel in s.Channels)
        {
            channels |= Enum.TryParse<ServiceChannels>(channel, ignoreCase: true, out var c) && c != ServiceChannels.None
                ? c
                : throw ServiceMessages.Invalid(ServiceErrorCodes.SeedInvalid, Where("channels"), source, "unknown channel " + channel);
        }

        var group = Enum.TryParse<ServiceGroup>(s.Group, ignoreCase: true, out var g)
            ? g
            : throw ServiceMessages.Invalid(ServiceErrorCodes.SeedInvalid, Where("group"), source, "unknown group " + s.Group);
        var limit = s.TimeLimit switch
        {
            { WorkingDays: { } days } => ServiceTimeLimit.Days(days),
            { Minutes: { } minutes } => ServiceTimeLimit.Immediate(Duration.FromMinutes(minutes)),
            { Hours: { } hours } => ServiceTimeLimit.Immediate(Duration.FromHours(hours)),
            _ => throw ServiceMessages.Invalid(ServiceErrorCodes.SeedInvalid, Where("timeLimit"), source, "workingDays, minutes or hours"),
        };
        var attributes = (s.Attributes ?? []).Select(a => new AttributeDefinition(
            a.Code ?? string.Empty,
            AttributeDatatypeNames.TryParse(a.Datatype, out var dt) ? dt : throw ServiceMessages.Invalid(ServiceErrorCodes.SeedInvalid, Where("attributes"), source, "unknown datatype " + a.Datatype),
            a.Required,
            a.Order,
            Text(a.Description) ?? throw ServiceMessages.Invalid(ServiceErrorCodes.SeedInvalid, Where("attributes"), source, "description"),
            a.Variable ?? true,
            [.. (a.Values ?? []).Select(v => new AttributeValue(v.Key ?? string.Empty, v.Name ?? string.Empty))])).ToList();
        return new ServiceDefinition(
            1,
            validFrom.Value,
            Text(s.Name)!,
            group,
            Text(s.Description),
            [.. (s.Materials ?? []).Select(m => Text(m)!)],
            Text(s.Eligibility),
            channels,
            limit,
            [.. (s.Fees ?? []).Select(f => new ServiceFee(Text(f.Item)!, f.AmountYuan, Text(f.Note)))],
            attributes,
            s.Keywords ?? []);
    }

    private static LocalizedText? Text(TextEntry? text) => text is null ? null : new LocalizedText(text.ZhCn ?? string.Empty, text.En ?? string.Empty);

    private sealed record CatalogFile(int FormatVersion, string? Publisher, List<ServiceEntry>? Services);

    private sealed record ServiceEntry(
        string? Code,
        string? ValidFrom,
        TextEntry? Name,
        string? Group,
        TextEntry? Description,
        List<TextEntry>? Materials,
        TextEntry? Eligibility,
        List<string>? Channels,
        LimitEntry? TimeLimit,
        List<FeeEntry>? Fees,
        List<AttributeEntry>? Attributes,
        List<string>? Keywords);

    private sealed record TextEntry([property: JsonPropertyName("zh-CN")] string? ZhCn, string? En);

    private sealed record LimitEntry(int? WorkingDays, int? Minutes, int? Hours);

    private sealed record FeeEntry(TextEntry? Item, decimal AmountYuan, TextEntry? Note);

    private sealed record AttributeEntry(string? Code, string? Datatype, bool Required, int Order, TextEntry? Description, bool? Variable, List<ValueEntry>? Values);

    private sealed record ValueEntry(string? Key, string? Name);
}
