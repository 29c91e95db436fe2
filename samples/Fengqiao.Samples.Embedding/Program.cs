using Fengqiao.Access;
using Fengqiao.Grids;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Time;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

var services = new ServiceCollection();
services.AddFengqiao(f => f
    .AddGrids()
    .UseSqlite("Data Source=county.db")
    .UseAccessScope(AccessScope.For("officer-0042", [JurisdictionCode.Parse("540127200")])));
await using var provider = services.BuildServiceProvider();

var id = CitizenId.Parse("11010519491231002X");
Console.WriteLine(id);               // 110105********002X: masked unless you ask otherwise
Console.WriteLine($"{id.BirthDate:yyyy-MM-dd}");   // 1949-12-31

var calendar = provider.GetRequiredService<WorkingCalendarSet>().GetCalendar(JurisdictionCode.Parse("540127"));
Console.WriteLine($"{calendar.AddWorkingDays(new LocalDate(2026, 2, 12), 20):yyyy-MM-dd}");   // ID card reissue: due 2026-03-25 in Tibet

await using var scope = provider.CreateAsyncScope();
var grids = scope.ServiceProvider.GetRequiredService<GridDirectory>();
var township = await grids.GetNodeAsync(JurisdictionCode.Parse("540127200"), new LocalDate(2026, 6, 1));
Console.WriteLine(township?.Name ?? "not loaded yet: run `fengqiao demo --db county.db` first");
