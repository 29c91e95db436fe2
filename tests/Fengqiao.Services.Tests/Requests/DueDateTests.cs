using Fengqiao.Services.Requests;
using NodaTime;
using static Fengqiao.Services.Tests.TestData;

namespace Fengqiao.Services.Tests.Requests;

public sealed class DueDateTests
{
    [Fact]
    public void Id_card_reissue_across_Spring_Festival_2026_counts_the_swapped_Saturdays()
    {
        // Friday 6 Feb 2026: Feb 14 and Feb 28 (Saturdays) are worked, Feb 15–23 are off → 20th working day is Thu 12 Mar.
        var request = Submit("id-card-reissue", At(2026, 2, 6));

        Assert.Equal(20, request.TimeLimit.WorkingDays);
        Assert.Equal(new LocalDate(2026, 3, 12), request.DueOn);
        Assert.Null(request.DueAt);
    }

    [Fact]
    public void The_Tibet_overlay_moves_the_same_due_date_a_week_later()
    {
        // The example overlay adds Tibetan New Year, Feb 24–28 2026, including the nationally worked Saturday Feb 28.
        var national = Submit("id-card-reissue", At(2026, 2, 6));
        var tibet = Submit("id-card-reissue", At(2026, 2, 6), TibetStation);

        Assert.Equal(new LocalDate(2026, 3, 12), national.DueOn);
        Assert.Equal(new LocalDate(2026, 3, 19), tibet.DueOn);
        Assert.Equal(new LocalDate(2026, 2, 26), Submit("household-move-in", At(2026, 2, 12)).DueOn);
        Assert.Equal(new LocalDate(2026, 3, 4), Submit("household-move-in", At(2026, 2, 12), TibetStation).DueOn);
    }

    [Fact]
    public void National_Day_2025_skips_the_break_and_counts_Sunday_28_September_and_Saturday_11_October()
    {
        // Fri 26 Sep: Sun 28, Mon 29, Tue 30, then Oct 1–8 off, Thu 9, Fri 10 → 5th working day is Fri 10 Oct.
        Assert.Equal(new LocalDate(2025, 10, 10), Submit("household-move-in", At(2025, 9, 26)).DueOn);
        Assert.Equal(new LocalDate(2025, 10, 9), Submit("online-consultation", At(2025, 9, 30), answers: new Dictionary<string, string> { ["question"] = "户口迁移需要哪些材料" }).DueOn);
        Assert.Equal(new LocalDate(2025, 10, 23), Submit("id-card-reissue", At(2025, 9, 19)).DueOn);
    }

    [Fact]
    public void A_submission_late_at_night_counts_from_its_Shanghai_date()
    {
        // 16:30 UTC on Friday 26 Sep 2025 is 00:30 on Saturday 27 Sep in Shanghai.
        var saturday = Submit("household-move-in", Instant.FromUtc(2025, 9, 26, 16, 30));

        Assert.Equal(new LocalDate(2025, 9, 27), saturday.SubmittedOn);
        Assert.Equal(new LocalDate(2025, 10, 10), saturday.DueOn); // Saturday 27 is not a working day: the count is the same as from Friday
    }

    [Fact]
    public void On_the_spot_services_are_due_minutes_after_submission()
    {
        var pass = Submit("border-pass", At(2026, 2, 15, 9), answers: new Dictionary<string, string> { ["destination"] = "吉隆口岸" });

        Assert.Null(pass.DueOn);
        Assert.Equal(At(2026, 2, 15, 9, 20), pass.DueAt);
    }

    [Fact]
    public void Suspension_pauses_the_clock_by_the_working_days_suspended()
    {
        // Mon 2 Mar 2026 + 20 working days = Mon 30 Mar; suspended Wed 4 Mar, resumed Mon 9 Mar: Mar 5, 6, 9 paused → Thu 2 Apr.
        var request = Submit("id-card-reissue", At(2026, 3, 2));
        request.Accept(Stamp(At(2026, 3, 2, 11)));
        request.Start(Stamp(At(2026, 3, 3)));
        Assert.Equal(new LocalDate(2026, 3, 30), request.DueOn);

        request.Suspend("补充户口簿", Stamp(At(2026, 3, 4)));
        Assert.Equal(SlaWarning.None, request.WarningAt(At(2026, 5, 1), National)); // a suspended request never turns red
        request.Resume(National, Stamp(At(2026, 3, 9, 15)));

        Assert.Equal(3, request.PausedWorkingDays);
        Assert.Equal(new LocalDate(2026, 4, 2), request.DueOn);
        request.Complete(Stamp(At(2026, 4, 1)));
        Assert.True(request.IsCompletedOnTime(National));
        Assert.Equal(19, request.HandlingWorkingDays(National)); // 22 working days elapsed (Mar 3 – Apr 1), 3 of them suspended
    }

    [Fact]
    public void Suspending_an_on_the_spot_service_adds_the_time_suspended()
    {
        var request = Submit("lost-and-found", At(2026, 5, 6, 9));
        request.Accept(Stamp(At(2026, 5, 6, 9, 1)));
        request.Start(Stamp(At(2026, 5, 6, 9, 2)));
        request.Suspend("等待失主到场", Stamp(At(2026, 5, 6, 9, 5)));
        request.Resume(National, Stamp(At(2026, 5, 6, 9, 35)));

        Assert.Equal(At(2026, 5, 6, 9, 40), request.DueAt);
        request.Complete(Stamp(At(2026, 5, 6, 9, 39)));
        Assert.True(request.IsCompletedOnTime(National));
    }

    [Fact]
    public void Warnings_turn_yellow_near_the_due_date_and_red_after_it()
    {
        var request = Submit("id-card-reissue", At(2026, 2, 6));
        request.Accept(Stamp(At(2026, 2, 6, 11)));

        Assert.Equal(SlaWarning.None, request.WarningAt(At(2026, 3, 5), National)); // 5 working days left
        Assert.Equal(SlaWarning.Yellow, request.WarningAt(At(2026, 3, 6), National)); // 4 left = a fifth of 20
        Assert.Equal(SlaWarning.Yellow, request.WarningAt(At(2026, 3, 12, 17), National));
        Assert.Equal(SlaWarning.Red, request.WarningAt(At(2026, 3, 13), National));
        request.Start(Stamp(At(2026, 3, 13)));
        request.Complete(Stamp(At(2026, 3, 13, 12)));
        Assert.Equal(SlaWarning.None, request.WarningAt(At(2026, 3, 20), National));
        Assert.False(request.IsCompletedOnTime(National));
    }

    [Fact]
    public void A_request_keeps_the_catalog_version_it_was_made_under()
    {
        var service = SeedCatalog["household-move-in"];
        var copy = Fengqiao.Services.Catalog.ConvenienceService.FromState(service.ToState(), 0);
        var before = Fengqiao.Services.Requests.ServiceRequest.Submit(
            ServiceRequestId.From(Guid.CreateVersion7()), copy, ShanxiStation, Applicant(), Fengqiao.Services.Catalog.ServiceChannels.Window, National, Stamp(At(2026, 3, 2)));
        copy.Revise(copy.Current with { ValidFrom = new LocalDate(2026, 4, 1), TimeLimit = Fengqiao.Services.Catalog.ServiceTimeLimit.Days(3) });
        var after = Fengqiao.Services.Requests.ServiceRequest.Submit(
            ServiceRequestId.From(Guid.CreateVersion7()), copy, ShanxiStation, Applicant(), Fengqiao.Services.Catalog.ServiceChannels.Window, National, Stamp(At(2026, 4, 7)));

        Assert.Equal(1, before.CatalogVersion);
        Assert.Equal(5, before.TimeLimit.WorkingDays);
        Assert.Equal(2, after.CatalogVersion);
        Assert.Equal(3, after.TimeLimit.WorkingDays);
        Assert.Equal(new LocalDate(2026, 4, 10), after.DueOn);
    }

    [Fact]
    public void A_due_date_past_the_calendar_data_is_an_error_not_a_guess()
    {
        var error = Assert.Throws<Fengqiao.Errors.ValidationException>(() => Submit("id-card-reissue", At(2026, 12, 20)));
        Assert.Equal(Fengqiao.Errors.ErrorCodes.CalendarYearNotCovered, error.Code);
    }
}
