using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Fengqiao.Cli.Infrastructure;

/// <summary>
/// Where a command writes: results to <see cref="Out"/>, diagnostics and errors to <see cref="Error"/>.
/// With <c>--json</c>, results are one JSON document on stdout and errors one JSON object on stderr.
/// </summary>
internal sealed class CliConsole(TextWriter output, TextWriter error)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Keep Chinese names readable in the output instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public void WriteJson<T>(T value) => Out.WriteLine(JsonSerializer.Serialize(value, JsonOptions));

    public void WriteErrorJson(string errorCode, string message, string? field = null) =>
        Error.WriteLine(JsonSerializer.Serialize(new CliError(errorCode, message, field), JsonOptions));

    private sealed record CliError(string ErrorCode, string Message, string? Field);
}
