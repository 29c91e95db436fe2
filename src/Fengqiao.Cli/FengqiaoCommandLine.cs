using System.CommandLine;

namespace Fengqiao.Cli;

/// <summary>Builds the `fengqiao` command tree and runs it.</summary>
internal static class FengqiaoCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("fengqiao — tools for Fengqiao-style police station data (枫桥式公安派出所数据工具)");
        return root;
    }

    public static Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return Build().Parse(args).InvokeAsync(configuration);
    }
}
