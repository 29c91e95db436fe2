using System.Text.Json;
using Ardalis.GuardClauses;

namespace Fengqiao.Patrols.Inspections;

/// <summary>Reads inspection checklists from JSON (schema in <c>seeds/README.md</c>) and serves the embedded seed set.</summary>
public static class InspectionChecklists
{
    private const string Prefix = "Fengqiao.Patrols.Seeds/inspections/";
    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<IReadOnlyDictionary<string, InspectionChecklist>> EmbeddedSet = new(LoadEmbedded);

    /// <summary>Gets the checklists shipped in <c>seeds/inspections/</c>, by code.</summary>
    public static IReadOnlyDictionary<string, InspectionChecklist> Embedded => EmbeddedSet.Value;

    /// <summary>Gets an embedded checklist by code.</summary>
    /// <param name="code">The code, such as <c>courier-site</c>.</param>
    /// <returns>The checklist.</returns>
    /// <exception cref="Errors.ValidationException">No such checklist (<see cref="PatrolErrorCodes.ChecklistInvalid"/>).</exception>
    public static InspectionChecklist Get(string code) =>
        Embedded.TryGetValue(Guard.Against.Null(code), out var checklist)
            ? checklist
            : throw PatrolMessages.Invalid(PatrolErrorCodes.ChecklistInvalid, nameof(code), code, "unknown");

    /// <summary>Parses one checklist.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The checklist.</returns>
    /// <exception cref="Errors.ValidationException">The text is not a valid checklist (<see cref="PatrolErrorCodes.ChecklistInvalid"/>).</exception>
    public static InspectionChecklist Parse(string json)
    {
        Guard.Against.Null(json);
        Dto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<Dto>(json, ReadOptions);
        }
        catch (JsonException exception)
        {
            throw new Errors.ValidationException(PatrolErrorCodes.ChecklistInvalid, "json", PatrolMessages.Format(PatrolErrorCodes.ChecklistInvalid, "?", "not JSON"), exception);
        }

        if (dto is null || string.IsNullOrWhiteSpace(dto.Code) || string.IsNullOrWhiteSpace(dto.PremisesKind) || dto.Items is not { Count: > 0 })
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.ChecklistInvalid, "json", dto?.Code ?? "?", "code, premisesKind and items are required");
        }

        var items = new List<ChecklistItem>();
        foreach (var item in dto.Items)
        {
            if (string.IsNullOrWhiteSpace(item.Code) || item.RectificationWorkingDays is < 1 or > 365 || items.Any(i => i.Code == item.Code))
            {
                throw PatrolMessages.Invalid(PatrolErrorCodes.ChecklistInvalid, "items", dto.Code, "an item lacks a unique code or 1 to 365 rectification working days");
            }

            items.Add(new ChecklistItem(item.Code, Title(item.Title, "zh-CN", item.Code), Title(item.Title, "en", item.Code), item.RectificationWorkingDays));
        }

        return new InspectionChecklist(dto.Code, dto.PremisesKind, Title(dto.Title, "zh-CN", dto.Code), Title(dto.Title, "en", dto.Code), items);
    }

    private static string Title(Dictionary<string, string>? titles, string language, string fallback) =>
        titles is not null && titles.TryGetValue(language, out var text) && !string.IsNullOrWhiteSpace(text) ? text : fallback;

    private static Dictionary<string, InspectionChecklist> LoadEmbedded()
    {
        var assembly = typeof(InspectionChecklists).Assembly;
        var set = new Dictionary<string, InspectionChecklist>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var checklist = Parse(reader.ReadToEnd());
            set[checklist.Code] = checklist;
        }

        return set;
    }

    private sealed class Dto
    {
        public string Code { get; set; } = string.Empty;

        public string PremisesKind { get; set; } = string.Empty;

        public Dictionary<string, string>? Title { get; set; }

        public List<ItemDto>? Items { get; set; }
    }

    private sealed class ItemDto
    {
        public string Code { get; set; } = string.Empty;

        public Dictionary<string, string>? Title { get; set; }

        public int RectificationWorkingDays { get; set; }
    }
}
