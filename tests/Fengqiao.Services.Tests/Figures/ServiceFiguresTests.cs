using System.Globalization;
using Fengqiao.Grids.Staffing;
using Fengqiao.Jurisdictions;
using Fengqiao.Services.Figures;
using Fengqiao.Services.LostAndFound;
using Fengqiao.Services.Requests;
using Fengqiao.Services.WorkOrders;
using Fengqiao.Time;
using NodaTime;
using Snapshooter.Xunit;
using static Fengqiao.Services.Tests.TestData;

namespace Fengqiao.Services.Tests.Figures;

public sealed class ServiceFiguresTests
{
    [Fact]
    public void Figures_of_a_fixed_quarter()
    {
        var figures = Calculate(DataSet());

        Snapshot.Match(new
        {
            period = figures.Period.ToString(),
            figures.Requests,
            figures.Completed,
            figures.CompletedOnTime,
            onTimeRate = figures.OnTimeRate?.ToString("0.0000", CultureInfo.InvariantCulture),
            averageHandlingWorkingDays = figures.AverageHandlingWorkingDays?.ToString("0.00", CultureInfo.InvariantCulture),
            figures.Open,
            figures.Rejected,
            figures.Withdrawn,
            figures.TransferredToHotline,
            figures.FromHotline,
            figures.Complaints,
            figures.Errors,
            figures.ZeroComplaintsZeroErrors,
            figures.WorkOrders,
            figures.WorkOrdersCompleted,
            figures.WorkOrdersPublished,
            figures.FoundItems,
            figures.FoundItemsReturned,
            averageMinutesToReturn = figures.AverageMinutesToReturn?.ToString("0.0", CultureInfo.InvariantCulture),
        });
        Assert.Equal(0.75, figures.OnTimeRate);
        Assert.False(figures.ZeroComplaintsZeroErrors);
    }

    [Fact]
    public void A_quarter_without_issues_reports_zero_complaints_and_zero_errors()
    {
        var (requests, orders, items) = DataSet();
        var clean = requests.Where(r => r.Issues.Count == 0).ToList();

        var figures = Calculate((clean, orders, items));

        Assert.True(figures.ZeroComplaintsZeroErrors);
        Assert.Equal(6, figures.Requests);
    }

    private static ServiceFigures Calculate((List<ServiceRequest> Requests, List<WorkOrder> Orders, List<FoundItem> Items) data) =>
        new ServiceFiguresCalculator(station => ServiceClock.For(WorkingCalendarSet.Embedded, station))
            .Calculate(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)), data.Requests, data.Orders, data.Items);

    private static (List<ServiceRequest>, List<WorkOrder>, List<FoundItem>) DataSet()
    {
        var requests = new List<ServiceRequest>();
        ServiceRequest Done(string service, Instant submitted, Instant completed, JurisdictionCode? station = null)
        {
            var r = Submit(service, submitted, station);
            r.Accept(Stamp(submitted + Duration.FromMinutes(1)));
            r.Start(Stamp(submitted + Duration.FromMinutes(2)));
            r.Complete(Stamp(completed));
            requests.Add(r);
            return r;
        }

        Done("id-card-reissue", At(2026, 2, 6), At(2026, 3, 12, 16));                // on time: due 12 Mar
        Done("id-card-reissue", At(2026, 2, 6), At(2026, 3, 16), TibetStation);      // on time: due 19 Mar in Tibet
        Done("household-move-in", At(2026, 1, 5), At(2026, 1, 14));                   // late: due 12 Jan
        var pass = Submit("border-pass", At(2026, 3, 2, 9), TibetStation, new Dictionary<string, string> { ["destination"] = "吉隆" });
        pass.Accept(Stamp(At(2026, 3, 2, 9, 1)));
        pass.Start(Stamp(At(2026, 3, 2, 9, 2)));
        pass.Complete(Stamp(At(2026, 3, 2, 9, 12)));                                    // on time: 20 minutes
        pass.RecordIssue(ServiceIssueKind.Complaint, "排队时间长", Stamp(At(2026, 3, 3)));
        requests.Add(pass);
        var rejected = Submit("household-move-in", At(2026, 2, 2));
        rejected.Reject("不符合迁入条件", Stamp(At(2026, 2, 3)));
        requests.Add(rejected);
        var transferred = Submit("legal-consultation", At(2026, 3, 9));
        transferred.TransferToHotline("12345-2026-0309", Stamp(At(2026, 3, 9, 10, 30)));
        requests.Add(transferred);
        requests.Add(Submit("id-card-reissue", At(2026, 3, 20), fromHotline: "12345-2026-0320"));  // open
        requests.Add(Submit("id-card-reissue", At(2025, 12, 30)));                                   // outside the quarter

        var worker = StaffMemberId.From(new Guid("0190a000-0000-7000-8000-000000000001"));
        var grid = JurisdictionCode.Parse("540127200001001");
        var orders = new List<WorkOrder>();
        for (var i = 0; i < 3; i++)
        {
            var order = WorkOrder.Place(WorkOrderId.From(new Guid($"0190a000-0000-7000-8000-00000000010{i}")), grid, "代办", Applicant(), Stamp(At(2026, 2, 10 + i)));
            if (i > 0)
            {
                order.Dispatch(worker, Stamp(At(2026, 2, 10 + i, 11)));
                order.Accept(worker, Stamp(At(2026, 2, 10 + i, 12)));
                order.Complete(worker, "办结", [new WorkOrderEvidence("photo", "p")], Stamp(At(2026, 2, 10 + i, 16)));
            }

            if (i > 1)
            {
                order.Publish("代办完成", Stamp(At(2026, 2, 20)));
            }

            orders.Add(order);
        }

        var card = FoundItem.Record(FoundItemId.From(Guid.CreateVersion7()), TibetStation, FoundItemKind.IdCard, "身份证", At(2026, 3, 5, 9), Stamp(At(2026, 3, 5, 9, 1)));
        card.MatchOwner(Applicant(), Stamp(At(2026, 3, 5, 9, 5)));
        card.Return(Stamp(At(2026, 3, 5, 9, 8)));
        var phone = FoundItem.Record(FoundItemId.From(Guid.CreateVersion7()), TibetStation, FoundItemKind.Phone, "手机", At(2026, 3, 6, 9), Stamp(At(2026, 3, 6, 9, 1)));
        return (requests, orders, [card, phone]);
    }
}
