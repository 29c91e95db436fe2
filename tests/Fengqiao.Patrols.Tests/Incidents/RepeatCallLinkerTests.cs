using Fengqiao.Patrols.Figures;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Tests.Support;
using NodaTime;

namespace Fengqiao.Patrols.Tests.Incidents;

public class RepeatCallLinkerTests
{
    private readonly NodaTime.Testing.FakeClock _clock = TestData.NewClock();

    private Incident Call(int hour, int minute, string? address, IncidentCategory category = IncidentCategory.Dispute, int grid = 1)
    {
        _clock.Advance(Duration.FromMilliseconds(1));
        return Incident.Receive(
            IncidentId.New(_clock),
            new IncidentReport(TestData.Grid(grid), IncidentChannel.Call110, category, IncidentPriority.Normal, TestData.Local(2025, 7, 1, hour, minute), "邻里吵闹") { Address = address },
            TestData.Shanghai,
            TestData.Stamp(_clock));
    }

    [Fact]
    public void Calls_about_the_same_address_and_category_within_the_window_link_to_the_first()
    {
        var first = Call(20, 0, "幸福小区 3 栋 2 单元");
        var second = Call(21, 30, "幸福小区3栋2单元");
        var third = Call(23, 0, "幸福小区，3 栋 2 单元");
        var otherCategory = Call(21, 0, "幸福小区 3 栋 2 单元", IncidentCategory.Help);
        var otherAddress = Call(21, 0, "幸福小区 4 栋");
        var muchLater = Call(23, 30, "幸福小区 4 栋");

        var linked = RepeatCallLinker.Link([third, muchLater, otherAddress, second, otherCategory, first], Duration.FromHours(2));

        Assert.Equal([second.Id, third.Id], linked.Select(i => i.Id));
        Assert.Equal(first.Id, second.RepeatOf);
        Assert.Equal(first.Id, third.RepeatOf);
        Assert.Null(first.RepeatOf);
        Assert.Null(otherCategory.RepeatOf);
        Assert.Null(muchLater.RepeatOf);
        Assert.Empty(RepeatCallLinker.Link([first, second, third], Duration.FromHours(2)));
    }

    [Fact]
    public void Without_an_address_calls_link_by_grid_and_the_rate_is_reported()
    {
        var a = Call(8, 0, null, grid: 5);
        var b = Call(8, 20, null, grid: 5);
        var c = Call(8, 40, null, grid: 6);
        var d = Call(9, 0, "某地");

        RepeatCallLinker.Link([a, b, c, d], Duration.FromMinutes(30));

        Assert.Equal(a.Id, b.RepeatOf);
        Assert.Null(c.RepeatOf);
        var figures = PatrolsFigures.Compute(new PatrolsReportInput(new LocalDate(2025, 7, 1), new LocalDate(2025, 7, 2)) { Incidents = [a, b, c, d] }).Incidents;
        Assert.Equal(1, figures.RepeatCalls);
        Assert.Equal(0.25, figures.RepeatCallRate);
    }
}
