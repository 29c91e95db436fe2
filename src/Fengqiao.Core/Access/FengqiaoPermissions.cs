namespace Fengqiao.Access;

/// <summary>The permissions the library checks (权限). Hosts map their own roles onto these.</summary>
public static class FengqiaoPermissions
{
    /// <summary>Read unmasked citizen ID numbers and phone numbers, with a stated purpose.</summary>
    public const string ReadSensitive = "fengqiao.sensitive.read";

    /// <summary>Read key-person categories and records (重点人员), with a stated purpose.</summary>
    public const string ReadKeyPersons = "fengqiao.key-persons.read";

    /// <summary>Write key-person categories and records.</summary>
    public const string WriteKeyPersons = "fengqiao.key-persons.write";

    /// <summary>Read health-related care tags (健康信息), with a stated purpose.</summary>
    public const string ReadHealth = "fengqiao.health.read";

    /// <summary>Change the jurisdiction tree, grids and police beats.</summary>
    public const string ManageGrids = "fengqiao.grids.manage";

    /// <summary>Read the audit log.</summary>
    public const string ReadAudit = "fengqiao.audit.read";
}
