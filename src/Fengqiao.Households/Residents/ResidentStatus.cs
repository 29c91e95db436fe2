namespace Fengqiao.Households.Residents;

/// <summary>The life state of a resident record (人口状态).</summary>
public enum ResidentStatus
{
    /// <summary>Living here (在住).</summary>
    Active = 0,

    /// <summary>Moved out (迁出); the record is kept for history.</summary>
    MovedOut = 1,

    /// <summary>Deceased (死亡); the record is kept for history.</summary>
    Deceased = 2,
}
