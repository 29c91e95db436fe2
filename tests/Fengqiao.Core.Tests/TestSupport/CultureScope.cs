using System.Globalization;

namespace Fengqiao.Core.Tests.TestSupport;

/// <summary>Sets the current UI culture for the length of a test and restores it afterwards.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _previous;

    public CultureScope(string name)
    {
        _previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    public static IEnumerable<string> Both => ["en", "zh-CN"];

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
