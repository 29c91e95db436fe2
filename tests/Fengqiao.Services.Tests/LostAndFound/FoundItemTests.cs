using Fengqiao.Errors;
using Fengqiao.Services.LostAndFound;
using NodaTime;
using static Fengqiao.Services.Tests.TestData;

namespace Fengqiao.Services.Tests.LostAndFound;

public sealed class FoundItemTests
{
    [Fact]
    public void A_found_id_card_is_returned_with_the_elapsed_time()
    {
        var item = FoundItem.Record(FoundItemId.From(Guid.CreateVersion7()), TibetStation, FoundItemKind.IdCard, "蓝色卡套", At(2026, 5, 6, 9, 0), Stamp(At(2026, 5, 6, 9, 2)));
        item.MatchOwner(Applicant(), Stamp(At(2026, 5, 6, 9, 6)));
        item.Return(Stamp(At(2026, 5, 6, 9, 9)));

        Assert.Equal(FoundItemStatus.Returned, item.Status);
        Assert.Equal(Duration.FromMinutes(9), item.TimeToReturn);
        Assert.DoesNotContain("王小明", item.ToString(), StringComparison.Ordinal);
        _ = FoundItem.FromState(item.ToState(), 1);
    }

    [Fact]
    public void Steps_cannot_be_skipped_or_repeated()
    {
        var item = FoundItem.Record(FoundItemId.From(Guid.CreateVersion7()), TibetStation, FoundItemKind.Phone, "黑色手机", At(2026, 5, 6, 9), Stamp(At(2026, 5, 6, 9)));
        Assert.Equal(ServiceErrorCodes.TransitionNotAllowed, Assert.Throws<ValidationException>(() => item.Return(Stamp(At(2026, 5, 6, 10)))).Code);
        item.MatchOwner(Applicant(), Stamp(At(2026, 5, 6, 9, 20)));
        Assert.Equal(ServiceErrorCodes.TransitionNotAllowed, Assert.Throws<ValidationException>(() => item.MatchOwner(Applicant(), Stamp(At(2026, 5, 6, 10)))).Code);
        Assert.Null(item.TimeToReturn);
    }
}
