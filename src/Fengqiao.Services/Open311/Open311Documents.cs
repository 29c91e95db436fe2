namespace Fengqiao.Services.Open311;

/// <summary>One entry of an Open311 GeoReport v2 service list (<c>GET services</c>).</summary>
/// <param name="ServiceCode">The unique service code (required).</param>
/// <param name="ServiceName">The human-readable name (required).</param>
/// <param name="Description">A description.</param>
/// <param name="Metadata">Whether a service definition with attributes exists (required).</param>
/// <param name="Type">realtime, batch or blackbox (required).</param>
/// <param name="Keywords">Comma-separated keywords.</param>
/// <param name="Group">The group.</param>
public sealed record Open311Service(string? ServiceCode, string? ServiceName, string? Description, bool? Metadata, string? Type, string? Keywords, string? Group);

/// <summary>An Open311 GeoReport v2 service definition (<c>GET services/{service_code}</c>).</summary>
/// <param name="ServiceCode">The service code (required).</param>
/// <param name="Attributes">The attributes.</param>
public sealed record Open311ServiceDefinition(string? ServiceCode, IReadOnlyList<Open311AttributeDefinition>? Attributes);

/// <summary>An attribute of an Open311 service definition.</summary>
/// <param name="Variable">Whether the client answers it (required).</param>
/// <param name="Code">The attribute code (required).</param>
/// <param name="Datatype">string, number, datetime, text, singlevaluelist or multivaluelist (required).</param>
/// <param name="Required">Whether a request must answer it (required).</param>
/// <param name="DatatypeDescription">A description of the expected value.</param>
/// <param name="Order">The display order, a positive integer (required).</param>
/// <param name="Description">The question (required).</param>
/// <param name="Values">The allowed values of a list attribute.</param>
public sealed record Open311AttributeDefinition(bool? Variable, string? Code, string? Datatype, bool? Required, string? DatatypeDescription, int? Order, string? Description, IReadOnlyList<Open311AttributeValue>? Values);

/// <summary>An allowed value of an Open311 list attribute.</summary>
/// <param name="Key">The key sent (required).</param>
/// <param name="Name">The name shown (required).</param>
public sealed record Open311AttributeValue(string? Key, string? Name);

/// <summary>A service request as Open311 GeoReport v2 reports it (<c>GET requests</c>); personal data of the applicant is never included.</summary>
/// <param name="ServiceRequestId">The request id (required).</param>
/// <param name="Status">open or closed (required).</param>
/// <param name="StatusNotes">Why the status is what it is, such as a rejection reason.</param>
/// <param name="ServiceName">The service's name.</param>
/// <param name="ServiceCode">The service code (required).</param>
/// <param name="Description">The request's description.</param>
/// <param name="AgencyResponsible">The handling station's jurisdiction code.</param>
/// <param name="ServiceNotice">A notice, here the time limit.</param>
/// <param name="RequestedDatetime">When it was submitted, ISO 8601 with offset (required).</param>
/// <param name="UpdatedDatetime">When it last changed, ISO 8601 with offset.</param>
/// <param name="ExpectedDatetime">When it is due, ISO 8601 with offset.</param>
/// <param name="Address">The address, if given.</param>
/// <param name="Lat">Latitude (WGS-84).</param>
/// <param name="Lon">Longitude (WGS-84), JSON <c>long</c>.</param>
public sealed record Open311Request(
    string? ServiceRequestId,
    string? Status,
    string? StatusNotes,
    string? ServiceName,
    string? ServiceCode,
    string? Description,
    string? AgencyResponsible,
    string? ServiceNotice,
    string? RequestedDatetime,
    string? UpdatedDatetime,
    string? ExpectedDatetime,
    string? Address,
    double? Lat,
    [property: System.Text.Json.Serialization.JsonPropertyName("long")] double? Lon);

/// <summary>A new service request as an Open311 client posts it (<c>POST requests</c>), in its JSON form.</summary>
/// <param name="ServiceCode">The service code (required).</param>
/// <param name="Lat">Latitude; required with <paramref name="Lon"/> unless an address is given.</param>
/// <param name="Lon">Longitude (JSON <c>long</c>); required with <paramref name="Lat"/> unless an address is given.</param>
/// <param name="AddressString">The address; required when no coordinates are given.</param>
/// <param name="FirstName">The applicant's given name.</param>
/// <param name="LastName">The applicant's family name.</param>
/// <param name="Phone">The applicant's mobile number.</param>
/// <param name="Description">The description.</param>
/// <param name="Attribute">Answers to the service's attributes, by code.</param>
public sealed record Open311NewRequest(
    string? ServiceCode,
    double? Lat,
    [property: System.Text.Json.Serialization.JsonPropertyName("long")] double? Lon,
    string? AddressString,
    string? FirstName,
    string? LastName,
    string? Phone,
    string? Description,
    IReadOnlyDictionary<string, string>? Attribute);
