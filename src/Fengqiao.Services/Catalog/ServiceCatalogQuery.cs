using Ardalis.GuardClauses;

namespace Fengqiao.Services.Catalog;

/// <summary>A filter over the catalog for <see cref="IServiceCatalogStore.QueryAsync"/>, applied to each service's current version; null criteria match everything.</summary>
/// <param name="Group">Only services of this group.</param>
/// <param name="Channel">Only services offering all of these channels.</param>
public sealed record ServiceCatalogQuery(ServiceGroup? Group = null, ServiceChannels? Channel = null)
{
    /// <summary>Gets a value indicating whether a service matches (the access scope is applied separately).</summary>
    /// <param name="service">The service.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(ConvenienceService service)
    {
        Guard.Against.Null(service);
        return (Group is not { } group || service.Current.Group == group)
            && (Channel is not { } channel || (service.Current.Channels & channel) == channel);
    }
}
