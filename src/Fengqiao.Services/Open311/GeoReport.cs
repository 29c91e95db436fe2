using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Ardalis.GuardClauses;
using Fengqiao.Identity;
using Fengqiao.Services.Applicants;
using Fengqiao.Services.Catalog;
using Fengqiao.Services.Requests;
using NodaTime;
using NodaTime.Text;

namespace Fengqiao.Services.Open311;

/// <summary>
/// Open311 GeoReport v2 JSON interop (开放 311 接口), both directions: the service list, service
/// definitions and requests are written from the catalog and requests, and read back with the
/// specification's field rules checked (required fields, <c>open</c>/<c>closed</c>, the six datatypes,
/// <c>realtime</c>/<c>batch</c>/<c>blackbox</c>, ISO 8601 datetimes with offset, WGS-84 coordinates, a
/// location on every new request). Applicant names, phones and ID numbers are never written out.
/// </summary>
public static class GeoReport
{
    private static readonly string[] Datatypes = ["string", "number", "datetime", "text", "singlevaluelist", "multivaluelist"];
    private static readonly string[] Types = ["realtime", "batch", "blackbox"];

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    /// <summary>Maps the catalog to a service list (current versions).</summary>
    /// <param name="services">The services.</param>
    /// <param name="culture">zh-CN or en for names.</param>
    /// <returns>The entries, in the given order.</returns>
    public static IReadOnlyList<Open311Service> ToServiceList(IEnumerable<ConvenienceService> services, string culture = "zh-CN")
    {
        Guard.Against.Null(services);
        return [.. services.Select(s => new Open311Service(
            s.Code,
            s.Current.Name.For(culture),
            s.Current.Description?.For(culture),
            s.Current.Attributes.Count > 0,
            "realtime",
            s.Current.Keywords.Count > 0 ? string.Join(',', s.Current.Keywords) : null,
            s.Current.Group.ToString()))];
    }

    /// <summary>Maps one catalog version to a service definition.</summary>
    /// <param name="code">The service code.</param>
    /// <param name="definition">The version.</param>
    /// <param name="culture">zh-CN or en for descriptions.</param>
    /// <returns>The definition.</returns>
    public static Open311ServiceDefinition ToServiceDefinition(string code, ServiceDefinition definition, string culture = "zh-CN")
    {
        Guard.Against.Null(definition);
        return new Open311ServiceDefinition(code, [.. definition.Attributes.Select(a => new Open311AttributeDefinition(
            a.Variable,
            a.Code,
            DatatypeName(a.Datatype),
            a.Required,
            null,
            a.Order,
            a.Description.For(culture),
            a.Values.Count == 0 ? null : [.. a.Values.Select(v => new Open311AttributeValue(v.Key, v.Name))]))]);
    }

    /// <summary>Maps a request (without the applicant's personal data).</summary>
    /// <param name="request">The request.</param>
    /// <param name="serviceName">The service's name, if known.</param>
    /// <param name="zone">The zone datetimes are written in (with offset).</param>
    /// <returns>The Open311 request.</returns>
    public static Open311Request ToRequest(ServiceRequest request, string? serviceName, DateTimeZone zone)
    {
        Guard.Against.Null(request);
        Guard.Against.Null(zone);
        var expected = request.DueAt is { } dueAt
            ? dueAt
            : request.DueOn is { } dueOn ? dueOn.PlusDays(1).AtStartOfDayInZone(zone).ToInstant() - Duration.FromSeconds(1) : (Instant?)null;
        return new Open311Request(
            request.Id.ToString(),
            request.IsClosed ? "closed" : "open",
            request.Steps[^1].Note ?? StatusNote(request.Status),
            serviceName,
            request.ServiceCode,
            request.Description,
            request.Station.ToString(),
            request.TimeLimit.ToString(),
            Format(request.SubmittedAt, zone),
            Format(request.Steps[^1].At, zone),
            request.Status == ServiceRequestStatus.Suspended || expected is null ? null : Format(expected.Value, zone),
            request.Location?.Address,
            request.Location?.Latitude,
            request.Location?.Longitude);
    }

    /// <summary>Writes a service list as JSON.</summary>
    /// <param name="services">The entries.</param>
    /// <returns>The JSON array.</returns>
    public static string Write(IReadOnlyList<Open311Service> services) => JsonSerializer.Serialize(services, Options);

    /// <summary>Writes a service definition as JSON.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The JSON object.</returns>
    public static string Write(Open311ServiceDefinition definition) => JsonSerializer.Serialize(definition, Options);

    /// <summary>Writes requests as JSON.</summary>
    /// <param name="requests">The requests.</param>
    /// <returns>The JSON array.</returns>
    public static string Write(IReadOnlyList<Open311Request> requests) => JsonSerializer.Serialize(requests, Options);

    /// <summary>Reads and checks a service list.</summary>
    /// <param name="json">The JSON array.</param>
    /// <returns>The entries.</returns>
    /// <exception cref="Errors.ValidationException">A field breaks the specification (<see cref="ServiceErrorCodes.Open311Invalid"/>).</exception>
    public static IReadOnlyList<Open311Service> ReadServiceList(string json)
    {
        var list = Parse<List<Open311Service>>(json, "services");
        for (var i = 0; i < list.Count; i++)
        {
            var s = list[i] ?? throw Invalid($"[{i}]", "null entry");
            RequireText(s.ServiceCode, $"[{i}].service_code");
            RequireText(s.ServiceName, $"[{i}].service_name");
            _ = s.Metadata ?? throw Invalid($"[{i}].metadata", "required true or false");
            if (!Types.Contains(s.Type, StringComparer.Ordinal))
            {
                throw Invalid($"[{i}].type", "must be realtime, batch or blackbox");
            }
        }

        return list;
    }

    /// <summary>Reads and checks a service definition.</summary>
    /// <param name="json">The JSON object.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="Errors.ValidationException">A field breaks the specification (<see cref="ServiceErrorCodes.Open311Invalid"/>).</exception>
    public static Open311ServiceDefinition ReadServiceDefinition(string json)
    {
        var definition = Parse<Open311ServiceDefinition>(json, "service_definition");
        RequireText(definition.ServiceCode, "service_code");
        var attributes = definition.Attributes ?? throw Invalid("attributes", "required");
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < attributes.Count; i++)
        {
            var a = attributes[i] ?? throw Invalid($"attributes[{i}]", "null entry");
            var at = $"attributes[{i}]";
            RequireText(a.Code, at + ".code");
            if (!codes.Add(a.Code!))
            {
                throw Invalid(at + ".code", "duplicate");
            }

            _ = a.Variable ?? throw Invalid(at + ".variable", "required true or false");
            _ = a.Required ?? throw Invalid(at + ".required", "required true or false");
            if (a.Order is not > 0)
            {
                throw Invalid(at + ".order", "required positive integer");
            }

            RequireText(a.Description, at + ".description");
            if (!Datatypes.Contains(a.Datatype, StringComparer.Ordinal))
            {
                throw Invalid(at + ".datatype", "must be one of " + string.Join('/', Datatypes));
            }

            var isList = a.Datatype is "singlevaluelist" or "multivaluelist";
            if (isList && (a.Values is not { Count: > 0 } || a.Values.Any(v => string.IsNullOrEmpty(v?.Key) || string.IsNullOrEmpty(v.Name))))
            {
                throw Invalid(at + ".values", "a list attribute needs values with key and name");
            }
        }

        return definition;
    }

    /// <summary>Reads and checks requests.</summary>
    /// <param name="json">The JSON array.</param>
    /// <returns>The requests.</returns>
    /// <exception cref="Errors.ValidationException">A field breaks the specification (<see cref="ServiceErrorCodes.Open311Invalid"/>).</exception>
    public static IReadOnlyList<Open311Request> ReadRequests(string json)
    {
        var list = Parse<List<Open311Request>>(json, "requests");
        for (var i = 0; i < list.Count; i++)
        {
            var r = list[i] ?? throw Invalid($"[{i}]", "null entry");
            RequireText(r.ServiceRequestId, $"[{i}].service_request_id");
            RequireText(r.ServiceCode, $"[{i}].service_code");
            if (r.Status is not ("open" or "closed"))
            {
                throw Invalid($"[{i}].status", "must be open or closed");
            }

            _ = ParseDatetime(r.RequestedDatetime ?? throw Invalid($"[{i}].requested_datetime", "required"), $"[{i}].requested_datetime");
            _ = r.UpdatedDatetime is null ? (Instant?)null : ParseDatetime(r.UpdatedDatetime, $"[{i}].updated_datetime");
            _ = r.ExpectedDatetime is null ? (Instant?)null : ParseDatetime(r.ExpectedDatetime, $"[{i}].expected_datetime");
            CheckCoordinates(r.Lat, r.Lon, $"[{i}]");
        }

        return list;
    }

    /// <summary>Reads and checks a new request (POST body in JSON form): a service code and a location are required.</summary>
    /// <param name="json">The JSON object.</param>
    /// <returns>The new request.</returns>
    /// <exception cref="Errors.ValidationException">A field breaks the specification (<see cref="ServiceErrorCodes.Open311Invalid"/>).</exception>
    public static Open311NewRequest ReadNewRequest(string json)
    {
        var post = Parse<Open311NewRequest>(json, "request");
        RequireText(post.ServiceCode, "service_code");
        CheckCoordinates(post.Lat, post.Lon, string.Empty);
        if (post.Lat is null && string.IsNullOrWhiteSpace(post.AddressString))
        {
            throw Invalid("lat", "a location is required: lat and long, or address_string");
        }

        if (post.Phone is not null && !MobileNumber.TryParse(post.Phone, out _))
        {
            throw Invalid("phone", "not a mobile number");
        }

        return post;
    }

    /// <summary>Turns a checked new request into the parts of a service request submission.</summary>
    /// <param name="post">The new request.</param>
    /// <returns>The applicant (named, with the phone) and the details.</returns>
    /// <exception cref="Errors.ValidationException">No name or phone is given (<see cref="ServiceErrorCodes.ApplicantInvalid"/>).</exception>
    public static (ServiceApplicant Applicant, ServiceRequestDetails Details) ToSubmission(Open311NewRequest post)
    {
        Guard.Against.Null(post);
        var name = string.Concat(post.LastName?.Trim(), post.FirstName?.Trim());
        if (string.IsNullOrWhiteSpace(name) || !MobileNumber.TryParse(post.Phone, out var phone))
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.ApplicantInvalid, "first_name/last_name/phone");
        }

        var location = post.Lat is { } lat && post.Lon is { } lon
            ? new GeoLocation(lat, lon, post.AddressString)
            : new GeoLocation(double.NaN, double.NaN, post.AddressString);
        return (ServiceApplicant.Named(name, phone), new ServiceRequestDetails(
            post.Attribute,
            post.Description,
            double.IsNaN(location.Latitude) ? null : location));
    }

    /// <summary>Parses an ISO 8601 datetime with offset, as Open311 writes them.</summary>
    /// <param name="text">The text.</param>
    /// <param name="field">The field, for the error.</param>
    /// <returns>The instant.</returns>
    public static Instant ParseDatetime(string text, string field)
    {
        Guard.Against.Null(text);
        var result = OffsetDateTimePattern.ExtendedIso.Parse(text);
        return result.Success ? result.Value.ToInstant() : throw Invalid(field, "not an ISO 8601 datetime with offset");
    }

    private static string Format(Instant instant, DateTimeZone zone) =>
        OffsetDateTimePattern.Rfc3339.Format(instant.InZone(zone).ToOffsetDateTime());

    private static string DatatypeName(AttributeDatatype datatype) => AttributeDatatypeNames.Name(datatype);

    private static string? StatusNote(ServiceRequestStatus status) => status switch
    {
        ServiceRequestStatus.Suspended => "suspended",
        ServiceRequestStatus.TransferredToHotline => "transferred to 12345",
        ServiceRequestStatus.Withdrawn => "withdrawn",
        _ => null,
    };

    private static void CheckCoordinates(double? lat, double? lon, string at)
    {
        if (lat is null != lon is null)
        {
            throw Invalid(at + ".lat", "lat and long come together");
        }

        if (lat is { } y && (y is < -90 or > 90 || double.IsNaN(y)))
        {
            throw Invalid(at + ".lat", "out of range");
        }

        if (lon is { } x && (x is < -180 or > 180 || double.IsNaN(x)))
        {
            throw Invalid(at + ".long", "out of range");
        }
    }

    private static void RequireText(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Invalid(field, "required");
        }
    }

    private static T Parse<T>(string json, string what)
        where T : class
    {
        Guard.Against.Null(json);
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options) ?? throw Invalid(what, "null");
        }
        catch (JsonException exception)
        {
            throw Invalid(exception.Path ?? what, "not valid JSON for this document");
        }
    }

    private static Errors.ValidationException Invalid(string field, string problem) =>
        ServiceMessages.Invalid(ServiceErrorCodes.Open311Invalid, field, field, problem);

    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
