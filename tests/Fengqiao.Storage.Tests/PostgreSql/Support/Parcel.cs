using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Storage.Tests.PostgreSql.Support;

/// <summary>
/// A made-up aggregate state used to exercise the backend's machinery (partitions, versions,
/// COPY, scopes) independently of any module: a parcel of land filed under a jurisdiction.
/// </summary>
internal sealed record Parcel(Guid Id, JurisdictionCode Code, string Name, LocalDate RecordedOn, Instant UpdatedAt, byte[]? Shape, string Notes);
