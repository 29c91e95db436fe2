using System.CommandLine;
using System.Globalization;
using Fengqiao.Cli.Infrastructure;
using Fengqiao.Errors;
using Fengqiao.Identity;
using NodaTime.Text;

namespace Fengqiao.Cli.Commands;

/// <summary><c>fengqiao id …</c>: citizen ID numbers (公民身份号码, GB 11643).</summary>
internal static class IdCommands
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("id", "Citizen ID numbers (GB 11643) / 公民身份号码");
        command.Subcommands.Add(CreateCheck(console));
        return command;
    }

    private static Command CreateCheck(CliConsole console)
    {
        var ids = new Argument<string[]>("ID")
        {
            Description = "18-character citizen ID numbers to check / 待校验的 18 位公民身份号码",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var file = new Option<FileInfo?>("--file", "-f")
        {
            Description = "Also read numbers from this file, one per line, blank lines skipped; keeps them out of shell history / 从文件逐行读取号码",
        };
        var check = new Command(
            "check",
            "Check citizen ID numbers (length, characters, address code, birth date, MOD 11-2 check character). "
            + "Output never shows a number unmasked. Exit code 0 when all are valid, 1 when any is invalid. "
            + "/ 校验公民身份号码，输出一律脱敏。")
        {
            ids,
            file,
        };

        CommandRunner.SetAction(check, console, async (parseResult, cancellationToken) =>
        {
            var json = parseResult.GetValue(GlobalOptions.Json);
            var inputs = new List<string>(parseResult.GetValue(ids) ?? []);
            if (parseResult.GetValue(file) is { } path)
            {
                var lines = await File.ReadAllLinesAsync(path.FullName, cancellationToken).ConfigureAwait(false);
                inputs.AddRange(lines.Where(line => !string.IsNullOrWhiteSpace(line)));
            }

            if (inputs.Count == 0)
            {
                CommandRunner.Report(console, json, "Cli.Usage", "No ID numbers given: pass them as arguments or with --file. / 未提供身份证号码。", "ID");
                return ExitCodes.UsageError;
            }

            var results = inputs.Select(input => Check(input, explain: !json)).ToList();
            if (json)
            {
                console.WriteJson(results);
            }
            else
            {
                WriteTable(console.Out, results);
            }

            return results.TrueForAll(r => r.Valid) ? ExitCodes.Success : ExitCodes.Findings;
        });
        return check;
    }

    private static IdCheckResult Check(string input, bool explain)
    {
        if (!CitizenId.TryParse(input, out var id, out var errorCode))
        {
            // An invalid input may still be someone's number with one typo: mask it all the same.
            return new IdCheckResult(MaskingPolicy.Default.MaskText(input.Trim()), false, errorCode, null, null, null)
            {
                Message = explain ? MessageFor(input) : null,
            };
        }

        return new IdCheckResult(
            id.ToString(),
            true,
            null,
            LocalDatePattern.Iso.Format(id.BirthDate),
            id.Sex == Sex.Male ? "male" : "female",
            id.AddressCode);
    }

    /// <summary>The localized reason, for the human table; the library's message carries no digits of the input.</summary>
    private static string MessageFor(string input)
    {
        try
        {
            CitizenId.Parse(input);
            return string.Empty;
        }
        catch (ValidationException error)
        {
            return error.Message;
        }
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<IdCheckResult> results)
    {
        string[] header = ["INPUT (MASKED)", "VALID", "BIRTH DATE", "SEX", "ADDRESS", "ERROR"];
        var rows = results
            .Select(r => new[]
            {
                r.Input,
                r.Valid ? "yes" : "no",
                r.BirthDate ?? string.Empty,
                r.Sex ?? string.Empty,
                r.AddressCode ?? string.Empty,
                r.ErrorCode is null ? string.Empty : $"{r.ErrorCode}: {r.Message}",
            })
            .Prepend(header)
            .ToList();
        var widths = Enumerable.Range(0, header.Length)
            .Select(column => rows.Max(row => DisplayWidth(row[column])))
            .ToArray();

        foreach (var row in rows)
        {
            var cells = row.Select((cell, column) =>
                column == row.Length - 1 ? cell : cell + new string(' ', widths[column] - DisplayWidth(cell)));
            output.WriteLine(string.Join("  ", cells).TrimEnd());
        }

        var invalid = results.Count(r => !r.Valid);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{results.Count} checked, {invalid} invalid."));
    }

    /// <summary>Columns a terminal gives the text: full-width and CJK characters take two.</summary>
    private static int DisplayWidth(string text) =>
        text.Sum(c => c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6')
            ? 2
            : 1);

    /// <summary>One line of the result; the JSON shape is documented in docs/identity.md.</summary>
    private sealed record IdCheckResult(string Input, bool Valid, string? ErrorCode, string? BirthDate, string? Sex, string? AddressCode)
    {
        /// <summary>The localized reason, shown in the table only (the JSON has the stable code).</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public string? Message { get; init; }
    }
}
