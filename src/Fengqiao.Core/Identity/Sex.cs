namespace Fengqiao.Identity;

/// <summary>
/// Sex (性别) as a citizen ID number encodes it: the sequence code is odd for men and even for women.
/// The values follow GB/T 2261.1 (1 = male, 2 = female).
/// </summary>
public enum Sex
{
    /// <summary>Male (男): the sequence code is odd.</summary>
    Male = 1,

    /// <summary>Female (女): the sequence code is even.</summary>
    Female = 2,
}
