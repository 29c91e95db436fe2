using System.Globalization;
using System.Resources;

namespace Fengqiao.Errors;

/// <summary>
/// Looks up error messages by stable code in a resource set with zh-CN and en texts, using the
/// current UI culture. Each package keeps one catalogue for its own codes.
/// </summary>
public sealed class ErrorMessageCatalog
{
    private readonly ResourceManager[] _resources;

    /// <summary>Creates a catalogue over one or more resource sets, searched in order.</summary>
    /// <param name="resources">The resource sets, keyed by error code.</param>
    public ErrorMessageCatalog(params ResourceManager[] resources)
    {
        _resources = resources;
    }

    /// <summary>Formats the message for <paramref name="code"/> in the current UI culture.</summary>
    /// <param name="code">The stable error code.</param>
    /// <param name="args">Format arguments; never personal data.</param>
    /// <returns>The message; the code itself when no text is known for it.</returns>
    public string Format(string code, params object?[] args)
    {
        var culture = CultureInfo.CurrentUICulture;
        foreach (var resource in _resources)
        {
            var template = resource.GetString(code, culture);
            if (template is not null)
            {
                return args.Length == 0 ? template : string.Format(culture, template, args);
            }
        }

        return code;
    }
}
