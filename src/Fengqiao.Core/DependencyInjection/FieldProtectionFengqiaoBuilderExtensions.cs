using Ardalis.GuardClauses;
using Fengqiao.DependencyInjection;
using Fengqiao.Privacy;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Chooses how personal fields are protected at rest.</summary>
public static class FieldProtectionFengqiaoBuilderExtensions
{
    /// <summary>Protects citizen IDs and phone numbers with <see cref="AesGcmFieldProtector"/> under the configured keys.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Supplies the keys, for example from a key vault or configuration.</param>
    /// <returns>The builder.</returns>
    public static FengqiaoBuilder UseFieldProtection(this FengqiaoBuilder builder, Action<FieldProtectionOptions> configure)
    {
        Guard.Against.Null(builder);
        Guard.Against.Null(configure);
        builder.Services.Configure(configure);
        builder.Services.Replace(ServiceDescriptor.Singleton<IFieldProtector>(sp => new AesGcmFieldProtector(sp.GetRequiredService<IOptions<FieldProtectionOptions>>().Value)));
        return builder;
    }

    /// <summary>Uses a host's own protector, such as one backed by a hardware security module or a national-cipher (SM4) library.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="protector">The protector.</param>
    /// <returns>The builder.</returns>
    public static FengqiaoBuilder UseFieldProtection(this FengqiaoBuilder builder, IFieldProtector protector)
    {
        Guard.Against.Null(builder);
        Guard.Against.Null(protector);
        builder.Services.Replace(ServiceDescriptor.Singleton(protector));
        return builder;
    }
}
