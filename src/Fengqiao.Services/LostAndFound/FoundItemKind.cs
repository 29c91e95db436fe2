namespace Fengqiao.Services.LostAndFound;

/// <summary>What was found.</summary>
public enum FoundItemKind
{
    /// <summary>A resident ID card (身份证).</summary>
    IdCard = 1,

    /// <summary>A mobile phone (手机).</summary>
    Phone = 2,

    /// <summary>A wallet or bag (钱包、包).</summary>
    WalletOrBag = 3,

    /// <summary>Keys (钥匙).</summary>
    Keys = 4,

    /// <summary>Anything else.</summary>
    Other = 99,
}
