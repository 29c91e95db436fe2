using System.CommandLine;
using Fengqiao.Cli.Demo;
using Fengqiao.Cli.Infrastructure;
using Fengqiao.Access;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Fengqiao.Cli.Commands;

/// <summary><c>fengqiao demo</c>: loads the seeds and runs a demo county end to end.</summary>
internal static class DemoCommands
{
    public static Command Create(CliConsole console)
    {
        var database = new Option<FileInfo>("--db")
        {
            Description = "SQLite database file (created or migrated); default fengqiao-demo.db in the current directory / SQLite 数据库文件",
            DefaultValueFactory = _ => new FileInfo("fengqiao-demo.db"),
        };
        var postgres = new Option<string?>("--postgres")
        {
            Description = "Run on PostgreSQL instead, with this connection string (the schema is created or migrated) / 改用 PostgreSQL",
        };
        var scale = new Option<double>("--scale")
        {
            Description = "Scale the generated county (1 = about 20,000 households; 0.01 for a quick look) / 演示数据规模",
            DefaultValueFactory = _ => 1.0,
        };
        var command = new Command("demo", "Load the seed data and run a demo county end to end on SQLite (or PostgreSQL) / 加载种子数据并演示一个县的完整流程")
        {
            database,
            postgres,
            scale,
        };
        CommandRunner.SetAction(command, console, async (parseResult, cancellationToken) =>
        {
            var json = parseResult.GetValue(GlobalOptions.Json);
            var databasePath = parseResult.GetRequiredValue(database).FullName;
            var postgresConnection = parseResult.GetValue(postgres);
            var demoScale = parseResult.GetValue(scale);
            if (demoScale is <= 0 or > 10 || double.IsNaN(demoScale))
            {
                throw new Errors.ValidationException("Cli.Usage", "--scale", "--scale must be above 0 and at most 10 / --scale 须大于 0 且不超过 10");
            }

            var protector = FieldKeys.Resolve(parseResult.GetValue(FieldKeys.Option), string.IsNullOrWhiteSpace(postgresConnection) ? databasePath : null, console);
            var services = new ServiceCollection();
            services.AddFengqiao(f =>
            {
                f.UseFieldProtection(protector);
                f.AddGrids()
                    .AddHouseholds()
                    .AddDisputes()
                    .AddServices()
                    .AddPatrols()
                    .UseAccessScope(AccessScope.Unrestricted("demo", permissions: [FengqiaoPermissions.ManageGrids]));
                if (string.IsNullOrWhiteSpace(postgresConnection))
                {
                    f.UseSqlite($"Data Source={databasePath}");
                }
                else
                {
                    f.UsePostgreSql(postgresConnection);
                }
            });
            await using var provider = services.BuildServiceProvider();
            var clock = provider.GetRequiredService<IClock>();
            var zone = provider.GetRequiredService<DateTimeZone>();
            var today = clock.GetCurrentInstant().InZone(zone).Date;
            var context = new DemoContext(console, json, provider, today, demoScale);
            context.Report.Storage = string.IsNullOrWhiteSpace(postgresConnection) ? "sqlite" : "postgresql";
            context.Report.DatabasePath = string.IsNullOrWhiteSpace(postgresConnection) ? databasePath : null;
            context.Say($"Fengqiao.Core demo county 枫桥式公安派出所演示 — as of {today:yyyy-MM-dd}");
            context.Say(string.IsNullOrWhiteSpace(postgresConnection)
                ? $"Storage: SQLite database {databasePath}"
                : "Storage: PostgreSQL (connection string given with --postgres)");
            IDemoStep[] steps =
            [
                new CalendarDemoStep(),
                new IdentityDemoStep(),
                new GridsDemoStep(),
                new HouseholdsDemoStep(),
                new DisputesDemoStep(),
                new ServicesDemoStep(),
                new PatrolsDemoStep(),
            ];
            foreach (var step in steps)
            {
                await step.RunAsync(context, cancellationToken).ConfigureAwait(false);
            }

            if (json)
            {
                console.WriteJson(context.Report);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
