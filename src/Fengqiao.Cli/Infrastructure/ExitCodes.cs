namespace Fengqiao.Cli.Infrastructure;

/// <summary>The tool's exit codes; scripts may rely on them.</summary>
internal static class ExitCodes
{
    /// <summary>The command ran and everything it checked was valid.</summary>
    public const int Success = 0;

    /// <summary>The command ran, but some input it checked was invalid (an invalid ID, a coverage gap…).</summary>
    public const int Findings = 1;

    /// <summary>The command line or its input could not be used (bad option, unreadable file, bad data).</summary>
    public const int UsageError = 2;

    /// <summary>Something failed unexpectedly.</summary>
    public const int InternalError = 3;
}
