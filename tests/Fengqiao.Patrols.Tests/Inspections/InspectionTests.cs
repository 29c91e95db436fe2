using Fengqiao.Errors;
using Fengqiao.Grids.Staffing;
using Fengqiao.Households.Premises;
using Fengqiao.Patrols.Figures;
using Fengqiao.Patrols.Inspections;
using Fengqiao.Patrols.Tests.Support;
using Fengqiao.Time;
using NodaTime;

namespace Fengqiao.Patrols.Tests.Inspections;

public class InspectionTests
{
    private static readonly InspectionChecklist Courier = InspectionChecklists.Get("courier-site");
    private static readonly WorkingCalendar Calendar = WorkingCalendarSet.Embedded.National;
    private readonly NodaTime.Testing.FakeClock _clock = TestData.NewClock();

    private Inspection Open(LocalDate on) =>
        Inspection.Open(InspectionId.New(_clock), TestData.Grid(4), PremisesId.New(_clock), Courier, on, [StaffMemberId.New(_clock)], TestData.Stamp(_clock));

    [Fact]
    public void The_seeded_courier_checklist_has_the_three_rules_and_more_in_both_languages()
    {
        Assert.Equal(
            ["real-name-registration", "open-package-check", "x-ray-screening", "video-retention", "fire-equipment", "prohibited-items-list"],
            Courier.Items.Select(i => i.Code));
        Assert.Equal("过机安检（X 光机）", Courier.Find("x-ray-screening")!.TitleZh);
        Assert.Equal("X-ray screening", Courier.Find("x-ray-screening")!.TitleEn);
        Assert.Contains("hotel", InspectionChecklists.Embedded.Keys);
        Assert.Equal(PatrolErrorCodes.ChecklistInvalid, Assert.Throws<ValidationException>(() => InspectionChecklists.Get("casino")).Code);
    }

    [Fact]
    public void Hazards_get_orders_due_in_working_days_across_the_National_Day_holiday()
    {
        // Tuesday 30 September 2025; 1–8 October are off and Saturday 11 October is a working day.
        var inspection = Open(new LocalDate(2025, 9, 30));
        inspection.RecordResult(Courier, "real-name-registration", ItemOutcome.Passed);
        inspection.RecordResult(Courier, "open-package-check", ItemOutcome.Hazard, "未开箱验视");
        inspection.RecordResult(Courier, "x-ray-screening", ItemOutcome.Hazard, "X 光机未开机");

        var orders = inspection.Complete(Courier, Calendar);

        Assert.Equal(
            [("open-package-check", new LocalDate(2025, 10, 11)), ("x-ray-screening", new LocalDate(2025, 10, 21))],
            orders.Select(o => (o.ItemCode, o.DueOn)));
        Assert.Equal(InspectionStatus.RectificationPending, inspection.Status);
        Assert.Equal(2, inspection.HazardCount);
    }

    [Fact]
    public void A_re_inspection_closes_what_was_rectified_and_the_figures_tell_on_time_from_late()
    {
        var inspection = Open(new LocalDate(2025, 9, 30));
        inspection.RecordResult(Courier, "open-package-check", ItemOutcome.Hazard);
        inspection.RecordResult(Courier, "x-ray-screening", ItemOutcome.Hazard);
        inspection.Complete(Courier, Calendar);

        var first = inspection.Reinspect(new LocalDate(2025, 10, 10), ["open-package-check"]);
        Assert.Equal(["x-ray-screening"], first.StillOpen);
        Assert.Equal(PatrolErrorCodes.RectificationNotOpen, Assert.Throws<ValidationException>(() => inspection.Reinspect(new LocalDate(2025, 10, 20), ["open-package-check"])).Code);
        inspection.Reinspect(new LocalDate(2025, 10, 23), ["x-ray-screening"]);

        Assert.Equal(InspectionStatus.Closed, inspection.Status);
        var figures = PatrolsFigures.Compute(new PatrolsReportInput(new LocalDate(2025, 1, 1), new LocalDate(2026, 1, 1)) { Inspections = [inspection] }).Inspections;
        Assert.Equal(new InspectionFigures(1, 2, 2, 1, 1, 0, 2), figures);
    }

    [Fact]
    public void A_clean_inspection_closes_at_once_and_an_uncovered_year_is_never_guessed()
    {
        var clean = Open(new LocalDate(2025, 6, 3));
        clean.RecordResult(Courier, "fire-equipment", ItemOutcome.Passed);
        Assert.Empty(clean.Complete(Courier, Calendar));
        Assert.Equal(InspectionStatus.Closed, clean.Status);
        Assert.Equal(PatrolErrorCodes.InspectionStateInvalid, Assert.Throws<ValidationException>(() => clean.RecordResult(Courier, "fire-equipment", ItemOutcome.Hazard)).Code);

        var late = Open(new LocalDate(2026, 12, 30));
        late.RecordResult(Courier, "x-ray-screening", ItemOutcome.Hazard);
        Assert.Equal(ErrorCodes.CalendarYearNotCovered, Assert.Throws<ValidationException>(() => late.Complete(Courier, Calendar)).Code);
    }

    [Fact]
    public void Items_must_belong_to_the_inspection_s_checklist()
    {
        var inspection = Open(new LocalDate(2025, 6, 3));

        Assert.Equal(PatrolErrorCodes.ChecklistItemUnknown, Assert.Throws<ValidationException>(() => inspection.RecordResult(Courier, "guest-registration", ItemOutcome.Passed)).Code);
        Assert.Equal(PatrolErrorCodes.ChecklistInvalid, Assert.Throws<ValidationException>(() => inspection.RecordResult(InspectionChecklists.Get("hotel"), "guest-registration", ItemOutcome.Passed)).Code);
    }

    [Fact]
    public void A_malformed_checklist_is_refused()
    {
        Assert.Equal(PatrolErrorCodes.ChecklistInvalid, Assert.Throws<ValidationException>(() => InspectionChecklists.Parse("{")).Code);
        Assert.Equal(PatrolErrorCodes.ChecklistInvalid, Assert.Throws<ValidationException>(() => InspectionChecklists.Parse("""{"code":"x","premisesKind":"y","items":[{"code":"a","rectificationWorkingDays":0}]}""")).Code);
    }
}
