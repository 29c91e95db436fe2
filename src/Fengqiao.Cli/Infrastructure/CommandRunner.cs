using System.CommandLine;
using Fengqiao.Errors;

namespace Fengqiao.Cli.Infrastructure;

/// <summary>
/// Runs a command's body with the tool's error conventions: library errors become a message (or a
/// JSON object with <c>errorCode</c> on stderr under <c>--json</c>) and a non-zero exit code.
/// </summary>
internal static class CommandRunner
{
    public static void SetAction(Command command, CliConsole console, Func<ParseResult, CancellationToken, Task<int>> body)
    {
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var json = parseResult.GetValue(GlobalOptions.Json);
            try
            {
                return await body(parseResult, cancellationToken).ConfigureAwait(false);
            }
            catch (FengqiaoException error)
            {
                Report(console, json, error.Code, error.Message, (error as ValidationException)?.Field);
                return ExitCodes.UsageError;
            }
            catch (IOException error)
            {
                Report(console, json, "Cli.Io", error.Message, null);
                return ExitCodes.UsageError;
            }
            catch (UnauthorizedAccessException error)
            {
                Report(console, json, "Cli.Io", error.Message, null);
                return ExitCodes.UsageError;
            }
        });
    }

    public static void Report(CliConsole console, bool json, string code, string message, string? field)
    {
        if (json)
        {
            console.WriteErrorJson(code, message, field);
        }
        else
        {
            console.Error.WriteLine($"error {code}: {message}");
        }
    }
}
