using Xunit;
using Xunit.Sdk;

namespace Fengqiao.Storage.Testing;

/// <summary>
/// A conformance test (一致性测试). Like <see cref="FactAttribute"/>, except that a test which finds the
/// backend lacking an optional store contract (it throws <see cref="StoreCapabilityMissingException"/>) is
/// reported as <em>skipped</em> with the reason, never as passed and never as failed.
/// </summary>
[XunitTestCaseDiscoverer("Fengqiao.Storage.Testing.StorageFactDiscoverer", "Fengqiao.Storage.Testing")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class StorageFactAttribute : FactAttribute
{
}
