using Fengqiao.Errors;
using Fengqiao.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Fengqiao.Core.Tests.Time.CalendarTestData;

namespace Fengqiao.Core.Tests.Time;

public class WorkingCalendarServiceCollectionExtensionsTests
{
    [Fact]
    public void UseWorkingCalendars_registers_the_embedded_calendars_by_default()
    {
        using var provider = new ServiceCollection().AddFengqiao(f => f.UseWorkingCalendars()).BuildServiceProvider();

        var set = provider.GetRequiredService<WorkingCalendarSet>();

        Assert.Same(WorkingCalendarSet.Embedded, set);
        Assert.Same(set, provider.GetRequiredService<WorkingCalendarSet>());
    }

    [Fact]
    public void AddFengqiao_alone_provides_the_embedded_calendars()
    {
        using var provider = new ServiceCollection().AddFengqiao().BuildServiceProvider();

        var calendar = provider.GetRequiredService<WorkingCalendarSet>().National;

        Assert.Equal(D("2025-09-28"), calendar.AddWorkingDays(D("2025-09-26"), 1));
    }

    [Fact]
    public void A_directory_replaces_or_extends_the_embedded_data()
    {
        var directory = Directory.CreateTempSubdirectory("fengqiao-calendars-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "cn-2027.json"), Year(2027, null, Holiday("new-year", Range("2027-01-01", "2027-01-01"))));
            using var provider = new ServiceCollection()
                .AddFengqiao(f => f.UseWorkingCalendars(o => o.Directories.Add(directory.FullName)))
                .BuildServiceProvider();

            var calendar = provider.GetRequiredService<WorkingCalendarSet>().National;

            Assert.Equal(new[] { 2025, 2026, 2027 }, calendar.Years);
            Assert.Equal(D("2027-01-04"), calendar.AddWorkingDays(D("2026-12-31"), 1));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Calling_UseWorkingCalendars_twice_registers_one_set_with_both_configurations()
    {
        var services = new ServiceCollection().AddFengqiao(f => f.UseWorkingCalendars().UseWorkingCalendars(o => o.UseEmbeddedCalendars = false));

        Assert.Single(services, d => d.ServiceType == typeof(WorkingCalendarSet));
        using var provider = services.BuildServiceProvider();
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<WorkingCalendarSet>());
    }

    [Fact]
    public void Options_naming_a_missing_directory_fail_validation()
    {
        using var provider = new ServiceCollection()
            .AddFengqiao(f => f.UseWorkingCalendars(o => o.Directories.Add("/no/such/fengqiao/calendars")))
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<WorkingCalendarSet>());
        Assert.Contains("/no/such/fengqiao/calendars", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_data_in_a_configured_directory_surfaces_as_the_calendar_error()
    {
        var directory = Directory.CreateTempSubdirectory("fengqiao-calendars-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "cn-2025.json"), Year(2025));
            using var provider = new ServiceCollection()
                .AddFengqiao(f => f.UseWorkingCalendars(o => o.Directories.Add(directory.FullName)))
                .BuildServiceProvider();

            // 2025 is shipped already: a second copy conflicts rather than silently winning.
            var error = Assert.Throws<ValidationException>(() => provider.GetRequiredService<WorkingCalendarSet>());
            Assert.Equal(ErrorCodes.CalendarConflictingEntries, error.Code);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
