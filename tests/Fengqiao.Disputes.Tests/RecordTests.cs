using Fengqiao.Disputes.Escalation;
using Fengqiao.Disputes.FollowUps;
using Fengqiao.Disputes.Mediation;
using Fengqiao.Disputes.Parties;
using Fengqiao.Disputes.Workflow;
using Fengqiao.Errors;
using Fengqiao.Households.Residents;
using static Fengqiao.Disputes.Tests.TestData;

namespace Fengqiao.Disputes.Tests;

/// <summary>Immutability after closing, corrections as versions, the ladder's mediators, repeats, relapses and concurrency.</summary>
public sealed class RecordTests
{
    [Fact]
    public void A_closed_dispute_is_immutable_and_a_correction_is_a_new_version_with_a_reason()
    {
        var dispute = InStatus(DisputeStatus.Closed);
        var original = dispute.Original;
        var before = Json(dispute);

        Assert.Equal(DisputeErrorCodes.Closed, Assert.Throws<ValidationException>(() => dispute.Amend(original with { Description = "改" }, Policy, Stamp(), "改")).Code);
        Assert.Equal(DisputeErrorCodes.Closed, Assert.Throws<ValidationException>(() => dispute.AddEvidence(new EvidenceReference("photo", "x", Clock.GetCurrentInstant()), Stamp())).Code);
        Assert.Equal(DisputeErrorCodes.Closed, Assert.Throws<ValidationException>(() => dispute.Supervise("督办", Stamp())).Code);
        Assert.Equal(DisputeErrorCodes.Closed, Assert.Throws<ValidationException>(() => dispute.LinkTo(DisputeId.New(Clock), DisputeLinkKind.SameParties, Stamp())).Code);
        Assert.Equal(DisputeErrorCodes.Closed, Assert.Throws<ValidationException>(() => dispute.RecordMediationSession(new MediationSession(D(2025, 3, 5), "调解亭", [new(MediatorKind.Police, "p")], [1], MediationOutcome.Agreed), Policy, Stamp())).Code);
        foreach (var trigger in Enum.GetValues<DisputeTrigger>())
        {
            Assert.Throws<IllegalTransitionException>(() => Fire(dispute, trigger));
        }

        Assert.Equal(before, Json(dispute));

        dispute.Correct(original with { Category = "family", Description = "更正：实为赡养纠纷" }, "类别登记错误", Policy, Stamp("supervisor"));

        Assert.Same(original, dispute.Original);
        Assert.Equal("family", dispute.Current.Category);
        var revision = Assert.Single(dispute.Revisions);
        Assert.Equal((1, "类别登记错误", "supervisor"), (revision.Number, revision.Reason, revision.Recorded.By));
        Assert.Equal(DisputeStatus.Closed, dispute.Status);
        Assert.Equal(DisputeErrorCodes.CategoryUnknown, Assert.Throws<ValidationException>(() => dispute.Correct(original with { Category = "no-such" }, "x", Policy, Stamp())).Code);
        Assert.Equal(DisputeErrorCodes.NotClosed, Assert.Throws<ValidationException>(() => New().Correct(original, "x", Policy, Stamp())).Code);
    }

    [Fact]
    public void The_ladder_decides_who_may_mediate_at_each_level()
    {
        var village = InStatus(DisputeStatus.InMediation);
        var judicial = Assert.Throws<ValidationException>(() => village.RecordMediationSession(
            new MediationSession(D(2025, 3, 4), "村委会", [new(MediatorKind.JudicialOfficer, "j")], [1, 2], MediationOutcome.Agreed), Policy, Stamp()));
        Assert.Equal(DisputeErrorCodes.MediatorNotAllowed, judicial.Code);
        Assert.Empty(village.Sessions);

        var county = InStatus(DisputeStatus.Escalated);
        county.StartMediation(Stamp());
        county.Fail(Stamp(), "乡镇调解不成");
        county.Escalate(EscalationLevel.County, "上交县", D(2025, 3, 10), Policy, Stamp());
        county.StartMediation(Stamp());
        Assert.Equal(DisputeErrorCodes.MediatorNotAllowed, Assert.Throws<ValidationException>(() => county.RecordMediationSession(
            new MediationSession(D(2025, 3, 11), "县调解中心", [new(MediatorKind.Liaison, "l")], [1], MediationOutcome.Agreed), Policy, Stamp())).Code);
        Assert.Equal(DisputeErrorCodes.PartyUnknown, Assert.Throws<ValidationException>(() => county.RecordMediationSession(
            new MediationSession(D(2025, 3, 11), "县调解中心", [new(MediatorKind.JudicialOfficer, "j")], [3], MediationOutcome.Agreed), Policy, Stamp())).Code);
        Assert.Equal(DisputeErrorCodes.NotInMediation, Assert.Throws<ValidationException>(() => InStatus(DisputeStatus.Accepted).RecordMediationSession(
            new MediationSession(D(2025, 3, 11), "调解亭", [new(MediatorKind.Police, "p")], [1], MediationOutcome.Agreed), Policy, Stamp())).Code);
        Assert.Null(Policy.Ladder.Above(EscalationLevel.County));
        Assert.Equal([EscalationLevel.Village, EscalationLevel.Township], county.Escalations.Select(e => e.From));
    }

    [Fact]
    public void A_relapse_reopens_the_dispute_counts_as_a_repeat_and_cancels_pending_visits()
    {
        var dispute = InStatus(DisputeStatus.FollowUp);
        Assert.False(dispute.IsRepeat);
        var visitedOn = dispute.FollowUps[1].Due;

        dispute.RecordFollowUp(visitedOn, FollowUpOutcome.Relapsed, Policy, Stamp(), "又起争执");

        Assert.Equal(DisputeStatus.Accepted, dispute.Status);
        Assert.Equal(1, dispute.Relapses);
        Assert.True(dispute.IsRepeat);
        Assert.Null(dispute.SettledAt);
        Assert.Equal(visitedOn, dispute.ClockStartedOn);
        Assert.All(dispute.FollowUps, v => Assert.True(v.IsDone));
        Assert.Equal(FollowUpOutcome.Relapsed, dispute.FollowUps[^1].Outcome);
    }

    [Fact]
    public async Task Repeats_are_linked_by_same_parties_or_same_address_and_category_within_the_window()
    {
        await using var fixture = new ServiceFixture();
        var service = fixture.Service;
        ResidentId a = ResidentId.New(Clock), b = ResidentId.New(Clock);
        DisputeRecord Between(string category) => new(category, RiskLevel.Low, "纠纷", [new(1, PartyRole.Applicant, a), new(2, PartyRole.Respondent, b)], []);

        var first = await service.ReportAsync(new DisputeLocation(ZhangcunGrid, "一组 3号"), D(2025, 3, 3), DisputeSource.Visit, Between("neighbour"));
        var sameParties = await service.ReportAsync(new DisputeLocation(ZhangcunGrid, "二组"), D(2025, 5, 6), DisputeSource.Visit, Between("debt"));
        var sameAddress = await service.ReportAsync(new DisputeLocation(ZhangcunGrid, "一组3号"), D(2025, 6, 2), DisputeSource.Visit, Record("neighbour"));
        var tooLate = await service.ReportAsync(new DisputeLocation(ZhangcunGrid, "一组 3号"), D(2025, 12, 1), DisputeSource.Visit, Record("neighbour"));
        var otherCategory = await service.ReportAsync(new DisputeLocation(ZhangcunGrid, "一组 3号"), D(2025, 6, 3), DisputeSource.Visit, Record("traffic"));

        Assert.False(first.IsRepeat);
        Assert.Equal([new DisputeLink(first.Id, DisputeLinkKind.SameParties)], sameParties.Links);
        Assert.Equal([new DisputeLink(first.Id, DisputeLinkKind.SameAddressAndCategory)], sameAddress.Links);
        Assert.True(sameAddress.IsRepeat);
        Assert.Empty(otherCategory.Links);
        Assert.DoesNotContain(tooLate.Links, l => l.Other == first.Id);
    }

    [Fact]
    public async Task Concurrent_transitions_through_the_service_one_wins_and_nothing_is_lost()
    {
        await using var fixture = new ServiceFixture();
        var service = fixture.Service;
        var id = (await service.ReportAsync(new DisputeLocation(ZhangcunGrid, "一组"), D(2025, 3, 3), DisputeSource.Visit, Record())).Id;

        // The first caller reads the dispute; before it commits, a second caller accepts it and commits.
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => service.ChangeAsync(id, (d, s, p) =>
        {
            service.ChangeAsync(id, (other, s2, _) => other.Accept(s2, "second")).GetAwaiter().GetResult();
            d.Withdraw(s, "first");
        }));

        var stored = await service.FindAsync(id);
        Assert.Equal(1, conflict.ExpectedVersion);
        Assert.Equal(DisputeStatus.Accepted, stored!.Status);
        Assert.Equal([DisputeTrigger.Accept], stored.Transitions.Select(t => t.Trigger));
        Assert.Equal(2, stored.Version);
        Assert.Equal(2, fixture.Provider.AuditLog.Count);
    }

    [Fact]
    public async Task Writes_need_the_disputes_permission()
    {
        await using var fixture = new ServiceFixture();
        var readOnly = new DisputeService(fixture.Provider, new Access.FixedAccessContext(Access.AccessScope.Unrestricted("viewer")), Clock, Policy);

        var denied = await Assert.ThrowsAsync<ValidationException>(() => readOnly.ReportAsync(new DisputeLocation(ZhangcunGrid, "一组"), D(2025, 3, 3), DisputeSource.Visit, Record()));

        Assert.Equal(ErrorCodes.PermissionDenied, denied.Code);
    }

    [Fact]
    public void Reports_are_validated()
    {
        Assert.Equal(DisputeErrorCodes.CategoryUnknown, Assert.Throws<ValidationException>(() => New(record: Record("no-such"))).Code);
        Assert.Equal(DisputeErrorCodes.AreaInvalid, Assert.Throws<ValidationException>(() => New(area: ZhangcunGrid.County)).Code);
        Assert.Equal(DisputeErrorCodes.PartyInvalid, Assert.Throws<ValidationException>(() => New(record: Record() with { Parties = [] })).Code);
        Assert.Equal(DisputeErrorCodes.PartyInvalid, Assert.Throws<ValidationException>(() => New(record: Record() with { Parties = [new DisputeParty(1, PartyRole.Applicant, null, " ")] })).Code);
        Assert.Equal(DisputeErrorCodes.PartyInvalid, Assert.Throws<ValidationException>(() => New(record: Record() with { Parties = [new DisputeParty(2, PartyRole.Applicant, ResidentId.New(Clock))] })).Code);
        Assert.Equal(DisputeErrorCodes.TextRequired, Assert.Throws<ValidationException>(() => New(record: Record() with { Description = "" })).Code);
        var dispute = New();
        Assert.Equal(DisputeErrorCodes.DateInvalid, Assert.Throws<ValidationException>(() => InStatus(DisputeStatus.FirstResponse).Settle(null, D(2025, 3, 1), Policy, Stamp())).Code);
        Assert.DoesNotContain("邻里", dispute.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("邻里", dispute.ToState().ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("邻里", dispute.Current.ToString(), StringComparison.Ordinal);
    }
}
