using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Fengqiao.Disputes.Mediation;

namespace Fengqiao.Disputes.Escalation;

/// <summary>
/// The escalation ladder (调处层级) from configuration: grid/village → township (mediation centre,
/// judicial office) → county, and who may mediate at each level.
/// </summary>
public sealed class EscalationLadder
{
    private readonly EscalationStep?[] _byLevel = new EscalationStep?[3];

    /// <summary>Creates a ladder.</summary>
    /// <param name="steps">The levels, lowest first, each level once.</param>
    public EscalationLadder(IEnumerable<EscalationStep> steps)
    {
        Steps = [.. Guard.Against.Null(steps)];
        if (Steps.Length == 0)
        {
            throw DisputeMessages.Invalid(DisputeErrorCodes.ConfigurationInvalid, nameof(steps), "ladder", "no levels");
        }

        for (var i = 0; i < Steps.Length; i++)
        {
            var step = Steps[i];
            if (i > 0 && step.Level <= Steps[i - 1].Level)
            {
                throw DisputeMessages.Invalid(DisputeErrorCodes.ConfigurationInvalid, nameof(steps), "ladder", "levels must rise");
            }

            _byLevel[(int)step.Level] = step;
        }
    }

    /// <summary>Gets the levels, lowest first.</summary>
    public ImmutableArray<EscalationStep> Steps { get; }

    /// <summary>Gets the lowest level, where disputes start.</summary>
    public EscalationLevel Lowest => Steps[0].Level;

    /// <summary>Gets a level's step, if the ladder has it.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The step, or null.</returns>
    public EscalationStep? Find(EscalationLevel level) => (uint)level < 3 ? _byLevel[(int)level] : null;

    /// <summary>Gets the level above another, if any.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The next level up, or null at the top.</returns>
    public EscalationLevel? Above(EscalationLevel level)
    {
        foreach (var step in Steps)
        {
            if (step.Level > level)
            {
                return step.Level;
            }
        }

        return null;
    }

    /// <summary>Gets a value indicating whether a kind of mediator may mediate at a level.</summary>
    /// <param name="level">The level.</param>
    /// <param name="kind">The mediator kind.</param>
    /// <returns>Whether it is allowed.</returns>
    public bool MayMediate(EscalationLevel level, MediatorKind kind) => Find(level) is { } step && step.Mediators.Contains(kind);
}
