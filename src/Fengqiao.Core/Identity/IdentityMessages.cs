using System.Resources;
using Fengqiao.Errors;

namespace Fengqiao.Identity;

/// <summary>The message catalogue of citizen ID and mobile number errors (en and zh-CN).</summary>
internal static class IdentityMessages
{
    private static readonly ErrorMessageCatalog Catalog = new(
        new ResourceManager("Fengqiao.Identity.IdentityMessages", typeof(IdentityMessages).Assembly));

    public static string Format(string code, params object?[] args) => Catalog.Format(code, args);

    /// <summary>Makes the exception for a refused value; the message never carries the value itself.</summary>
    public static ValidationException Refused(string code, string field, int detail) =>
        new(code, field, Format(code, detail));
}
