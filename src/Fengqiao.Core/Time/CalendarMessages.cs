using System.Resources;
using Fengqiao.Errors;

namespace Fengqiao.Time;

/// <summary>The working calendar's message catalogue (en and zh-CN).</summary>
internal static class CalendarMessages
{
    private static readonly ErrorMessageCatalog Catalog = new(
        new ResourceManager("Fengqiao.Time.CalendarMessages", typeof(CalendarMessages).Assembly));

    public static string Format(string code, params object?[] args) => Catalog.Format(code, args);

    public static ValidationException Error(string code, string field, params object?[] args) =>
        new(code, field, Format(code, args));
}
