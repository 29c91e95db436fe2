using System.Collections.Frozen;
using System.Text.Json;
using Ardalis.GuardClauses;

namespace Fengqiao.Households.Tags;

/// <summary>
/// The data-driven lists of care tags and key-person categories (关爱对象与重点人员类别目录), read from
/// <c>seeds/households/care-tags.json</c> and <c>key-person-categories.json</c> (embedded in the assembly)
/// or from a host's own files with the same layout.
/// </summary>
public sealed class TagCatalog
{
    private static readonly Lazy<TagCatalog> EmbeddedCatalog = new(LoadEmbedded);
    private readonly FrozenDictionary<string, CareTag> _careTags;
    private readonly FrozenDictionary<string, KeyPersonCategory> _categories;

    /// <summary>Creates a catalogue from lists.</summary>
    /// <param name="careTags">The care tags.</param>
    /// <param name="keyPersonCategories">The key-person categories.</param>
    public TagCatalog(IEnumerable<CareTag> careTags, IEnumerable<KeyPersonCategory> keyPersonCategories)
    {
        Guard.Against.Null(careTags);
        Guard.Against.Null(keyPersonCategories);
        CareTags = [.. careTags];
        KeyPersonCategories = [.. keyPersonCategories];
        if (CareTags.Concat<object>(KeyPersonCategories).Any(t => t is CareTag { Code: var c } && string.IsNullOrWhiteSpace(c) || t is KeyPersonCategory { Code: var k } && string.IsNullOrWhiteSpace(k)))
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.SeedInvalid, "code", "tags", "a code is empty");
        }

        if (CareTags.DistinctBy(t => t.Code).Count() != CareTags.Count || KeyPersonCategories.DistinctBy(t => t.Code).Count() != KeyPersonCategories.Count)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.SeedInvalid, "code", "tags", "a code is repeated");
        }

        _careTags = CareTags.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);
        _categories = KeyPersonCategories.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);
    }

    /// <summary>Gets the catalogue shipped in <c>seeds/households/</c>.</summary>
    public static TagCatalog Embedded => EmbeddedCatalog.Value;

    /// <summary>Gets the care tags in file order.</summary>
    public IReadOnlyList<CareTag> CareTags { get; }

    /// <summary>Gets the key-person categories in file order.</summary>
    public IReadOnlyList<KeyPersonCategory> KeyPersonCategories { get; }

    /// <summary>Reads a catalogue from the two JSON files' contents.</summary>
    /// <param name="careTagsJson">The care-tag file.</param>
    /// <param name="keyPersonCategoriesJson">The key-person category file.</param>
    /// <returns>The catalogue.</returns>
    public static TagCatalog Parse(string careTagsJson, string keyPersonCategoriesJson)
    {
        Guard.Against.Null(careTagsJson);
        Guard.Against.Null(keyPersonCategoriesJson);
        try
        {
            var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
            var tags = JsonSerializer.Deserialize<CareTagFile>(careTagsJson, options)?.Tags ?? throw new JsonException("no tags");
            var categories = JsonSerializer.Deserialize<CategoryFile>(keyPersonCategoriesJson, options)?.Categories ?? throw new JsonException("no categories");
            return new TagCatalog(
                tags.Select(t => new CareTag(t.Code, t.Zh, t.En, string.Equals(t.Sensitivity, "health", StringComparison.Ordinal) ? TagSensitivity.Health : TagSensitivity.None)),
                categories.Select(c => new KeyPersonCategory(c.Code, c.Zh, c.En)));
        }
        catch (JsonException exception)
        {
            throw new Errors.ValidationException(HouseholdErrorCodes.SeedInvalid, "tags", HouseholdMessages.Format(HouseholdErrorCodes.SeedInvalid, "tags", exception.Message), exception);
        }
    }

    /// <summary>Finds a care tag.</summary>
    /// <param name="code">Its code.</param>
    /// <returns>The tag, or <see langword="null"/>.</returns>
    public CareTag? FindCareTag(string code) => _careTags.GetValueOrDefault(Guard.Against.Null(code));

    /// <summary>Finds a key-person category.</summary>
    /// <param name="code">Its code.</param>
    /// <returns>The category, or <see langword="null"/>.</returns>
    public KeyPersonCategory? FindKeyPersonCategory(string code) => _categories.GetValueOrDefault(Guard.Against.Null(code));

    /// <summary>Gets a care tag or refuses an unknown code with <see cref="HouseholdErrorCodes.UnknownTag"/>.</summary>
    /// <param name="code">Its code.</param>
    /// <returns>The tag.</returns>
    public CareTag RequireCareTag(string code) =>
        FindCareTag(code) ?? throw HouseholdMessages.Invalid(HouseholdErrorCodes.UnknownTag, "careTag", code, "care tag");

    /// <summary>Gets a key-person category or refuses an unknown code with <see cref="HouseholdErrorCodes.UnknownTag"/>.</summary>
    /// <param name="code">Its code.</param>
    /// <returns>The category.</returns>
    public KeyPersonCategory RequireKeyPersonCategory(string code) =>
        FindKeyPersonCategory(code) ?? throw HouseholdMessages.Invalid(HouseholdErrorCodes.UnknownTag, "category", code, "key-person category");

    private static TagCatalog LoadEmbedded() => Parse(Read("care-tags.json"), Read("key-person-categories.json"));

    private static string Read(string name)
    {
        using var stream = typeof(TagCatalog).Assembly.GetManifestResourceStream("Fengqiao.Households.Seeds/" + name)
            ?? throw HouseholdMessages.Invalid(HouseholdErrorCodes.SeedInvalid, "seed", name, "not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed record CareTagFile(IReadOnlyList<TagEntry>? Tags);

    private sealed record CategoryFile(IReadOnlyList<TagEntry>? Categories);

    private sealed record TagEntry(string Code, string Zh, string En, string? Sensitivity);
}
