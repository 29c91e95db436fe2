using Fengqiao.Errors;

namespace Fengqiao.Disputes.Workflow;

/// <summary>
/// A trigger the workflow does not allow in the dispute's current status (非法流转); code
/// <see cref="DisputeErrorCodes.TransitionNotAllowed"/>. The dispute is left unchanged.
/// </summary>
public sealed class IllegalTransitionException : FengqiaoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="status">The dispute's status.</param>
    /// <param name="trigger">The refused trigger.</param>
    public IllegalTransitionException(DisputeStatus status, DisputeTrigger trigger)
        : base(DisputeErrorCodes.TransitionNotAllowed, DisputeMessages.Format(DisputeErrorCodes.TransitionNotAllowed, status, trigger))
    {
        Status = status;
        Trigger = trigger;
    }

    /// <summary>Gets the dispute's status when the trigger was refused.</summary>
    public DisputeStatus Status { get; }

    /// <summary>Gets the refused trigger.</summary>
    public DisputeTrigger Trigger { get; }
}
