namespace Fengqiao.Disputes.Parties;

/// <summary>A party's role in a dispute (当事人身份).</summary>
public enum PartyRole
{
    /// <summary>The party who raised the dispute (申请人).</summary>
    Applicant = 0,

    /// <summary>The party the dispute is raised against (被申请人).</summary>
    Respondent = 1,

    /// <summary>A third party with an interest in the outcome (第三人).</summary>
    ThirdParty = 2,

    /// <summary>A related person, such as a family member who attends (关系人).</summary>
    Related = 3,
}
