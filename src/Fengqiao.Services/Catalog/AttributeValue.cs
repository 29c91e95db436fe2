namespace Fengqiao.Services.Catalog;

/// <summary>One allowed value of a list attribute: the key sent with a request and the name shown.</summary>
/// <param name="Key">The key.</param>
/// <param name="Name">The name shown.</param>
public sealed record AttributeValue(string Key, string Name);
