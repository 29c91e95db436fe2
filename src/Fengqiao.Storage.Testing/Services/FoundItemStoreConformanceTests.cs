using Fengqiao.Access;
using Fengqiao.Services.LostAndFound;
using NodaTime;
using Xunit;

namespace Fengqiao.Storage.Testing;

/// <summary>Conformance of <see cref="IFoundItemStore"/> (失物招领存储): round trip before and after the owner is known, queries, visibility.</summary>
public abstract class FoundItemStoreConformanceTests : ServicesConformanceTests
{
    /// <summary>An item round-trips in each status.</summary>
    [StorageFact]
    public async Task Item_round_trips_in_each_status()
    {
        var station = NewCounty().Child(101);
        var found = Record(station, FoundItemKind.Phone);
        var returned = Record(station, FoundItemKind.IdCard);
        returned.MatchOwner(Applicant(), Later(5));
        returned.Return(Later(9));
        await CommitAsync<IFoundItemStore>(async s =>
        {
            await s.SaveAsync(found);
            await s.SaveAsync(returned);
        });

        var readFound = await ReadAsync<IFoundItemStore, FoundItem?>(s => s.FindAsync(found.Id));
        var readReturned = await ReadAsync<IFoundItemStore, FoundItem?>(s => s.FindAsync(returned.Id));

        AssertSameServiceState(found.ToState(), readFound!.ToState());
        AssertSameServiceState(returned.ToState(), readReturned!.ToState());
        Assert.Equal(Duration.FromMinutes(10), readReturned.TimeToReturn); // found a minute before it was recorded
    }

    /// <summary>Queries by subtree, status and kind; invisible outside the station's scope.</summary>
    [StorageFact]
    public async Task Queries_and_visibility()
    {
        var county = NewCounty();
        var phone = Record(county.Child(101), FoundItemKind.Phone);
        Clock.Advance(Duration.FromSeconds(1)); // ids are time-ordered
        var card = Record(county.Child(102), FoundItemKind.IdCard);
        card.MatchOwner(Applicant(), Later(3));
        await CommitAsync<IFoundItemStore>(async s =>
        {
            await s.SaveAsync(card);
            await s.SaveAsync(phone);
        });

        async Task<FoundItemId[]> Ids(FoundItemQuery query, AccessScope? scope = null) =>
            [.. (await ReadAsync<IFoundItemStore, List<FoundItem>>(s => ToListAsync(s.QueryAsync(query)), scope)).Select(i => i.Id)];

        Assert.Equal([phone.Id, card.Id], await Ids(new FoundItemQuery(Within: county)));
        Assert.Equal([card.Id], await Ids(new FoundItemQuery(Within: county, Status: FoundItemStatus.OwnerMatched)));
        Assert.Equal([phone.Id], await Ids(new FoundItemQuery(Within: county, Kind: FoundItemKind.Phone)));
        Assert.Equal([phone.Id], await Ids(new FoundItemQuery(Within: county), AccessScope.For("t1", [county.Child(101)])));
    }

    private FoundItem Record(Fengqiao.Jurisdictions.JurisdictionCode station, FoundItemKind kind) =>
        FoundItem.Record(FoundItemId.New(Clock), station, kind, "黑色 " + ConformanceValues.MixedScriptText, Clock.GetCurrentInstant() - Duration.FromMinutes(1), Stamp());
}
