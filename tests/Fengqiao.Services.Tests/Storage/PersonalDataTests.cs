using Fengqiao.Grids.Staffing;
using Fengqiao.Jurisdictions;
using Fengqiao.Privacy;
using Fengqiao.Services.Applicants;
using Fengqiao.Services.LostAndFound;
using Fengqiao.Services.Requests;
using Fengqiao.Services.Storage;
using Fengqiao.Services.WorkOrders;
using static Fengqiao.Services.Tests.TestData;

namespace Fengqiao.Services.Tests.Storage;

public sealed class PersonalDataTests
{
    private static readonly string[] Secrets = ["王小明", "13812345678", "11010519491231002X", "CANARY"];

    [Fact]
    public void A_split_request_keeps_no_personal_data_in_its_plain_part_and_merges_back()
    {
        var request = ServiceRequest.Submit(
            ServiceRequestId.From(Guid.CreateVersion7()), SeedCatalog["household-move-in"], ShanxiStation, Applicant(), Fengqiao.Services.Catalog.ServiceChannels.Window, National, Stamp(At(2026, 3, 2)),
            new ServiceRequestDetails(Description: "CANARY 描述", Location: new GeoLocation(35.1, 111.2, "CANARY 地址")));
        var state = request.ToState();

        var split = ServicePersonalData.Split(state);
        var plain = ServiceStateSerializer.Serialize(split.Stripped);

        Assert.All(Secrets, s => Assert.DoesNotContain(s, plain, StringComparison.Ordinal));
        Assert.Equal(ServiceStateSerializer.Serialize(state), ServiceStateSerializer.Serialize(ServicePersonalData.Merge(split.Stripped, split.PersonalJson!)));
        Assert.Equal(35.1, split.Stripped.Location!.Latitude);
    }

    [Fact]
    public void Protected_parts_are_encrypted_and_indexed_by_phone_and_id()
    {
        var protector = AesGcmFieldProtector.CreateEphemeral();
        var order = WorkOrder.Place(WorkOrderId.From(Guid.CreateVersion7()), JurisdictionCode.Parse("540127200001001"), "代办", Applicant(), Stamp(At(2026, 4, 1)), "CANARY 描述", new GeoLocation(29.8, 91.7, "CANARY 地址"));
        order.Dispatch(StaffMemberId.From(Guid.CreateVersion7()), Stamp(At(2026, 4, 1, 11)));

        var stored = ServiceFieldProtection.Protect(ServicePersonalData.Split(order.ToState()), protector);
        var text = stored.Envelope + ServiceStateSerializer.Serialize(stored.Stripped) + stored.PhoneIndex + stored.CitizenIdIndex;

        Assert.All(Secrets, s => Assert.DoesNotContain(s, text, StringComparison.Ordinal));
        Assert.Equal(ServiceFieldProtection.PhoneIndexOf(Fengqiao.Identity.MobileNumber.Parse("13812345678"), protector), stored.PhoneIndex);
        var back = ServicePersonalData.Merge(stored.Stripped, ServiceFieldProtection.Unprotect(stored.Envelope, protector)!);
        Assert.Equal(ServiceStateSerializer.Serialize(order.ToState()), ServiceStateSerializer.Serialize(back));
    }

    [Fact]
    public void A_found_item_without_owner_has_nothing_to_protect()
    {
        var item = FoundItem.Record(FoundItemId.From(Guid.CreateVersion7()), TibetStation, FoundItemKind.Keys, "钥匙", At(2026, 5, 6), Stamp(At(2026, 5, 6)));

        var split = ServicePersonalData.Split(item.ToState());

        Assert.Null(split.PersonalJson);
        Assert.Null(split.Phone);
        Assert.Same(item.ToState(), split.Stripped);
    }

    [Theory]
    [InlineData("电话 13812345678 请回电", "电话 138****5678 请回电")]
    [InlineData("身份证 11010519491231002X 已核", "身份证 110105********002X 已核")]
    [InlineData("座机 08912345678", "座机 089****5678")]
    [InlineData("门牌 12 号", "门牌 12 号")]
    public void Numbers_in_free_text_are_masked_and_the_rest_kept(string text, string masked) =>
        Assert.Equal(masked, PersonalNumbers.Mask(text));
}
