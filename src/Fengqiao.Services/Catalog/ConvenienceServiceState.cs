using Fengqiao.Grids;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Services.Catalog;

/// <summary>The persisted state of a <see cref="ConvenienceService"/> (便民服务事项状态快照).</summary>
/// <param name="SchemaVersion">The layout version of this record; <see cref="CurrentSchemaVersion"/> when written by this library.</param>
/// <param name="Code">The service code (the key).</param>
/// <param name="Publisher">The jurisdiction whose bureau publishes the entry (a province, prefecture or county).</param>
/// <param name="Versions">The versions, oldest first, numbered 1, 2, … with increasing start dates.</param>
/// <param name="Registered">Who registered the service and when.</param>
public sealed record ConvenienceServiceState(
    int SchemaVersion,
    string Code,
    JurisdictionCode Publisher,
    IReadOnlyList<ServiceDefinition> Versions,
    ChangeStamp Registered)
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;
}
