using System.Text.Json;
using Fengqiao.Errors;
using Fengqiao.Grids.Staffing;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Services.Applicants;
using Fengqiao.Services.WorkOrders;
using NodaTime;
using static Fengqiao.Services.Tests.TestData;

namespace Fengqiao.Services.Tests.WorkOrders;

public sealed class WorkOrderTests
{
    private const string CanaryName = "金丝雀测试人";
    private const string CanaryPhone = "13912345678";
    private const string CanaryId = "11010519491231002X";
    private const string CanaryAddress = "CANARY-幸福路8号";
    private const string CanaryDescription = "CANARY-家中老人行动不便";

    private static readonly JurisdictionCode Grid = JurisdictionCode.Parse("540127200001001");
    private static readonly StaffMemberId Worker = StaffMemberId.From(Guid.CreateVersion7());

    [Fact]
    public void Order_dispatch_take_complete_publish()
    {
        var order = Canary();
        order.Dispatch(Worker, Stamp(At(2026, 4, 1, 11), "village-cadre"));
        order.Accept(Worker, Stamp(At(2026, 4, 1, 12), "grid-worker"));
        order.Complete(Worker, "代办身份证并送证到家", [new WorkOrderEvidence("photo", "evidence/2026/04/001.jpg")], Stamp(At(2026, 4, 3, 16), "grid-worker"), new GeoLocation(29.8301, 91.7302));
        order.Publish("为行动不便老人代办证件并送证到家", Stamp(At(2026, 4, 7), "party-committee"));

        Assert.Equal(WorkOrderStatus.Published, order.Status);
        Assert.Equal(At(2026, 4, 1, 12), order.AcceptedAt);
        Assert.Equal(At(2026, 4, 3, 16), order.CompletedAt);
        Assert.Equal(29.8301, order.Location!.Latitude);
        Assert.Equal(5, order.DequeuePendingEvents().Count);
        _ = WorkOrder.FromState(order.ToState(), 1);
    }

    [Fact]
    public void Only_the_dispatched_worker_takes_and_closes_the_order_and_steps_keep_their_order()
    {
        var order = Canary();
        Assert.Equal(ServiceErrorCodes.TransitionNotAllowed, Assert.Throws<ValidationException>(() => order.Accept(Worker, Stamp(At(2026, 4, 1, 11)))).Code);
        order.Dispatch(Worker, Stamp(At(2026, 4, 1, 11)));
        Assert.Equal(ServiceErrorCodes.WorkerMismatch, Assert.Throws<ValidationException>(() => order.Accept(StaffMemberId.From(Guid.CreateVersion7()), Stamp(At(2026, 4, 1, 12)))).Code);
        Assert.Equal(ServiceErrorCodes.TransitionNotAllowed, Assert.Throws<ValidationException>(() => order.Publish("x", Stamp(At(2026, 4, 1, 12)))).Code);
        Assert.Equal(ServiceErrorCodes.TransitionNotAllowed, Assert.Throws<ValidationException>(() => order.Complete(Worker, "x", [new WorkOrderEvidence("note", "n")], Stamp(At(2026, 4, 1, 12)))).Code);
        order.Accept(Worker, Stamp(At(2026, 4, 1, 12)));
        Assert.Equal(ServiceErrorCodes.TextRequired, Assert.Throws<ValidationException>(() => order.Complete(Worker, "done", [], Stamp(At(2026, 4, 1, 13)))).Code);
        Assert.Equal(WorkOrderStatus.Accepted, order.Status);
        order.Cancel("群众已自行办理", Stamp(At(2026, 4, 1, 14)));
        Assert.Equal(ServiceErrorCodes.TransitionNotAllowed, Assert.Throws<ValidationException>(() => order.Cancel("again", Stamp(At(2026, 4, 1, 15)))).Code);
    }

    [Fact]
    public void The_public_listing_carries_no_personal_data()
    {
        var published = Canary();
        published.Dispatch(Worker, Stamp(At(2026, 4, 1, 11)));
        published.Accept(Worker, Stamp(At(2026, 4, 1, 12)));
        published.Complete(Worker, $"已联系{CanaryName}，电话{CanaryPhone}", [new WorkOrderEvidence("photo", "evidence/canary.jpg", CanaryAddress)], Stamp(At(2026, 4, 2)));
        published.Publish($"代办完成，回访电话 {CanaryPhone}，证件 {CanaryId}", Stamp(At(2026, 4, 3)));
        var open = Canary();

        var listing = PublicWorkOrderListing.For(Grid.Parent!.Value, [published, open], Zone);
        var json = JsonSerializer.Serialize(listing.Orders.Select(o => new { o.Reference, Grid = o.Grid.ToString(), o.Title, o.OrderedOn, o.CompletedOn, o.DaysTaken, o.Summary }));
        var text = json + listing + string.Join('|', listing.Orders.Select(o => o.ToString()));

        Assert.Single(listing.Orders);
        Assert.Equal(1, listing.Orders[0].DaysTaken);
        foreach (var canary in new[] { CanaryName, CanaryPhone, CanaryId, CanaryAddress, CanaryDescription, "evidence/canary.jpg", "1391234", "10105194912", Worker.Value.ToString(), "29.83", "91.73" })
        {
            Assert.DoesNotContain(canary, text, StringComparison.Ordinal);
            Assert.DoesNotContain(JsonEncodedText.Encode(canary).Value, json, StringComparison.Ordinal);
        }

        Assert.Contains("代办完成", listing.Orders[0].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ledger_lists_open_orders_to_claim_and_maps_closed_ones()
    {
        var a = Canary(At(2026, 4, 1, 9));
        var b = Canary(At(2026, 4, 1, 10));
        b.Dispatch(Worker, Stamp(At(2026, 4, 1, 11)));
        b.Accept(Worker, Stamp(At(2026, 4, 1, 12)));
        b.Complete(Worker, "done", [new WorkOrderEvidence("signature", "sig/1")], Stamp(At(2026, 4, 2)));
        var elsewhere = WorkOrder.Place(WorkOrderId.From(Guid.CreateVersion7()), JurisdictionCode.Parse("540127200002001"), "帮办", Applicant(), Stamp(At(2026, 4, 1)));

        var ledger = WorkOrderLedger.Build(Grid, [b, a, elsewhere]);

        Assert.Equal([a.Id], ledger.Open.Select(e => e.Id));
        Assert.Equal([b.Id], ledger.Closed.Select(e => e.Id));
        Assert.Equal(29.83, ledger.Closed[0].Latitude);
        Assert.Equal(At(2026, 4, 1, 12), ledger.Closed[0].ClaimedAt);
    }

    [Fact]
    public void An_order_belongs_to_a_grid()
    {
        var error = Assert.Throws<ValidationException>(() => WorkOrder.Place(WorkOrderId.From(Guid.CreateVersion7()), Grid.Parent!.Value, "帮办", Applicant(), Stamp(At(2026, 4, 1))));
        Assert.Equal(ServiceErrorCodes.LevelMismatch, error.Code);
    }

    private static WorkOrder Canary(Instant? at = null) => WorkOrder.Place(
        WorkOrderId.From(Guid.CreateVersion7()),
        Grid,
        "代办身份证",
        ServiceApplicant.Named(CanaryName, MobileNumber.Parse(CanaryPhone), CitizenId.Parse(CanaryId)),
        Stamp(at ?? At(2026, 4, 1, 10), "citizen-app"),
        CanaryDescription,
        new GeoLocation(29.83, 91.73, CanaryAddress),
        "id-card-reissue");
}
