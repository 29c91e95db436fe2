namespace Fengqiao.Disputes;

/// <summary>The permissions of the disputes module (纠纷权限).</summary>
public static class DisputePermissions
{
    /// <summary>Record and move disputes through the workflow (登记、调处纠纷).</summary>
    public const string Manage = "fengqiao.disputes.manage";
}
