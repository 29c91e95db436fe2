using Fengqiao.Disputes.Parties;
using Fengqiao.Disputes.TimeLimits;
using Fengqiao.Disputes.Workflow;
using Fengqiao.Errors;
using Fengqiao.Time;
using static Fengqiao.Disputes.Tests.TestData;

namespace Fengqiao.Disputes.Tests;

/// <summary>Time limits in working days of the shipped cn-2025/cn-2026 calendars: holidays and swapped working days.</summary>
public sealed class TimeLimitTests
{
    [Fact]
    public void A_deadline_across_Spring_Festival_2025_counts_the_swapped_Sunday_and_skips_the_holiday()
    {
        // Friday 24 January 2025, high-risk traffic scrape: 3 working days. Sunday 26 January is worked (调休),
        // Monday 27 is a working day, 28 January – 4 February are off: the third working day is Wednesday 5 February.
        var dispute = New(D(2025, 1, 24), record: Record("traffic", RiskLevel.High));

        Assert.Equal(D(2025, 2, 5), dispute.Deadline);
    }

    [Fact]
    public void A_deadline_across_National_Day_2025_turns_yellow_then_red()
    {
        // Friday 26 September, medium-risk traffic: 5 working days — Sun 28 Sep (worked), 29, 30, then 1–8 October off, 9 and 10 October.
        var dispute = New(D(2025, 9, 26), record: Record("traffic", RiskLevel.Medium));
        dispute.Accept(Stamp());

        Assert.Equal(D(2025, 10, 10), dispute.Deadline);
        Assert.Equal(new TimeLimitState(D(2025, 10, 10), 5, TimeLimitStatus.OnTime), Policy.Evaluate(dispute, D(2025, 9, 26)));
        Assert.Equal(new TimeLimitState(D(2025, 10, 10), 2, TimeLimitStatus.Yellow), Policy.Evaluate(dispute, D(2025, 9, 30)));
        Assert.Equal(TimeLimitStatus.Yellow, Policy.Evaluate(dispute, D(2025, 10, 5)).Status);
        Assert.Equal(new TimeLimitState(D(2025, 10, 10), -1, TimeLimitStatus.Red), Policy.Evaluate(dispute, D(2025, 10, 11)));
    }

    [Fact]
    public void Follow_ups_after_Spring_Festival_2026_count_the_swapped_Saturdays()
    {
        // Settled Thursday 12 February 2026: Fri 13, Sat 14 (worked), 15–23 off, 24, 25, 26 → the 5th working day is 26 February;
        // the 20th counts Saturday 28 February (worked) too: 27, 28, 2–6 March, 9–13, 16, 17, 18 → 18 March.
        var dispute = New(D(2026, 2, 10), record: Record("neighbour", RiskLevel.Low));
        dispute.Accept(Stamp());
        dispute.RespondFirst(Stamp());
        dispute.Settle(null, D(2026, 2, 12), Policy, Stamp());

        Assert.Equal([D(2026, 2, 26), D(2026, 3, 18)], dispute.FollowUps.Select(v => v.Due));
        Assert.Equal(2, dispute.WorkingDaysToSettle(Policy));
    }

    [Fact]
    public void A_settled_dispute_is_never_overdue_and_escalation_restarts_the_clock()
    {
        var dispute = New(D(2025, 3, 3), record: Record("neighbour", RiskLevel.High));
        dispute.Accept(Stamp());
        dispute.StartMediation(Stamp());
        dispute.Fail(Stamp(), "未果");
        dispute.Escalate(Escalation.EscalationLevel.Township, "上交", D(2025, 3, 20), Policy, Stamp());

        Assert.Equal(D(2025, 3, 27), dispute.Deadline);
        Assert.Equal(D(2025, 3, 20), dispute.ClockStartedOn);
        Assert.Equal(TimeLimitStatus.Red, Policy.Evaluate(dispute, D(2025, 4, 1)).Status);
        dispute.StartMediation(Stamp());
        dispute.Settle(null, D(2025, 3, 26), Policy, Stamp());
        Assert.Equal(TimeLimitStatus.OnTime, Policy.Evaluate(dispute, D(2025, 4, 1)).Status);
    }

    [Fact]
    public void A_date_past_the_calendar_data_is_an_error_never_a_guess()
    {
        var error = Assert.Throws<ValidationException>(() => New(D(2026, 12, 28), record: Record("boundary", RiskLevel.Low)));

        Assert.Equal(ErrorCodes.CalendarYearNotCovered, error.Code);
    }

    [Fact]
    public async Task The_overdue_query_lists_open_disputes_past_their_deadline_and_supervision_is_flagged()
    {
        await using var fixture = new ServiceFixture();
        var service = fixture.Service;
        var late = await service.ReportAsync(new DisputeLocation(ZhangcunGrid, "一组"), D(2025, 1, 24), DisputeSource.Call110, Record("traffic", RiskLevel.High));
        await service.ReportAsync(new DisputeLocation(ZhangcunGrid, "二组"), D(2025, 2, 4), DisputeSource.Call110, Record("traffic", RiskLevel.High, residents: 1));
        await service.ChangeAsync(late.Id, (d, s, p) => d.Supervise("县综治中心督办", s));

        var overdue = await service.OverdueAsync(ZhangcunGrid.County!.Value, D(2025, 2, 6));

        var only = Assert.Single(overdue);
        Assert.Equal(late.Id, only.Id);
        Assert.Equal("县综治中心督办", only.Supervision!.Reason);
        Assert.Empty(await service.OverdueAsync(ZhangcunGrid.County!.Value, D(2025, 2, 5)));
    }

    [Fact]
    public void The_Tibet_overlay_changes_deadlines_only_where_it_applies()
    {
        var national = Policy.DeadlineFor("neighbour", RiskLevel.Low, ZhangcunGrid, D(2025, 2, 20));
        var tibet = Policy.DeadlineFor("neighbour", RiskLevel.Low, ZhaxigangGrid, D(2025, 2, 20));
        var overlay = WorkingCalendarSet.Embedded.GetCalendar(ZhaxigangGrid);

        Assert.True(tibet >= national);
        Assert.Equal(15, overlay.WorkingDaysBetween(D(2025, 2, 20), tibet));
    }
}
