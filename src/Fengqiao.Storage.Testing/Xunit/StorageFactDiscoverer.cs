using Xunit.Abstractions;
using Xunit.Sdk;

namespace Fengqiao.Storage.Testing;

/// <summary>Discovers <see cref="StorageFactAttribute"/> tests; used by xunit, not by test code.</summary>
/// <param name="diagnosticMessageSink">The sink for diagnostic messages.</param>
public sealed class StorageFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    private readonly FactDiscoverer _facts = new(diagnosticMessageSink);

    /// <inheritdoc/>
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(factAttribute);
        if (!string.IsNullOrEmpty(factAttribute.GetNamedArgument<string>(nameof(StorageFactAttribute.Skip))))
        {
            // A statically skipped test needs no dynamic handling.
            return _facts.Discover(discoveryOptions, testMethod, factAttribute);
        }

        return
        [
            new StorageTestCase(
                diagnosticMessageSink,
                discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(),
                testMethod),
        ];
    }
}
