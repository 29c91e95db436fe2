using Ardalis.GuardClauses;
using Fengqiao.Domain;
using Fengqiao.Grids;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Services.Catalog;

/// <summary>
/// A convenience service of the catalog (便民服务事项), such as ID card reissue: its versions over time.
/// Revising it adds a version from a date on; earlier versions stay, because requests keep the version
/// they were made under.
/// </summary>
public sealed class ConvenienceService : AggregateRoot
{
    private readonly List<ServiceDefinition> _versions;

    private ConvenienceService(ConvenienceServiceState state, long version)
        : base(version)
    {
        Code = state.Code;
        Publisher = state.Publisher;
        Registered = state.Registered;
        _versions = [.. state.Versions];
    }

    /// <summary>Gets the service code.</summary>
    public string Code { get; }

    /// <summary>Gets the jurisdiction whose bureau publishes the entry.</summary>
    public JurisdictionCode Publisher { get; }

    /// <summary>Gets who registered the service and when.</summary>
    public ChangeStamp Registered { get; }

    /// <summary>Gets the versions, oldest first.</summary>
    public IReadOnlyList<ServiceDefinition> Versions => _versions;

    /// <summary>Gets the latest version.</summary>
    public ServiceDefinition Current => _versions[^1];

    /// <summary>Registers a service in the catalog with its first version.</summary>
    /// <param name="code">The service code.</param>
    /// <param name="publisher">The publishing jurisdiction (province, prefecture or county).</param>
    /// <param name="definition">The first version's content; its version number is set to 1.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <returns>The service, not yet saved.</returns>
    public static ConvenienceService Register(string code, JurisdictionCode publisher, ServiceDefinition definition, ChangeStamp stamp)
    {
        Guard.Against.Null(definition);
        RequirePublisher(publisher);
        var state = new ConvenienceServiceState(
            ConvenienceServiceState.CurrentSchemaVersion,
            ServiceCodes.Require(code, nameof(code)),
            publisher,
            [(definition with { Version = 1 }).Validate()],
            stamp);
        return new ConvenienceService(state, 0);
    }

    /// <summary>Adds a version from a later date on (事项变更).</summary>
    /// <param name="definition">The new content; its version number is set to the next one.</param>
    /// <returns>The new version.</returns>
    /// <exception cref="Errors.ValidationException">The new version does not start after the current one (<see cref="ServiceErrorCodes.CatalogVersionInvalid"/>).</exception>
    public ServiceDefinition Revise(ServiceDefinition definition)
    {
        Guard.Against.Null(definition);
        if (definition.ValidFrom <= Current.ValidFrom)
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.CatalogVersionInvalid, "validFrom", Code, Current.Version + 1);
        }

        var revised = (definition with { Version = Current.Version + 1 }).Validate();
        _versions.Add(revised);
        return revised;
    }

    /// <summary>Gets a version by number.</summary>
    /// <param name="version">The version number.</param>
    /// <returns>The version.</returns>
    /// <exception cref="Errors.ValidationException">No such version (<see cref="ServiceErrorCodes.CatalogVersionInvalid"/>).</exception>
    public ServiceDefinition GetVersion(int version) =>
        version >= 1 && version <= _versions.Count
            ? _versions[version - 1]
            : throw ServiceMessages.Invalid(ServiceErrorCodes.CatalogVersionInvalid, nameof(version), Code, version);

    /// <summary>Gets the version that applies on a date: the latest one starting on or before it.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The version, or null before the first one starts.</returns>
    public ServiceDefinition? VersionOn(LocalDate date) => _versions.LastOrDefault(v => v.ValidFrom <= date);

    /// <summary>Captures the persisted state.</summary>
    /// <returns>The state.</returns>
    public ConvenienceServiceState ToState() =>
        new(ConvenienceServiceState.CurrentSchemaVersion, Code, Publisher, _versions.ToArray(), Registered);

    /// <summary>Rebuilds a service from its persisted state, checking its invariants.</summary>
    /// <param name="state">The state.</param>
    /// <param name="version">The stored version.</param>
    /// <returns>The service.</returns>
    public static ConvenienceService FromState(ConvenienceServiceState state, long version)
    {
        Guard.Against.Null(state);
        StateChecks.Schema(state.SchemaVersion, ConvenienceServiceState.CurrentSchemaVersion, nameof(ConvenienceService), state.Code);
        if (!ServiceCodes.IsValid(state.Code) || state.Versions is not { Count: > 0 } versions || state.Publisher.IsEmpty)
        {
            throw StateChecks.Invalid(nameof(ConvenienceService), state.Code, "code, publisher or versions missing");
        }

        for (var i = 0; i < versions.Count; i++)
        {
            if (versions[i].Version != i + 1 || (i > 0 && versions[i].ValidFrom <= versions[i - 1].ValidFrom))
            {
                throw StateChecks.Invalid(nameof(ConvenienceService), state.Code, "versions out of order");
            }
        }

        return new ConvenienceService(state, version);
    }

    /// <summary>Describes the service by code and current name.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Code} {Current.Name.ZhCn} v{Current.Version}";

    private static void RequirePublisher(JurisdictionCode publisher)
    {
        if (publisher.IsEmpty || publisher.Level > JurisdictionLevel.County)
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.LevelMismatch, nameof(publisher), publisher.ToString(), publisher.Level, JurisdictionLevel.County);
        }
    }
}
