using System.CommandLine;
using System.Globalization;
using Fengqiao.Access;
using Fengqiao.Cli.Infrastructure;
using Fengqiao.Errors;
using Fengqiao.Households.Ledgers;
using Fengqiao.Jurisdictions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Fengqiao.Cli.Commands;

/// <summary>
/// <c>fengqiao households import|export</c>: household ledgers (户籍台账) from CSV or XLSX into a SQLite
/// database, and the township ledger (一乡一账) or a household form (一户一表) out to XLSX. No command
/// prints or writes an unmasked citizen ID or phone number.
/// </summary>
internal static class HouseholdsCommands
{
    /// <summary>Below this many data rows an import prints no progress.</summary>
    private const int ProgressInterval = 10_000;

    public static Command Create(CliConsole console)
    {
        var households = new Command("households", "Households and residents: ledger import and export / 户籍台账导入导出");
        households.Subcommands.Add(CreateImport(console));
        households.Subcommands.Add(CreateExport(console));
        return households;
    }

    private static Option<FileInfo> DatabaseOption() => new("--db")
    {
        Description = "SQLite database file (created or migrated) / SQLite 数据库文件",
        Required = true,
    };

    private static Command CreateImport(CliConsole console)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The ledger, .csv (UTF-8 or GBK) or .xlsx / 台账文件" };
        var database = DatabaseOption();
        var partial = new Option<bool>("--partial")
        {
            Description = "Import the valid households even when others have errors (default: any error imports nothing) / 部分导入",
        };
        var command = new Command("import", "Import a household ledger; exit 1 when rows are rejected / 导入户籍台账")
        {
            file, database, partial,
        };
        CommandRunner.SetAction(command, console, async (parse, cancellationToken) =>
        {
            var json = parse.GetValue(GlobalOptions.Json);
            var path = parse.GetValue(file)!;
            if (!LedgerImporter.TryGetFormat(path.Name, out var format))
            {
                throw new ValidationException("Cli.Usage", "FILE", "FILE must be a .csv or .xlsx ledger / 台账文件须为 .csv 或 .xlsx");
            }

            if (!path.Exists)
            {
                throw new ValidationException("Cli.Io", "FILE", $"{path.FullName} does not exist / 文件不存在");
            }

            await using var provider = Build(parse, database, console);
            await using var scope = provider.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<LedgerImporter>();
            var options = new LedgerImportOptions
            {
                Partial = parse.GetValue(partial),
                ProgressInterval = ProgressInterval,
                Progress = new StderrProgress(console, json),
            };
            LedgerImportResult result;
            await using (var stream = path.OpenRead())
            {
                result = await importer.ImportAsync(stream, format, options, cancellationToken).ConfigureAwait(false);
            }

            if (json)
            {
                console.WriteJson(new ImportResult(
                    result.Imported,
                    result.Rejected,
                    [.. result.Errors.Select(e => new ImportError(e.Row, e.Column, e.ErrorCode, e.Message))]));
            }
            else
            {
                WriteImport(console, path.Name, result, options.Partial);
            }

            return result.IsClean ? ExitCodes.Success : ExitCodes.Findings;
        });
        return command;
    }

    private static Command CreateExport(CliConsole console)
    {
        var grid = new Option<string>("--grid")
        {
            Description = "Township (9 digits: 一乡一账), village (12) or grid (15) code whose households to export / 乡镇、村或网格编码",
            Required = true,
        };
        var output = new Option<FileInfo>("--output", "-o") { Description = "The XLSX file to write / 输出的 XLSX 文件", Required = true };
        var household = new Option<string?>("--household")
        {
            Description = "Write the household form (一户一表) of this household number instead of the ledger / 只导出该户的一户一表",
        };
        var database = DatabaseOption();
        var command = new Command("export", "Export the township ledger (一乡一账) or a household form (一户一表) to XLSX, IDs and phones masked / 导出台账")
        {
            grid, output, household, database,
        };
        CommandRunner.SetAction(command, console, async (parse, cancellationToken) =>
        {
            var json = parse.GetValue(GlobalOptions.Json);
            var codeText = parse.GetValue(grid)!;
            if (!JurisdictionCode.TryParse(codeText, out var code) || code.Level < JurisdictionLevel.Township)
            {
                throw new ValidationException("Cli.Usage", "--grid", "--grid must be a 9-digit township, 12-digit village or 15-digit grid code / --grid 须为乡镇、村或网格编码");
            }

            await using var provider = Build(parse, database, console);
            await using var scope = provider.CreateAsyncScope();
            var today = provider.GetRequiredService<IClock>().GetCurrentInstant().InZone(provider.GetRequiredService<DateTimeZone>()).Date;
            var households = await scope.ServiceProvider.GetRequiredService<HouseholdLedgerSource>().ReadAsync(code, today, cancellationToken).ConfigureAwait(false);
            var target = parse.GetValue(output)!;
            var number = parse.GetValue(household);
            int written;
            await using (var stream = target.Create())
            {
                if (number is null)
                {
                    await LedgerExporter.WriteLedgerAsync(stream, households, cancellationToken: cancellationToken).ConfigureAwait(false);
                    written = households.Count;
                }
                else
                {
                    var one = households.FirstOrDefault(h => string.Equals(h.Number, number, StringComparison.Ordinal))
                        ?? throw new ValidationException("Cli.NotFound", "--household", $"no household {number} in {code} / 未找到该户");
                    await LedgerExporter.WriteHouseholdFormAsync(stream, one, cancellationToken: cancellationToken).ConfigureAwait(false);
                    written = 1;
                }
            }

            var residents = number is null ? households.Sum(h => h.Members.Count) : households.First(h => h.Number == number).Members.Count;
            if (json)
            {
                console.WriteJson(new ExportResult(target.FullName, number is null ? "township-ledger" : "household-form", written, residents));
            }
            else
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {target.FullName}: {written} household(s), {residents} resident(s), IDs and phones masked / 已导出（身份号码、电话已脱敏）"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static ServiceProvider Build(ParseResult parse, Option<FileInfo> database, CliConsole console)
    {
        var path = parse.GetRequiredValue(database).FullName;
        var protector = FieldKeys.Resolve(parse.GetValue(FieldKeys.Option), path, console);
        var services = new ServiceCollection();
        services.AddFengqiao(f =>
        {
            f.UseFieldProtection(protector);
            f.AddHouseholdLedgers().UseAccessScope(AccessScope.Unrestricted("cli", permissions: [FengqiaoPermissions.ManageGrids]));
            f.UseSqlite($"Data Source={path}");
        });
        return services.BuildServiceProvider();
    }

    private static void WriteImport(CliConsole console, string file, LedgerImportResult result, bool partial)
    {
        var output = console.Out;
        var encoding = result.Encoding is null ? string.Empty : $" ({result.Encoding})";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ledger {file}{encoding} / 台账导入"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Imported 已导入: {result.Imported} household(s), {result.ResidentsImported} resident(s)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Rejected 未导入: {result.Rejected} household(s)"));
        foreach (var error in result.Errors)
        {
            var column = error.Column.Length == 0 ? string.Empty : $" {error.Column}";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  row {error.Row}{column} {error.ErrorCode}: {error.Message}"));
        }

        if (!result.IsClean && !partial)
        {
            output.WriteLine("Nothing was imported; fix the rows or use --partial to import the valid households / 未导入任何数据：请修正，或用 --partial 导入有效的户");
        }
    }

    /// <summary>Progress goes to stderr, so stdout keeps only the result (one JSON document under --json).</summary>
    private sealed class StderrProgress(CliConsole console, bool json) : IProgress<LedgerProgress>
    {
        public void Report(LedgerProgress value)
        {
            var line = value.Phase switch
            {
                LedgerPhase.Reading => string.Create(CultureInfo.InvariantCulture, $"read {value.RowsRead:N0} rows / 已读取"),
                LedgerPhase.Writing when value.HouseholdsToWrite >= ProgressInterval / 3 => string.Create(CultureInfo.InvariantCulture, $"wrote {value.HouseholdsWritten:N0} of {value.HouseholdsToWrite:N0} households / 已写入"),
                _ => null,
            };
            if (line is null || (value.Phase == LedgerPhase.Reading && value.RowsRead < ProgressInterval))
            {
                return;
            }

            console.Error.WriteLine(json ? $"{{\"progress\": \"{line}\"}}" : line);
        }
    }

    private sealed record ImportResult(int Imported, int Rejected, IReadOnlyList<ImportError> Errors);

    private sealed record ImportError(int Row, string Column, string ErrorCode, string Message);

    private sealed record ExportResult(string Output, string Kind, int Households, int Residents);
}
