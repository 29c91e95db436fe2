using Fengqiao.Errors;
using Fengqiao.Patrols.Figures;
using Fengqiao.Patrols.Prevention;
using Fengqiao.Patrols.Tests.Support;
using NodaTime;

namespace Fengqiao.Patrols.Tests.Prevention;

public class PreventionActivityTests
{
    private readonly NodaTime.Testing.FakeClock _clock = TestData.NewClock();

    private PreventionActivity Record(PreventionKind kind, PreventionTopic topic, int grid, LocalDate on, int attendees = 0) =>
        PreventionActivity.Record(PreventionActivityId.New(_clock), TestData.Grid(grid), kind, topic, on, "宣传", TestData.Stamp(_clock), "文化广场", attendees);

    [Fact]
    public void Activities_are_counted_per_grid_and_period()
    {
        PreventionActivity[] activities =
        [
            Record(PreventionKind.PublicityEvent, PreventionTopic.AntiFraud, 1, new LocalDate(2025, 3, 1), 80),
            Record(PreventionKind.PublicityEvent, PreventionTopic.Drugs, 2, new LocalDate(2025, 6, 26), 300),
            Record(PreventionKind.OnlineAlert, PreventionTopic.Fire, 1, new LocalDate(2025, 3, 2)),
            Record(PreventionKind.OnlineConsultation, PreventionTopic.Law, 1, new LocalDate(2025, 3, 3), 1),
            Record(PreventionKind.PublicityEvent, PreventionTopic.Law, 1, new LocalDate(2025, 4, 1), 10),
        ];

        var march = PatrolsFigures.Compute(new PatrolsReportInput(new LocalDate(2025, 3, 1), new LocalDate(2025, 4, 1)) { Prevention = activities, Within = TestData.Grid(1) }).Prevention;

        Assert.Equal(1, march.PublicityEvents);
        Assert.Equal(80, march.Attendees);
        Assert.Equal(1, march.OnlineAlerts);
        Assert.Equal(1, march.OnlineConsultations);
        Assert.Equal(3, march.ByTopic.Values.Sum());
    }

    [Fact]
    public void Attendees_cannot_be_negative()
    {
        Assert.Equal(PatrolErrorCodes.ValueInvalid, Assert.Throws<ValidationException>(() => Record(PreventionKind.PublicityEvent, PreventionTopic.Law, 1, new LocalDate(2025, 1, 1), -1)).Code);
        Assert.Equal(PatrolErrorCodes.TextRequired, Assert.Throws<ValidationException>(() => PreventionActivity.Record(PreventionActivityId.New(_clock), TestData.Grid(1), PreventionKind.OnlineAlert, PreventionTopic.Fire, new LocalDate(2025, 1, 1), " ", TestData.Stamp(_clock))).Code);
    }
}
