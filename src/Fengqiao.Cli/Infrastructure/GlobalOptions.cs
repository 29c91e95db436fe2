using System.CommandLine;

namespace Fengqiao.Cli.Infrastructure;

/// <summary>Options every command understands.</summary>
internal static class GlobalOptions
{
    /// <summary>Machine-readable output: results as JSON on stdout, errors as JSON on stderr.</summary>
    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Write machine-readable JSON to stdout (errors as JSON to stderr) / 输出 JSON",
        Recursive = true,
    };
}
