using Fengqiao.Cli;

return await FengqiaoCommandLine.InvokeAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
