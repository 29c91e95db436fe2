using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Fengqiao.Errors;
using Fengqiao.Grids.Beats;
using Fengqiao.Grids.Staffing;
using Fengqiao.Grids.Storage;
using Fengqiao.Grids.Training;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage;
using NetTopologySuite.Geometries;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Fengqiao.Grids.Jurisdictions.Seeds;

/// <summary>
/// The demo jurisdictions (演示辖区): the seed stations' divisions, grids, staff, police beats and
/// trainings, read from <c>seeds/jurisdictions/</c> (<c>jurisdictions.json</c> plus the GeoJSON files it
/// lists). The same files are embedded in this package, so <see cref="LoadEmbedded"/> works without
/// the repository.
/// </summary>
/// <remarks>Codes at county level and above are real GB/T 2260 codes; everything below is synthetic.</remarks>
public sealed class JurisdictionSeed
{
    private const string ResourcePrefix = "Fengqiao.Grids.Seeds/jurisdictions/";
    private const string MainFile = "jurisdictions.json";

    private static readonly JsonSerializerOptions Options = CreateOptions();

    private readonly SeedFile _file;
    private readonly IReadOnlyList<SeedGridFeature> _grids;

    private JurisdictionSeed(SeedFile file, IReadOnlyList<SeedGridFeature> grids)
    {
        _file = file;
        _grids = grids;
    }

    /// <summary>Gets the day the seeded records start, unless a record says otherwise.</summary>
    public LocalDate ValidFrom => _file.ValidFrom;

    /// <summary>Gets the seed file's note on where the data comes from.</summary>
    public string? Note => _file.Note;

    /// <summary>Loads the seeds embedded in this package.</summary>
    /// <returns>The seeds.</returns>
    /// <exception cref="ValidationException">A seed file is missing or malformed (code <see cref="GridErrorCodes.SeedInvalid"/>).</exception>
    public static JurisdictionSeed LoadEmbedded()
    {
        var assembly = typeof(JurisdictionSeed).Assembly;
        return Load(path => assembly.GetManifestResourceStream(ResourcePrefix + path.Replace('\\', '/')));
    }

    /// <summary>Loads seeds from a directory laid out like <c>seeds/jurisdictions/</c>.</summary>
    /// <param name="directory">The directory holding <c>jurisdictions.json</c>.</param>
    /// <returns>The seeds.</returns>
    /// <exception cref="ValidationException">A seed file is missing or malformed (code <see cref="GridErrorCodes.SeedInvalid"/>).</exception>
    public static JurisdictionSeed Load(string directory)
    {
        Guard.Against.NullOrWhiteSpace(directory);
        var root = Path.GetFullPath(directory);
        return Load(path =>
        {
            var full = Path.GetFullPath(Path.Combine(root, path));
            return full.StartsWith(root, StringComparison.Ordinal) && File.Exists(full) ? File.OpenRead(full) : null;
        });
    }

    /// <summary>Builds new aggregates from the seeds, checking every domain rule (one adviser per grid included).</summary>
    /// <param name="stamp">Who records them and when.</param>
    /// <returns>The aggregates, not yet saved.</returns>
    /// <exception cref="ValidationException">The seeds break a rule (code <see cref="GridErrorCodes.SeedInvalid"/>).</exception>
    public JurisdictionSeedData Build(ChangeStamp stamp) =>
        Guarded(MainFile, () => new SeedBuilder(_file, _grids, stamp).Build());

    /// <summary>Builds the aggregates and stages them into a session; the caller commits.</summary>
    /// <param name="session">The session, whose scope must contain every seeded record.</param>
    /// <param name="stamp">Who records them and when.</param>
    /// <param name="cancellationToken">Cancels the staging.</param>
    /// <returns>The staged aggregates.</returns>
    public async Task<JurisdictionSeedData> SaveAsync(IStorageSession session, ChangeStamp stamp, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(session);
        var data = Build(stamp);
        foreach (var division in data.Divisions)
        {
            await session.GetStore<IJurisdictionStore>().SaveAsync(division, cancellationToken).ConfigureAwait(false);
        }

        foreach (var grid in data.Grids)
        {
            await session.GetStore<IGridStore>().SaveAsync(grid, cancellationToken).ConfigureAwait(false);
        }

        foreach (var member in data.Staff)
        {
            await session.GetStore<IStaffStore>().SaveAsync(member, cancellationToken).ConfigureAwait(false);
        }

        foreach (var beat in data.Beats)
        {
            await session.GetStore<IPoliceBeatStore>().SaveAsync(beat, cancellationToken).ConfigureAwait(false);
        }

        foreach (var training in data.Trainings)
        {
            await session.GetStore<ITrainingStore>().SaveAsync(training, cancellationToken).ConfigureAwait(false);
        }

        return data;
    }

    private static JurisdictionSeed Load(Func<string, Stream?> open)
    {
        var file = Guarded(MainFile, () =>
        {
            using var stream = open(MainFile) ?? throw new InvalidDataException("the file is missing");
            var parsed = JsonSerializer.Deserialize<SeedFile>(stream, Options) ?? throw new InvalidDataException("the file is empty");
            return parsed.SchemaVersion == 1 ? parsed : throw new InvalidDataException($"schema version {parsed.SchemaVersion} is not supported");
        });
        var grids = new List<SeedGridFeature>();
        foreach (var path in file.GridFiles ?? [])
        {
            grids.AddRange(Guarded(path, () =>
            {
                using var stream = open(path) ?? throw new InvalidDataException("the file is missing");
                return ReadGrids(path, stream);
            }));
        }

        return new JurisdictionSeed(file, grids);
    }

    private static List<SeedGridFeature> ReadGrids(string path, Stream stream)
    {
        using var document = JsonDocument.Parse(stream);
        var features = new List<SeedGridFeature>();
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            var geometry = feature.GetProperty("geometry").Deserialize<Geometry>(GridStateSerializer.Options)
                ?? throw new InvalidDataException("a feature has no geometry");
            features.Add(new SeedGridFeature(
                path,
                properties.GetProperty("code").GetString() ?? string.Empty,
                properties.GetProperty("name").GetString() ?? string.Empty,
                Text(properties, "sign"),
                Text(properties, "partyGroup"),
                properties.TryGetProperty("expectedHouseholds", out var households) && households.ValueKind == JsonValueKind.Number ? households.GetInt32() : null,
                Date(properties, "validFrom"),
                Date(properties, "validTo"),
                geometry));
        }

        return features;
    }

    private static string? Text(JsonElement properties, string name) =>
        properties.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static LocalDate? Date(JsonElement properties, string name) =>
        Text(properties, name) is { } text ? NodaTime.Text.LocalDatePattern.Iso.Parse(text).GetValueOrThrow() : null;

    // Turns any failure while reading or building into one typed error naming the seed file.
    private static T Guarded<T>(string file, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or IOException or KeyNotFoundException or InvalidOperationException or FormatException or NodaTime.Text.UnparsableValueException or FengqiaoException or ArgumentException)
        {
            throw GridMessages.Invalid(GridErrorCodes.SeedInvalid, file, file, e.Message);
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip };
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
