namespace Fengqiao.Cli.Demo;

/// <summary>One part of the demo county run: it writes its human output and adds a JSON section.</summary>
internal interface IDemoStep
{
    string Name { get; }

    Task RunAsync(DemoContext context, CancellationToken cancellationToken);
}
