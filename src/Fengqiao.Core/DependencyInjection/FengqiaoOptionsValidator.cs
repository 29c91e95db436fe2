using Microsoft.Extensions.Options;
using NodaTime;

namespace Fengqiao.DependencyInjection;

/// <summary>Validates <see cref="FengqiaoOptions"/>.</summary>
internal sealed class FengqiaoOptionsValidator : IValidateOptions<FengqiaoOptions>
{
    public ValidateOptionsResult Validate(string? name, FengqiaoOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.TimeZoneId) || DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZoneId) is null)
        {
            return ValidateOptionsResult.Fail($"{nameof(FengqiaoOptions.TimeZoneId)} '{options.TimeZoneId}' is not a known IANA time zone.");
        }

        return ValidateOptionsResult.Success;
    }
}
