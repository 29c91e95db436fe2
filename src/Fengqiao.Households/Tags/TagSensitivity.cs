namespace Fengqiao.Households.Tags;

/// <summary>How sensitive a care tag is (敏感程度): health tags reveal health or disability (PIPL sensitive data).</summary>
public enum TagSensitivity
{
    /// <summary>An ordinary tag, read with the household form.</summary>
    None = 0,

    /// <summary>A health tag: listing residents by it needs <c>FengqiaoPermissions.ReadHealth</c> and a stated purpose, and is audited.</summary>
    Health = 1,
}
