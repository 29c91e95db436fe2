using System.Text.Json;
using Fengqiao.Identity;

namespace Fengqiao.Core.Tests.Identity;

public class IdentityJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Values_are_written_masked_and_empty_values_as_null()
    {
        var resident = new Resident(CitizenId.Parse("11010519491231002X"), MobileNumber.Parse("13812341234"));
        Assert.Equal(
            """{"id":"110105********002X","mobile":"138****1234"}""",
            JsonSerializer.Serialize(resident, Web));
        Assert.Equal(
            """{"id":null,"mobile":null}""",
            JsonSerializer.Serialize(new Resident(default, default), Web));
    }

    [Fact]
    public void Values_are_read_from_the_raw_number()
    {
        var resident = JsonSerializer.Deserialize<Resident>(
            """{"id":"11010519491231002x","mobile":"+86 138 1234 1234"}""", Web)!;
        Assert.Equal(CitizenId.Parse("11010519491231002X"), resident.Id);
        Assert.Equal(MobileNumber.Parse("13812341234"), resident.Mobile);

        var empty = JsonSerializer.Deserialize<Resident>("""{"id":null,"mobile":null}""", Web)!;
        Assert.True(empty.Id.IsEmpty);
        Assert.True(empty.Mobile.IsEmpty);
    }

    [Fact]
    public void A_masked_document_does_not_read_back()
    {
        var json = JsonSerializer.Serialize(new Resident(CitizenId.Parse("11010519491231002X"), default), Web);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Resident>(json, Web));
    }

    [Theory]
    [InlineData("""{"id":110105194912310021}""")]
    [InlineData("""{"id":"110105194912310021"}""")]
    [InlineData("""{"mobile":"12812345678"}""")]
    public void Invalid_json_values_are_refused(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Resident>(json, Web));
    }

    private sealed record Resident(CitizenId Id, MobileNumber Mobile);
}
