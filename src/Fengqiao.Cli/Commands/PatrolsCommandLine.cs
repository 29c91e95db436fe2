using System.CommandLine;
using Fengqiao.Access;
using Fengqiao.Cli.Infrastructure;
using Fengqiao.Patrols.Figures;
using Fengqiao.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Fengqiao.Cli.Commands;

/// <summary>The options <c>patrols report</c> and <c>incidents report</c> share, and how they open the database.</summary>
internal sealed class PatrolsCommandLine
{
    public Option<FileInfo> Database { get; } = new("--db") { Description = "The SQLite database file / SQLite 数据库文件", Required = true };

    public Option<string> From { get; } = new("--from") { Description = "First day of the period, yyyy-MM-dd / 统计起始日", Required = true };

    public Option<string> To { get; } = new("--to") { Description = "Last day of the period (included), yyyy-MM-dd / 统计截止日（含）", Required = true };

    public Option<string?> Grid { get; } = new("--grid") { Description = "Only this grid or division (code) / 仅统计该网格或区划" };

    private void AddTo(Command command)
    {
        command.Options.Add(Database);
        command.Options.Add(From);
        command.Options.Add(To);
        command.Options.Add(Grid);
    }

    /// <summary>Makes a <c>report</c> subcommand over these options: JSON of the chosen sections under --json, else text.</summary>
    public static Command CreateReport(CliConsole console, string description, Func<PatrolsReport, object> sections, Action<TextWriter, PatrolsReport> write)
    {
        var options = new PatrolsCommandLine();
        var report = new Command("report", description);
        options.AddTo(report);
        CommandRunner.SetAction(report, console, async (parse, cancellationToken) =>
        {
            var figures = await options.LoadAsync(parse, console, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(GlobalOptions.Json))
            {
                console.WriteJson(sections(figures));
            }
            else
            {
                write(console.Out, figures);
            }

            return ExitCodes.Success;
        });
        return report;
    }

    private async Task<PatrolsReport> LoadAsync(ParseResult parse, CliConsole console, CancellationToken cancellationToken)
    {
        var period = CliArguments.ParsePeriod(parse, From, To);
        var within = CliArguments.ParseArea(parse.GetValue(Grid), Grid.Name);
        var path = CliArguments.ExistingDatabase(parse, Database);
        var protector = FieldKeys.Resolve(parse.GetValue(FieldKeys.Option), path, console);
        var services = new ServiceCollection();
        services.AddFengqiao(f =>
        {
            f.UseFieldProtection(protector);
            f.AddGrids().AddPatrols().UseAccessScope(AccessScope.Unrestricted("report"));
            f.UseSqlite($"Data Source={path}");
        });
        await using var provider = services.BuildServiceProvider();
        return await PatrolsReportLoader.LoadAsync(provider.GetRequiredService<IStorageProvider>(), period.Start, period.End.PlusDays(1), within, cancellationToken).ConfigureAwait(false);
    }
}
