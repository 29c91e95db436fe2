using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Fengqiao.Disputes.Workflow;
using Fengqiao.Errors;
using static Fengqiao.Disputes.Tests.TestData;

namespace Fengqiao.Disputes.Tests;

public sealed class WorkflowTests
{
    public static TheoryData<DisputeStatus, DisputeTrigger> IllegalTransitions()
    {
        var data = new TheoryData<DisputeStatus, DisputeTrigger>();
        foreach (var status in Enum.GetValues<DisputeStatus>())
        {
            foreach (var trigger in Enum.GetValues<DisputeTrigger>())
            {
                if (!DisputeWorkflow.CanFire(status, trigger))
                {
                    data.Add(status, trigger);
                }
            }
        }

        return data;
    }

    public static TheoryData<DisputeStatus, DisputeTrigger, DisputeStatus> LegalTransitions()
    {
        var data = new TheoryData<DisputeStatus, DisputeTrigger, DisputeStatus>();
        foreach (var (from, trigger, to) in DisputeWorkflow.Transitions)
        {
            data.Add(from, trigger, to);
        }

        return data;
    }

    [Fact]
    public void The_table_has_the_documented_shape()
    {
        Assert.Equal(DisputeWorkflow.StatusCount, Enum.GetValues<DisputeStatus>().Length);
        Assert.Equal(DisputeWorkflow.TriggerCount, Enum.GetValues<DisputeTrigger>().Length);
        Assert.Equal(32, DisputeWorkflow.Transitions.Length);
        Assert.Equal(144 - 32, IllegalTransitions().Count);
        foreach (var final in new[] { DisputeStatus.Closed, DisputeStatus.Withdrawn, DisputeStatus.Referred, DisputeStatus.Merged })
        {
            Assert.True(DisputeWorkflow.IsFinal(final));
            Assert.DoesNotContain(DisputeWorkflow.Transitions, t => t.From == final);
        }

        // Settlement is reachable only from a first response (on the spot) or mediation.
        Assert.Equal(
            [DisputeStatus.FirstResponse, DisputeStatus.InMediation],
            DisputeWorkflow.Transitions.Where(t => t.To == DisputeStatus.Settled).Select(t => t.From));
        Assert.False(DisputeWorkflow.CanFire((DisputeStatus)99, DisputeTrigger.Accept));
        Assert.False(DisputeWorkflow.CanFire(DisputeStatus.Reported, (DisputeTrigger)99));
    }

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void Every_illegal_transition_throws_a_typed_error_and_changes_nothing(DisputeStatus status, DisputeTrigger trigger)
    {
        var dispute = InStatus(status);
        var before = Json(dispute);
        var transitions = dispute.Transitions.Count;

        var error = Assert.Throws<IllegalTransitionException>(() => Fire(dispute, trigger));

        Assert.Equal(DisputeErrorCodes.TransitionNotAllowed, error.Code);
        Assert.Equal(status, error.Status);
        Assert.Equal(trigger, error.Trigger);
        Assert.Equal(status, dispute.Status);
        Assert.Equal(transitions, dispute.Transitions.Count);
        Assert.Empty(dispute.PendingEvents);
        Assert.Equal(before, Json(dispute));
    }

    [Theory]
    [MemberData(nameof(LegalTransitions))]
    public void Every_legal_transition_records_who_when_why_and_raises_its_event(DisputeStatus from, DisputeTrigger trigger, DisputeStatus to)
    {
        var dispute = InStatus(from);
        if (trigger == DisputeTrigger.Close)
        {
            // Closing needs every scheduled follow-up visit made.
            Fire(dispute, DisputeTrigger.FollowUp);
            dispute.DequeuePendingEvents();
        }

        var count = dispute.Transitions.Count;
        Fire(dispute, trigger);

        Assert.Equal(to, dispute.Status);
        var recorded = dispute.Transitions[^1];
        Assert.Equal(count + 1, dispute.Transitions.Count);
        Assert.Equal((from, trigger, to), (recorded.From, recorded.Trigger, recorded.To));
        Assert.Equal("officer-1", recorded.By);
        Assert.Equal(Clock.GetCurrentInstant(), recorded.OccurredAt);
        Assert.Same(recorded, Assert.Single(dispute.PendingEvents.OfType<DisputeTransition>()));
    }

    [Fact]
    public void A_rule_violation_on_a_legal_trigger_also_changes_nothing()
    {
        var dispute = InStatus(DisputeStatus.InMediation);
        var before = Json(dispute);

        var noReason = Assert.Throws<ValidationException>(() => dispute.Fail(Stamp(), " "));
        var downward = Assert.Throws<ValidationException>(() => InStatus(DisputeStatus.Failed).Escalate(Escalation.EscalationLevel.Village, "下放", D(2025, 3, 5), Policy, Stamp()));
        var accepted = InStatus(DisputeStatus.Accepted);
        var self = Assert.Throws<ValidationException>(() => accepted.MergeInto(accepted.Id, Stamp(), "自身"));

        Assert.Equal(DisputeErrorCodes.TextRequired, noReason.Code);
        Assert.Equal(DisputeErrorCodes.EscalationInvalid, downward.Code);
        Assert.Equal(DisputeErrorCodes.LinkInvalid, self.Code);
        Assert.Equal(before, Json(dispute));
        Assert.Empty(dispute.PendingEvents);
    }

    [Property(MaxTest = 200)]
    public Property Any_sequence_of_triggers_applies_legal_steps_or_throws_and_leaves_the_dispute_unchanged()
    {
        var triggers = Gen.Elements(Enum.GetValues<DisputeTrigger>()).ListOf().Select(l => l.Take(25).ToArray());
        return Prop.ForAll(triggers.ToArbitrary(), sequence =>
        {
            var dispute = New();
            foreach (var trigger in sequence)
            {
                var status = dispute.Status;
                var before = Json(dispute);
                var count = dispute.Transitions.Count;
                var legal = DisputeWorkflow.TryNext(status, trigger, out var next);
                try
                {
                    Fire(dispute, trigger);
                }
                catch (FengqiaoException error)
                {
                    if (!legal && error is not IllegalTransitionException)
                    {
                        return false;
                    }

                    if (Json(dispute) != before || dispute.Transitions.Count != count)
                    {
                        return false;
                    }

                    continue;
                }

                if (!legal || dispute.Status != next || dispute.Transitions.Count != count + 1)
                {
                    return false;
                }
            }

            return true;
        });
    }
}
