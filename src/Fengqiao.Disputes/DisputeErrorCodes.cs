namespace Fengqiao.Disputes;

/// <summary>
/// The stable error codes of the disputes module (矛盾纠纷模块错误码). Codes never change meaning once published.
/// </summary>
public static class DisputeErrorCodes
{
    /// <summary>The workflow does not allow the trigger in the dispute's current status; nothing changed.</summary>
    public const string TransitionNotAllowed = "Disputes.TransitionNotAllowed";

    /// <summary>The dispute is closed: its record is immutable and takes corrections only as new versions.</summary>
    public const string Closed = "Disputes.Closed";

    /// <summary>The category code is not in the category catalogue.</summary>
    public const string CategoryUnknown = "Disputes.CategoryUnknown";

    /// <summary>A dispute needs at least one party, and each party is a resident or a named outside person.</summary>
    public const string PartyInvalid = "Disputes.PartyInvalid";

    /// <summary>A session or agreement names a party number the dispute does not have.</summary>
    public const string PartyUnknown = "Disputes.PartyUnknown";

    /// <summary>The dispute's area must be a village/community or a grid code.</summary>
    public const string AreaInvalid = "Disputes.AreaInvalid";

    /// <summary>A required text (description, reason, venue, term) is empty.</summary>
    public const string TextRequired = "Disputes.TextRequired";

    /// <summary>An escalation must go to a higher level that is on the configured ladder.</summary>
    public const string EscalationInvalid = "Disputes.EscalationInvalid";

    /// <summary>A mediator of this kind may not mediate at the dispute's current level.</summary>
    public const string MediatorNotAllowed = "Disputes.MediatorNotAllowed";

    /// <summary>Mediation sessions are recorded only while the dispute is in mediation.</summary>
    public const string NotInMediation = "Disputes.NotInMediation";

    /// <summary>A follow-up visit is recorded only after settlement, and closing needs every scheduled visit done.</summary>
    public const string FollowUpPending = "Disputes.FollowUpPending";

    /// <summary>A correction as a new version applies to a closed dispute; an open one is amended instead.</summary>
    public const string NotClosed = "Disputes.NotClosed";

    /// <summary>A link or merge names the dispute itself.</summary>
    public const string LinkInvalid = "Disputes.LinkInvalid";

    /// <summary>A date lies before the dispute was reported.</summary>
    public const string DateInvalid = "Disputes.DateInvalid";

    /// <summary>A state record has a schema version this library cannot read.</summary>
    public const string StateSchemaUnsupported = "Disputes.StateSchemaUnsupported";

    /// <summary>A state record is inconsistent and cannot be turned back into a dispute.</summary>
    public const string StateInvalid = "Disputes.StateInvalid";

    /// <summary>A category or workflow configuration file is missing, malformed or inconsistent.</summary>
    public const string ConfigurationInvalid = "Disputes.ConfigurationInvalid";
}
