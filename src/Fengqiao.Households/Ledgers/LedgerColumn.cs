namespace Fengqiao.Households.Ledgers;

/// <summary>The columns of a household ledger (户籍台账列); one row per person, grouped by household number.</summary>
public enum LedgerColumn
{
    /// <summary>户编号: the household number, the same on every row of one household (required).</summary>
    HouseholdNumber,

    /// <summary>户主: the head's name, repeated on each row (optional; checked against the head's row).</summary>
    HeadName,

    /// <summary>与户主关系: relation to the head; 户主 or 本人 marks the head (required).</summary>
    RelationToHead,

    /// <summary>姓名: the person's name (required).</summary>
    Name,

    /// <summary>公民身份号码: the 18-character citizen ID (required).</summary>
    CitizenId,

    /// <summary>联系电话: a mainland mobile number (optional).</summary>
    Phone,

    /// <summary>网格编码: the household's 15-digit grid code (required on the household's first row).</summary>
    Grid,

    /// <summary>地址: the household's address (required on the household's first row).</summary>
    Address,

    /// <summary>人口类型: 户籍 (registered) or 流动 (floating); empty means registered (optional).</summary>
    PopulationType,

    /// <summary>登记日期: the floating resident's registration date (required for floating residents).</summary>
    RegisteredOn,

    /// <summary>有效期至: the floating resident's registration expiry (required for floating residents).</summary>
    ValidUntil,

    /// <summary>关爱标签: care tags (独居, 空巢…), separated by 、 ; or ，(optional).</summary>
    CareTags,
}
