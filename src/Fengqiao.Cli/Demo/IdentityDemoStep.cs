using Fengqiao.Errors;
using Fengqiao.Identity;

namespace Fengqiao.Cli.Demo;

/// <summary>Shows citizen ID validation and masking on sample numbers (the standard's worked examples and typos of them).</summary>
internal sealed class IdentityDemoStep : IDemoStep
{
    private static readonly string[] Samples =
    [
        "11010519491231002X", // GB 11643's worked example
        "440524188001010014", // the standard's second example, born 1880
        "11010519491231002x", // lowercase x is accepted
        "11010519491231012X", // one digit mistyped
        "11010519492131002X", // month 21
        "110105491231002",    // a first-generation (15-digit) number
    ];

    public string Name => "identity";

    public Task RunAsync(DemoContext context, CancellationToken cancellationToken)
    {
        context.Heading("Citizen IDs 公民身份号码 (GB 11643), always shown masked 脱敏");
        var results = new List<object>();
        foreach (var sample in Samples)
        {
            var masked = MaskingPolicy.Default.MaskText(sample);
            if (CitizenId.TryParse(sample, out var id, out var errorCode))
            {
                context.Say($"  {masked,-20} valid   born {id.BirthDate:yyyy-MM-dd}, {id.Sex}, address {id.AddressCode}");
                results.Add(new { input = masked, valid = true, errorCode = (string?)null });
            }
            else if (errorCode == ErrorCodes.CitizenIdFirstGeneration && CitizenId.TryFromFirstGeneration(sample, out var upgraded, out _))
            {
                context.Say($"  {masked,-20} 15-digit first-generation number → upgraded to {upgraded}");
                results.Add(new { input = masked, valid = false, errorCode, upgradedTo = upgraded.ToString() });
            }
            else
            {
                context.Say($"  {masked,-20} invalid {errorCode}");
                results.Add(new { input = masked, valid = false, errorCode });
            }
        }

        context.Report.Steps[Name] = results;
        return Task.CompletedTask;
    }
}
