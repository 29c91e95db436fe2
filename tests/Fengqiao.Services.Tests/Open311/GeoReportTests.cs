using Fengqiao.Errors;
using Fengqiao.Services.Applicants;
using Fengqiao.Services.Catalog;
using Fengqiao.Services.Open311;
using Fengqiao.Services.Requests;
using NodaTime;
using static Fengqiao.Services.Tests.TestData;

namespace Fengqiao.Services.Tests.Open311;

public sealed class GeoReportTests
{
    [Fact]
    public void The_service_list_round_trips()
    {
        var list = GeoReport.ToServiceList(SeedCatalog.Values.OrderBy(s => s.Code, StringComparer.Ordinal));
        var json = GeoReport.Write(list);

        var read = GeoReport.ReadServiceList(json);

        Assert.Equal(list, read);
        Assert.Contains("\"service_code\":\"id-card-reissue\"", json, StringComparison.Ordinal);
        Assert.Contains("\"metadata\":true", json, StringComparison.Ordinal);
        Assert.Contains("居民身份证补领", json, StringComparison.Ordinal);
        Assert.Equal(GeoReport.Write(read), json);
    }

    [Fact]
    public void Service_definitions_round_trip_with_datatypes_and_value_lists()
    {
        foreach (var service in SeedCatalog.Values)
        {
            var definition = GeoReport.ToServiceDefinition(service.Code, service.Current);
            var json = GeoReport.Write(definition);
            var read = GeoReport.ReadServiceDefinition(json);

            Assert.Equal(json, GeoReport.Write(read));
            Assert.Equal(service.Current.Attributes.Select(a => (a.Code, a.Required, a.Order)), read.Attributes!.Select(a => (a.Code!, a.Required!.Value, a.Order!.Value)));
        }

        var idCard = GeoReport.Write(GeoReport.ToServiceDefinition("id-card-reissue", SeedCatalog["id-card-reissue"].Current));
        Assert.Contains("\"datatype\":\"singlevaluelist\"", idCard, StringComparison.Ordinal);
        Assert.Contains("\"values\":[{\"key\":\"lost\"", idCard, StringComparison.Ordinal);
        Assert.Contains("\"datatype\":\"string\"", GeoReport.Write(GeoReport.ToServiceDefinition("border-pass", SeedCatalog["border-pass"].Current)), StringComparison.Ordinal);
    }

    [Fact]
    public void Requests_round_trip_without_personal_data()
    {
        var open = Submit("id-card-reissue", At(2026, 2, 6));
        var closed = Submit("household-move-in", At(2025, 9, 26));
        closed.Reject("材料不全", Stamp(At(2025, 9, 26, 11)));
        var requests = new[] { open, closed }.Select(r => GeoReport.ToRequest(r, SeedCatalog[r.ServiceCode].Current.Name.ZhCn, Zone)).ToList();

        var json = GeoReport.Write(requests);
        var read = GeoReport.ReadRequests(json);

        Assert.Equal(requests, read);
        Assert.Equal("open", read[0].Status);
        Assert.Equal("2026-02-06T10:00:00+08:00", read[0].RequestedDatetime);
        Assert.Equal("2026-03-12T23:59:59+08:00", read[0].ExpectedDatetime);
        Assert.Equal(open.SubmittedAt, GeoReport.ParseDatetime(read[0].RequestedDatetime!, "requested_datetime"));
        Assert.Equal("closed", read[1].Status);
        Assert.Equal("材料不全", read[1].StatusNotes);
        Assert.Equal(open.Id.ToString(), read[0].ServiceRequestId);
        Assert.DoesNotContain("13812345678", json, StringComparison.Ordinal);
        Assert.DoesNotContain("王小明", json, StringComparison.Ordinal);
        Assert.DoesNotContain("11010519491231002X", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_posted_request_becomes_a_service_request()
    {
        var post = GeoReport.ReadNewRequest("""
            {"service_code":"id-card-reissue","lat":29.83,"long":91.73,"address_string":"扎西岗乡","first_name":"小明","last_name":"王",
             "phone":"13812345678","description":"身份证丢失","attribute":{"reason":"lost","delivery":"pickup"}}
            """);
        var (applicant, details) = GeoReport.ToSubmission(post);
        var request = ServiceRequest.Submit(ServiceRequestId.From(Guid.CreateVersion7()), SeedCatalog[post.ServiceCode!], TibetStation, applicant, ServiceChannels.Online, Tibet, Stamp(At(2026, 3, 2)), details);

        Assert.Equal("王小明", request.Applicant.Name);
        Assert.Equal(new GeoLocation(29.83, 91.73, "扎西岗乡"), request.Location);
        Assert.Equal("pickup", request.Attributes["delivery"]);
        Assert.Equal(ServiceChannels.Online, request.Channel);
    }

    [Theory]
    [InlineData("""[{"service_name":"x","metadata":false,"type":"realtime"}]""", "[0].service_code")]
    [InlineData("""[{"service_code":"x","service_name":"x","metadata":false,"type":"sometimes"}]""", "[0].type")]
    [InlineData("""[{"service_code":"x","service_name":"x","type":"batch"}]""", "[0].metadata")]
    public void Invalid_service_lists_are_refused(string json, string field)
    {
        var error = Assert.Throws<ValidationException>(() => GeoReport.ReadServiceList(json));
        Assert.Equal(ServiceErrorCodes.Open311Invalid, error.Code);
        Assert.Equal(field, error.Field);
    }

    [Theory]
    [InlineData("""{"service_code":"x","attributes":[{"variable":true,"code":"a","datatype":"singlevaluelist","required":true,"order":1,"description":"d"}]}""", "attributes[0].values")]
    [InlineData("""{"service_code":"x","attributes":[{"variable":true,"code":"a","datatype":"color","required":true,"order":1,"description":"d"}]}""", "attributes[0].datatype")]
    [InlineData("""{"service_code":"x","attributes":[{"variable":true,"code":"a","datatype":"text","required":true,"order":0,"description":"d"}]}""", "attributes[0].order")]
    [InlineData("""{"service_code":"x"}""", "attributes")]
    public void Invalid_definitions_are_refused(string json, string field)
    {
        var error = Assert.Throws<ValidationException>(() => GeoReport.ReadServiceDefinition(json));
        Assert.Equal(ServiceErrorCodes.Open311Invalid, error.Code);
        Assert.Equal(field, error.Field);
    }

    [Theory]
    [InlineData("""[{"service_request_id":"1","status":"pending","service_code":"x","requested_datetime":"2026-01-05T10:00:00+08:00"}]""", "[0].status")]
    [InlineData("""[{"service_request_id":"1","status":"open","service_code":"x","requested_datetime":"2026-01-05 10:00"}]""", "[0].requested_datetime")]
    [InlineData("""[{"service_request_id":"1","status":"open","service_code":"x"}]""", "[0].requested_datetime")]
    [InlineData("""[{"status":"open","service_code":"x","requested_datetime":"2026-01-05T10:00:00+08:00"}]""", "[0].service_request_id")]
    [InlineData("""[{"service_request_id":"1","status":"open","service_code":"x","requested_datetime":"2026-01-05T10:00:00Z","lat":29.8}]""", "[0].lat")]
    [InlineData("""[{"service_request_id":"1","status":"open","service_code":"x","requested_datetime":"2026-01-05T10:00:00Z","lat":99,"long":1}]""", "[0].lat")]
    public void Invalid_requests_are_refused(string json, string field)
    {
        var error = Assert.Throws<ValidationException>(() => GeoReport.ReadRequests(json));
        Assert.Equal(ServiceErrorCodes.Open311Invalid, error.Code);
        Assert.Equal(field, error.Field);
    }

    [Theory]
    [InlineData("""{"lat":1,"long":2}""", "service_code")]
    [InlineData("""{"service_code":"x"}""", "lat")]
    [InlineData("""{"service_code":"x","address_string":"a","phone":"12"}""", "phone")]
    public void New_requests_need_a_service_and_a_location(string json, string field)
    {
        var error = Assert.Throws<ValidationException>(() => GeoReport.ReadNewRequest(json));
        Assert.Equal(ServiceErrorCodes.Open311Invalid, error.Code);
        Assert.Equal(field, error.Field);
    }
}
