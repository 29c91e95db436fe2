using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Fengqiao.Storage.Testing;

/// <summary>
/// A test case that turns a failure by <see cref="StoreCapabilityMissingException"/> into a skip; used by
/// xunit, not by test code.
/// </summary>
public sealed class StorageTestCase : XunitTestCase
{
    /// <summary>For the xunit de-serializer only.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StorageTestCase()
    {
    }

    /// <summary>Creates the test case.</summary>
    /// <param name="diagnosticMessageSink">The sink for diagnostic messages.</param>
    /// <param name="defaultMethodDisplay">How test names are displayed.</param>
    /// <param name="defaultMethodDisplayOptions">Further display options.</param>
    /// <param name="testMethod">The test method.</param>
    public StorageTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay, TestMethodDisplayOptions defaultMethodDisplayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod)
    {
    }

    /// <inheritdoc/>
    public override async Task<RunSummary> RunAsync(IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource)
    {
        var bus = new CapabilitySkipMessageBus(messageBus);
        var summary = await base.RunAsync(diagnosticMessageSink, bus, constructorArguments, aggregator, cancellationTokenSource).ConfigureAwait(false);
        if (bus.SkippedCount > 0)
        {
            summary.Failed -= bus.SkippedCount;
            summary.Skipped += bus.SkippedCount;
        }

        return summary;
    }

    /// <summary>Rewrites "failed with StoreCapabilityMissingException" into "skipped", passing every other message on.</summary>
    private sealed class CapabilitySkipMessageBus(IMessageBus inner) : IMessageBus
    {
        private static readonly string SkipType = typeof(StoreCapabilityMissingException).FullName!;

        public int SkippedCount { get; private set; }

        public bool QueueMessage(IMessageSinkMessage message)
        {
            if (message is ITestFailed failed && failed.ExceptionTypes.Length > 0 && failed.ExceptionTypes[0] == SkipType)
            {
                SkippedCount++;
                return inner.QueueMessage(new TestSkipped(failed.Test, failed.Messages[0]));
            }

            return inner.QueueMessage(message);
        }

        public void Dispose()
        {
            // The inner bus belongs to the runner.
        }
    }
}
