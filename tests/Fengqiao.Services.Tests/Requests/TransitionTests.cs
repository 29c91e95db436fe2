using Fengqiao.Errors;
using Fengqiao.Services.Requests;
using NodaTime;
using static Fengqiao.Services.Tests.TestData;

namespace Fengqiao.Services.Tests.Requests;

public sealed class TransitionTests
{
    private static readonly Instant T0 = At(2026, 3, 2, 9);

    public static TheoryData<ServiceRequestStatus, ServiceRequestAction> AllPairs()
    {
        var data = new TheoryData<ServiceRequestStatus, ServiceRequestAction>();
        foreach (var status in Enum.GetValues<ServiceRequestStatus>())
        {
            foreach (var action in Enum.GetValues<ServiceRequestAction>())
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    [Fact]
    public void The_table_allows_exactly_the_documented_steps()
    {
        var allowed = Enum.GetValues<ServiceRequestStatus>()
            .SelectMany(s => Enum.GetValues<ServiceRequestAction>().Where(a => ServiceRequestTransitions.Next(s, a) is not null).Select(a => $"{s}-{a}->{ServiceRequestTransitions.Next(s, a)}"))
            .ToList();

        Assert.Equal(
            [
                "Submitted-Accept->Accepted", "Submitted-Reject->Rejected", "Submitted-Withdraw->Withdrawn", "Submitted-TransferToHotline->TransferredToHotline",
                "Accepted-Start->InProgress", "Accepted-Reject->Rejected", "Accepted-Withdraw->Withdrawn", "Accepted-TransferToHotline->TransferredToHotline",
                "InProgress-Suspend->Suspended", "InProgress-Complete->Completed", "InProgress-Reject->Rejected", "InProgress-Withdraw->Withdrawn",
                "Suspended-Resume->InProgress", "Suspended-Reject->Rejected", "Suspended-Withdraw->Withdrawn",
            ],
            allowed);
        Assert.Equal(64 - 15, Enum.GetValues<ServiceRequestStatus>().Length * Enum.GetValues<ServiceRequestAction>().Length - allowed.Count);
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Every_step_either_follows_the_table_or_fails_with_a_stable_code_and_changes_nothing(ServiceRequestStatus status, ServiceRequestAction action)
    {
        var request = InStatus(status);
        Assert.Equal(status, request.Status);
        _ = request.DequeuePendingEvents();
        var before = Snapshot(request);
        var expected = ServiceRequestTransitions.Next(status, action);

        if (expected is null)
        {
            var error = Assert.Throws<ValidationException>(() => Apply(request, action));
            Assert.Equal(ServiceErrorCodes.TransitionNotAllowed, error.Code);
            Assert.Equal("status", error.Field);
            Assert.False(request.Can(action));
            Assert.Equal(before, Snapshot(request));
            Assert.Empty(request.PendingEvents);
        }
        else
        {
            Apply(request, action);
            Assert.Equal(expected, request.Status);
            Assert.Equal(expected, request.Steps[^1].Status);
            Assert.Single(request.PendingEvents);
            Assert.Equal(ServiceRequestTransitions.IsFinal(expected.Value), request.ClosedAt is not null);
            _ = ServiceRequest.FromState(request.ToState(), 1); // the new state passes the invariants
        }
    }

    [Fact]
    public void Rejection_needs_a_reason_and_hand_over_keeps_the_hotline_reference()
    {
        var request = InStatus(ServiceRequestStatus.Submitted);
        Assert.Equal(ServiceErrorCodes.TextRequired, Assert.Throws<ValidationException>(() => request.Reject(" ", Stamp(T0))).Code);
        Assert.Equal(ServiceRequestStatus.Submitted, request.Status);

        request.TransferToHotline("12345-2026-000123", Stamp(T0 + Duration.FromMinutes(5)));
        Assert.Equal(new HotlineLink(HotlineDirection.ToHotline, "12345-2026-000123", T0 + Duration.FromMinutes(5)), request.Hotline);

        var pushed = Submit("id-card-reissue", T0, fromHotline: "12345-2026-000777");
        Assert.Equal(HotlineDirection.FromHotline, pushed.Hotline!.Direction);
        Assert.Equal("12345-2026-000777", pushed.Hotline.ExternalReference);
    }

    [Fact]
    public void Complaints_and_errors_are_recorded_in_any_status_with_numbers_masked()
    {
        var request = InStatus(ServiceRequestStatus.Completed);
        request.RecordIssue(ServiceIssueKind.Complaint, "群众反映等候时间长，电话 13812345678", Stamp(T0 + Duration.FromDays(3)));
        request.RecordIssue(ServiceIssueKind.Error, "证件信息录入错误", Stamp(T0 + Duration.FromDays(3)));

        Assert.Equal(2, request.Issues.Count);
        Assert.DoesNotContain("13812345678", request.Issues[0].Summary, StringComparison.Ordinal);
        Assert.Equal(ServiceRequestStatus.Completed, request.Status);
    }

    [Fact]
    public void Personal_data_never_reaches_ToString_or_error_messages()
    {
        var request = InStatus(ServiceRequestStatus.Withdrawn);
        var error = Assert.Throws<ValidationException>(() => request.Complete(Stamp(T0 + Duration.FromDays(1))));

        foreach (var text in new[] { request.ToString(), request.Applicant.ToString(), error.Message })
        {
            Assert.DoesNotContain("王小明", text, StringComparison.Ordinal);
            Assert.DoesNotContain("13812345678", text, StringComparison.Ordinal);
            Assert.DoesNotContain("11010519491231002X", text, StringComparison.Ordinal);
        }
    }

    private static string Snapshot(ServiceRequest r) =>
        $"{r.Status}|{r.Steps.Count}|{r.DueOn}|{r.DueAt}|{r.ClosedAt}|{r.SuspendedAt}|{r.PausedWorkingDays}|{r.Hotline}|{r.Issues.Count}";

    private static ServiceRequest InStatus(ServiceRequestStatus status)
    {
        var request = Submit("id-card-reissue", T0);
        var t = T0;
        ChangeStampNext Next() => new(t += Duration.FromHours(1));
        switch (status)
        {
            case ServiceRequestStatus.Submitted:
                break;
            case ServiceRequestStatus.Accepted:
                request.Accept(Next().Stamp);
                break;
            case ServiceRequestStatus.InProgress:
                request.Accept(Next().Stamp);
                request.Start(Next().Stamp);
                break;
            case ServiceRequestStatus.Suspended:
                request.Accept(Next().Stamp);
                request.Start(Next().Stamp);
                request.Suspend("等待材料", Next().Stamp);
                break;
            case ServiceRequestStatus.Completed:
                request.Accept(Next().Stamp);
                request.Start(Next().Stamp);
                request.Complete(Next().Stamp);
                break;
            case ServiceRequestStatus.Rejected:
                request.Reject("材料不符", Next().Stamp);
                break;
            case ServiceRequestStatus.Withdrawn:
                request.Withdraw(Next().Stamp);
                break;
            case ServiceRequestStatus.TransferredToHotline:
                request.TransferToHotline("12345-0001", Next().Stamp);
                break;
        }

        return request;
    }

    private static void Apply(ServiceRequest request, ServiceRequestAction action)
    {
        var stamp = Stamp(T0 + Duration.FromDays(2));
        switch (action)
        {
            case ServiceRequestAction.Accept: request.Accept(stamp); break;
            case ServiceRequestAction.Start: request.Start(stamp); break;
            case ServiceRequestAction.Suspend: request.Suspend("等待材料", stamp); break;
            case ServiceRequestAction.Resume: request.Resume(National, stamp); break;
            case ServiceRequestAction.Complete: request.Complete(stamp); break;
            case ServiceRequestAction.Reject: request.Reject("材料不符", stamp); break;
            case ServiceRequestAction.Withdraw: request.Withdraw(stamp); break;
            case ServiceRequestAction.TransferToHotline: request.TransferToHotline("12345-0002", stamp); break;
            default: throw new ArgumentOutOfRangeException(nameof(action));
        }
    }

    private readonly record struct ChangeStampNext(Instant At)
    {
        public Fengqiao.Grids.ChangeStamp Stamp => TestData.Stamp(At);
    }
}
