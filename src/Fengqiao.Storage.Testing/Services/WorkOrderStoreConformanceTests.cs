using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Grids.Staffing;
using Fengqiao.Services.Applicants;
using Fengqiao.Services.WorkOrders;
using Xunit;

namespace Fengqiao.Storage.Testing;

/// <summary>Conformance of <see cref="IWorkOrderStore"/> (工单存储): round trip with evidence and personal data, queries, visibility by grid, concurrency.</summary>
public abstract class WorkOrderStoreConformanceTests : ServicesConformanceTests
{
    /// <summary>A published order round-trips.</summary>
    [StorageFact]
    public async Task Order_round_trips()
    {
        var grid = NewCounty().Child(101).Child(1).Child(1);
        var worker = StaffMemberId.New(Clock);
        var order = Place(grid);
        order.Dispatch(worker, Later(1));
        order.Accept(worker, Later(2));
        order.Complete(worker, "已为 CANARY 代办", [new WorkOrderEvidence("photo", "evidence/1.jpg", "CANARY 门口"), new WorkOrderEvidence("signature", "sig/1")], Later(3), new GeoLocation(29.5, 91.5, "CANARY 门牌"));
        order.Publish("代办完成", Later(4));
        await CommitAsync<IWorkOrderStore>(s => s.SaveAsync(order));

        var read = await ReadAsync<IWorkOrderStore, WorkOrder?>(s => s.FindAsync(order.Id));

        Assert.NotNull(read);
        AssertSameServiceState(order.ToState(), read.ToState());
    }

    /// <summary>Queries by subtree, worker and status, ordered by id; visibility by grid; writes outside the scope refused.</summary>
    [StorageFact]
    public async Task Queries_and_visibility()
    {
        var village = NewCounty().Child(101).Child(1);
        var worker = StaffMemberId.New(Clock);
        var a = Place(village.Child(1));
        Clock.Advance(NodaTime.Duration.FromSeconds(1)); // ids are time-ordered
        var b = Place(village.Child(2));
        b.Dispatch(worker, Later(1));
        await CommitAsync<IWorkOrderStore>(async s =>
        {
            await s.SaveAsync(b);
            await s.SaveAsync(a);
        });

        async Task<WorkOrderId[]> Ids(WorkOrderQuery query, AccessScope? scope = null) =>
            [.. (await ReadAsync<IWorkOrderStore, List<WorkOrder>>(s => ToListAsync(s.QueryAsync(query)), scope)).Select(o => o.Id)];

        Assert.Equal([a.Id, b.Id], await Ids(new WorkOrderQuery(Within: village)));
        Assert.Equal([b.Id], await Ids(new WorkOrderQuery(Within: village.Child(2))));
        Assert.Equal([b.Id], await Ids(new WorkOrderQuery(Worker: worker)));
        Assert.Equal([a.Id], await Ids(new WorkOrderQuery(Within: village, Status: WorkOrderStatus.Ordered)));
        var gridScope = AccessScope.For("grid-worker", [village.Child(1)]);
        Assert.Equal([a.Id], await Ids(new WorkOrderQuery(Within: village), gridScope));
        Assert.Null(await ReadAsync<IWorkOrderStore, WorkOrder?>(s => s.FindAsync(b.Id), gridScope));

        await using var session = await OpenSessionAsync(gridScope);
        var error = await Assert.ThrowsAsync<ValidationException>(() => session.GetStore<IWorkOrderStore>().SaveAsync(Place(village.Child(2))));
        Assert.Equal(ErrorCodes.OutsideScope, error.Code);
    }

    /// <summary>Two workers' stale dispatches: the second commit conflicts.</summary>
    [StorageFact]
    public async Task Stale_write_is_rejected()
    {
        var order = Place(NewCounty().Child(101).Child(1).Child(1));
        await CommitAsync<IWorkOrderStore>(s => s.SaveAsync(order));
        var workers = new[] { StaffMemberId.New(Clock), StaffMemberId.New(Clock), StaffMemberId.New(Clock) };

        await AssertStaleWriteRejectedAsync<IWorkOrderStore, WorkOrder>(
            s => s.FindAsync(order.Id),
            (o, writer) => o.Dispatch(workers[writer], Later(writer)),
            (s, o) => s.SaveAsync(o),
            o => Array.IndexOf(workers, o.Worker!.Value));
    }

    private WorkOrder Place(Fengqiao.Jurisdictions.JurisdictionCode grid) =>
        WorkOrder.Place(WorkOrderId.New(Clock), grid, "代办身份证", Applicant(), Stamp(), "CANARY 老人行动不便", new GeoLocation(29.6, 91.1, "CANARY 地址"), "id-card-reissue");
}
