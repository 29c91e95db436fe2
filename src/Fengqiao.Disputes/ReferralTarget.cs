namespace Fengqiao.Disputes;

/// <summary>Where a dispute is referred (移交去向).</summary>
public enum ReferralTarget
{
    /// <summary>A people's court (人民法院).</summary>
    Court = 0,

    /// <summary>The judicial office (司法所).</summary>
    JudicialOffice = 1,

    /// <summary>Another government department (其他部门).</summary>
    OtherDepartment = 2,

    /// <summary>The 12345 government hotline (12345 热线).</summary>
    Hotline12345 = 3,
}
