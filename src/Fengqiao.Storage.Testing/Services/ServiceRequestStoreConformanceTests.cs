using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Identity;
using Fengqiao.Services.Requests;
using NodaTime;
using Xunit;

namespace Fengqiao.Storage.Testing;

/// <summary>
/// Conformance of <see cref="IServiceRequestStore"/> (办件存储): a request with its history, suspension,
/// hotline link and issues round-trips with its personal data; queries by subtree, service, status, dates,
/// phone, citizen ID and hotline reference; visibility by station; concurrency; cancellation.
/// </summary>
public abstract class ServiceRequestStoreConformanceTests : ServicesConformanceTests
{
    /// <summary>A request that went through every kind of step round-trips, applicant and all.</summary>
    [StorageFact]
    public async Task Request_round_trips_with_its_history_and_personal_data()
    {
        var station = NewCounty().Child(201);
        var request = Submit(station, "id-card-reissue", hotline: "12345-IN-1");
        request.Accept(Later(1));
        request.Start(Later(2));
        request.Suspend("补充材料", Later(3));
        request.Resume(ClockOf(station), Later(60 * 24 * 3));
        request.Complete(Later(60 * 24 * 4), "已送证到家");
        request.RecordIssue(Fengqiao.Services.Requests.ServiceIssueKind.Complaint, "等候时间长", Later(60 * 24 * 5));
        await CommitAsync<IServiceRequestStore>(s => s.SaveAsync(request));

        var read = await ReadAsync<IServiceRequestStore, ServiceRequest?>(s => s.FindAsync(request.Id));

        Assert.NotNull(read);
        Assert.Equal(1, read.Version);
        AssertSameServiceState(request.ToState(), read.ToState());
        Assert.Equal(CanaryName, read.Applicant.Name);
        Assert.Equal(MobileNumber.Parse(CanaryPhone), read.Applicant.Phone);
        Assert.Equal(CitizenId.Parse(CanaryCitizenId), read.Applicant.CitizenId);
        Assert.Equal("CANARY 地址", read.Location!.Address);
    }

    /// <summary>Every filter selects the right requests, ordered by id.</summary>
    [StorageFact]
    public async Task Queries_filter_and_order()
    {
        var county = NewCounty();
        var t1 = county.Child(101);
        var t2 = county.Child(102);
        var first = Submit(t1, "household-move-in", Applicant("13911112222"));
        Clock.Advance(Duration.FromDays(2));
        var second = Submit(t1, "id-card-reissue");
        second.Accept(Later(5));
        Clock.Advance(Duration.FromDays(2));
        var third = Submit(t2, "household-move-in", hotline: "12345-Q-3");
        await CommitAsync<IServiceRequestStore>(async s =>
        {
            await s.SaveAsync(third);
            await s.SaveAsync(first);
            await s.SaveAsync(second);
        });

        async Task<ServiceRequestId[]> Ids(ServiceRequestQuery query) =>
            [.. (await ReadAsync<IServiceRequestStore, List<ServiceRequest>>(s => ToListAsync(s.QueryAsync(query)))).Select(r => r.Id)];

        Assert.Equal([first.Id, second.Id, third.Id], await Ids(new ServiceRequestQuery(Within: county)));
        Assert.Equal([first.Id, second.Id], await Ids(new ServiceRequestQuery(Within: t1)));
        Assert.Equal([first.Id, third.Id], await Ids(new ServiceRequestQuery(Within: county, ServiceCode: "household-move-in")));
        Assert.Equal([second.Id], await Ids(new ServiceRequestQuery(Within: county, Status: ServiceRequestStatus.Accepted)));
        Assert.Equal([second.Id, third.Id], await Ids(new ServiceRequestQuery(Within: county, SubmittedFrom: second.SubmittedOn)));
        Assert.Equal([first.Id, second.Id], await Ids(new ServiceRequestQuery(Within: county, SubmittedTo: second.SubmittedOn)));
        Assert.Equal([first.Id], await Ids(new ServiceRequestQuery(Within: county, ApplicantPhone: MobileNumber.Parse("13911112222"))));
        Assert.Equal([second.Id, third.Id], await Ids(new ServiceRequestQuery(Within: county, ApplicantPhone: MobileNumber.Parse(CanaryPhone))));
        Assert.Equal([second.Id, third.Id], await Ids(new ServiceRequestQuery(Within: county, ApplicantCitizenId: CitizenId.Parse(CanaryCitizenId))));
        Assert.Equal([third.Id], await Ids(new ServiceRequestQuery(HotlineReference: "12345-Q-3")));
    }

    /// <summary>A request is visible in a scope holding its station, invisible elsewhere; writes outside the scope are refused.</summary>
    [StorageFact]
    public async Task Requests_are_visible_through_their_station()
    {
        var county = NewCounty();
        var request = Submit(county.Child(101));
        await CommitAsync<IServiceRequestStore>(s => s.SaveAsync(request));
        var other = AccessScope.For("other-township", [county.Child(102)]);

        Assert.NotNull(await ReadAsync<IServiceRequestStore, ServiceRequest?>(s => s.FindAsync(request.Id), AccessScope.For("township", [county.Child(101)])));
        Assert.Null(await ReadAsync<IServiceRequestStore, ServiceRequest?>(s => s.FindAsync(request.Id), other));
        Assert.Empty(await ReadAsync<IServiceRequestStore, List<ServiceRequest>>(s => ToListAsync(s.QueryAsync(new ServiceRequestQuery(Within: county))), other));

        await using var session = await OpenSessionAsync(other);
        var error = await Assert.ThrowsAsync<ValidationException>(() => session.GetStore<IServiceRequestStore>().SaveAsync(Submit(county.Child(101))));
        Assert.Equal(ErrorCodes.OutsideScope, error.Code);
    }

    /// <summary>A stale write fails the commit and leaves the first writer's change.</summary>
    [StorageFact]
    public async Task Stale_write_is_rejected()
    {
        var request = Submit(NewCounty().Child(101));
        await CommitAsync<IServiceRequestStore>(s => s.SaveAsync(request));

        await AssertStaleWriteRejectedAsync<IServiceRequestStore, ServiceRequest>(
            s => s.FindAsync(request.Id),
            (r, writer) => r.RecordIssue(Fengqiao.Services.Requests.ServiceIssueKind.Error, "writer " + writer, Later(writer)),
            (s, r) => s.SaveAsync(r),
            r => int.Parse(r.Issues[^1].Summary["writer ".Length..], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Parallel read-modify-write loses no update.</summary>
    [StorageFact]
    public async Task Parallel_writers_lose_no_update()
    {
        var request = Submit(NewCounty().Child(101));
        await CommitAsync<IServiceRequestStore>(s => s.SaveAsync(request));

        await AssertNoLostUpdatesAsync<IServiceRequestStore, ServiceRequest>(
            s => s.FindAsync(request.Id),
            r => r.Issues.Count,
            (r, _) => r.RecordIssue(Fengqiao.Services.Requests.ServiceIssueKind.Complaint, "again", Later(1)),
            (s, r) => s.SaveAsync(r),
            writers: 4,
            incrementsEach: 2);
    }

    /// <summary>A cancelled read throws.</summary>
    [StorageFact]
    public async Task Cancelled_reads_throw()
    {
        await using var session = await OpenSessionAsync();
        var store = RequireStore<IServiceRequestStore>(session);
        await AssertCancelledAsync(ct => ToListAsync(store.QueryAsync(new ServiceRequestQuery(), ct)));
        await AssertCancelledAsync(ct => store.FindAsync(ServiceRequestId.New(Clock), ct));
    }
}
