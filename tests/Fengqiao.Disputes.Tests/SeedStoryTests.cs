using Fengqiao.Auditing;
using Fengqiao.Disputes.Escalation;
using Fengqiao.Disputes.FollowUps;
using Fengqiao.Disputes.Mediation;
using Fengqiao.Disputes.Parties;
using Fengqiao.Disputes.Workflow;
using Fengqiao.Households.Residents;
using Fengqiao.Identity;
using NodaTime;
using static Fengqiao.Disputes.Tests.TestData;

namespace Fengqiao.Disputes.Tests;

/// <summary>The three stories of the source articles, end to end through the service (audit and outbox included).</summary>
public sealed class SeedStoryTests
{
    /// <summary>
    /// Zhaxigang (扎西岗村): two herding neighbours fenced off the shared pasture behind their houses with wire
    /// and piles of dung, timber and gravel. The officer visited, then brought both families and the village's
    /// first secretary into the "顿珠" mediation room; after several rounds they removed the fence and cleared
    /// the piles. Settled in the village, followed up, closed.
    /// </summary>
    [Fact]
    public async Task Pasture_boundary_dispute_is_settled_in_the_village_mediation_room_and_followed_up()
    {
        await using var fixture = new ServiceFixture("officer-sun");
        var service = fixture.Service;
        var record = new DisputeRecord(
            "boundary",
            RiskLevel.Medium,
            "两户因后院共用草场界线争议，拉铁丝网并堆放牛粪、木材、砂石",
            [new DisputeParty(1, PartyRole.Applicant, ResidentId.New(Clock)), new DisputeParty(2, PartyRole.Respondent, ResidentId.New(Clock))],
            []);
        var reported = await service.ReportAsync(new DisputeLocation(ZhaxigangGrid, "扎西岗村两户后院草场"), D(2025, 7, 7), DisputeSource.Visit, record);
        var id = reported.Id;

        await service.ChangeAsync(id, (d, s, p) => d.Accept(s, "走村入户了解情况"));
        await service.ChangeAsync(id, (d, s, p) => d.StartMediation(s, "请进\"顿珠\"调解室"));
        Mediator[] mediators = [new(MediatorKind.Police, "officer-sun"), new(MediatorKind.FirstSecretary, "first-secretary-tsetan")];
        await service.ChangeAsync(id, (d, s, p) => d.RecordMediationSession(new MediationSession(D(2025, 7, 9), "\"顿珠\"调解室", mediators, [1, 2], MediationOutcome.Adjourned), p, s));
        await service.ChangeAsync(id, (d, s, p) => d.RecordMediationSession(new MediationSession(D(2025, 7, 14), "\"顿珠\"调解室", mediators, [1, 2], MediationOutcome.Agreed), p, s));
        var settled = await service.ChangeAsync(id, (d, s, p) => d.Settle(
            new Agreement(D(2025, 7, 14), ["拆除铁丝网", "清理牛粪、木材、砂石堆积物", "草场照旧共同放牧"], [1, 2]),
            D(2025, 7, 14),
            p,
            s,
            "双方各退一步、握手言和"));

        Assert.Equal(EscalationLevel.Village, settled.SettledAt);
        Assert.Equal(2, settled.FollowUps.Count);
        Assert.All(settled.FollowUps, v => Assert.True(v.Due > D(2025, 7, 14) && Policy.CalendarFor(ZhaxigangGrid).IsWorkingDay(v.Due)));
        foreach (var visit in settled.FollowUps)
        {
            await service.ChangeAsync(id, (d, s, p) => d.RecordFollowUp(visit.Due, FollowUpOutcome.Holding, p, s, "关系融洽"));
        }

        var closed = await service.ChangeAsync(id, (d, s, p) => d.Close(s));

        Assert.Equal(DisputeStatus.Closed, closed.Status);
        Assert.Empty(closed.Escalations);
        Assert.Equal(
            [DisputeTrigger.Accept, DisputeTrigger.StartMediation, DisputeTrigger.Settle, DisputeTrigger.FollowUp, DisputeTrigger.FollowUp, DisputeTrigger.Close],
            closed.Transitions.Select(t => t.Trigger));
        Assert.All(closed.Transitions, t => Assert.Equal("officer-sun", t.By));
        Assert.Equal(["\"顿珠\"调解室", "\"顿珠\"调解室"], closed.Sessions.Select(s => s.Venue));
        var audit = await ToListAsync(fixture.Provider.AuditLog.QueryAsync(new AuditQuery()));
        Assert.Equal(1 + 6 + 2, audit.Count(e => e.SubjectId == id.ToString()));
        Assert.Equal(6, audit.Count(e => e.Action is "disputes.dispute.accept" or "disputes.dispute.startmediation" or "disputes.dispute.settle" or "disputes.dispute.followup" or "disputes.dispute.close"));
        var outbox = await ToListAsync(fixture.Provider.Outbox.ReadPendingAsync(100));
        Assert.Equal(6, outbox.Count(m => m.EventType.Contains(nameof(DisputeTransition), StringComparison.Ordinal)));
    }

    /// <summary>
    /// Zhangcun (张村): six siblings kept quarrelling over their mother's support; village cadres and the
    /// liaison mediated again and again without success. The station started the joint mediation (大调解)
    /// led by the township mediation centre with the police station, the judicial office and the village
    /// cadres; all met with their mother and agreed a support plan and a property split.
    /// </summary>
    [Fact]
    public async Task Six_sibling_elder_support_dispute_is_escalated_to_the_township_and_ends_in_an_agreement()
    {
        await using var fixture = new ServiceFixture("officer-wei");
        var service = fixture.Service;
        var parties = Enumerable.Range(1, 6).Select(i => new DisputeParty(i, i == 1 ? PartyRole.Applicant : PartyRole.Respondent, ResidentId.New(Clock)))
            .Append(new DisputeParty(7, PartyRole.ThirdParty, ResidentId.New(Clock)))
            .ToList();
        var record = new DisputeRecord("family", RiskLevel.High, "兄妹六人因母亲赡养问题时常发生龃龉", parties, []);
        var id = (await service.ReportAsync(new DisputeLocation(ZhangcunGrid, "张村"), D(2025, 4, 7), DisputeSource.Visit, record)).Id;

        await service.ChangeAsync(id, (d, s, p) => d.Accept(s));
        await service.ChangeAsync(id, (d, s, p) => d.RespondFirst(s, "联络员先期介入"));
        await service.ChangeAsync(id, (d, s, p) => d.StartMediation(s));
        await service.ChangeAsync(id, (d, s, p) => d.RecordMediationSession(
            new MediationSession(D(2025, 4, 8), "张村村委会", [new(MediatorKind.VillageCadre, "cadre-1"), new(MediatorKind.Liaison, "liaison-1")], [1, 2, 3, 4, 5, 6], MediationOutcome.NoAgreement), p, s));
        await service.ChangeAsync(id, (d, s, p) => d.Fail(s, "村干部和联络员反复调解未能妥善解决"));

        // Township mediators are not allowed to mediate at the village level, nor a liaison at the township: the ladder decides.
        var escalated = await service.ChangeAsync(id, (d, s, p) => d.Escalate(EscalationLevel.Township, "启动镇调解中心为主的大调解机制", D(2025, 4, 10), p, s));
        Assert.Equal(EscalationLevel.Township, escalated.Level);
        Assert.Equal(Policy.DeadlineFor("family", RiskLevel.High, ZhangcunGrid, D(2025, 4, 10)), escalated.Deadline);
        await service.ChangeAsync(id, (d, s, p) => d.StartMediation(s));
        var joint = new JointMediation("张村镇调解中心", ["张村派出所", "张村镇司法所", "村组干部"]);
        Mediator[] mediators =
        [
            new(MediatorKind.MediationCentre, "centre-1"),
            new(MediatorKind.Police, "officer-wei"),
            new(MediatorKind.JudicialOfficer, "judicial-1"),
            new(MediatorKind.VillageCadre, "cadre-1"),
        ];
        await service.ChangeAsync(id, (d, s, p) => d.RecordMediationSession(new MediationSession(D(2025, 4, 16), "张村镇调解中心", mediators, [1, 2, 3, 4, 5, 6, 7], MediationOutcome.Agreed, joint), p, s));
        var settled = await service.ChangeAsync(id, (d, s, p) => d.Settle(new Agreement(D(2025, 4, 16), ["老人赡养计划：六子女轮流照料、按月分担生活费", "财产分配方案"], [1, 2, 3, 4, 5, 6, 7]), D(2025, 4, 16), p, s));

        Assert.Equal(EscalationLevel.Township, settled.SettledAt);
        var escalation = Assert.Single(settled.Escalations);
        Assert.Equal((EscalationLevel.Village, EscalationLevel.Township, "启动镇调解中心为主的大调解机制"), (escalation.From, escalation.To, escalation.Reason));
        var session = settled.Sessions[^1];
        Assert.Equal(EscalationLevel.Township, session.Level);
        Assert.Equal("张村镇调解中心", session.Joint!.LeadUnit);
        Assert.Equal(["张村派出所", "张村镇司法所", "村组干部"], session.Joint.ParticipatingUnits);
        Assert.Equal(7, Assert.Single(settled.Agreements).Signatories.Count);
        // Follow-ups 5 and 20 working days after 16 April 2025 skip the May Day holiday (1–5 May, 27 April worked).
        Assert.Equal([D(2025, 4, 23), D(2025, 5, 16)], settled.FollowUps.Select(v => v.Due));
    }

    /// <summary>
    /// Rong township (绒乡): a shopper and a shop owner quarrelled in the street over a phone payment the owner
    /// could not see. The officer checked both phones: the payment had gone through and the owner did not
    /// know how to find it. Explained on the spot, settled the same day.
    /// </summary>
    [Fact]
    public async Task Payment_misunderstanding_is_settled_on_the_spot_by_police()
    {
        await using var fixture = new ServiceFixture("officer-rinchen");
        var service = fixture.Service;
        var record = new DisputeRecord(
            "debt",
            RiskLevel.Low,
            "手机支付误解引发争吵",
            [new DisputeParty(1, PartyRole.Applicant, null, "顾客", MobileNumber.Parse("13800138000")), new DisputeParty(2, PartyRole.Respondent, ResidentId.New(Clock))],
            [new EvidenceReference("payment-record", "wechat-transfer-screenshot-1", Clock.GetCurrentInstant())]);
        var id = (await service.ReportAsync(new DisputeLocation(RongGrid, "绒乡街头商店门口"), D(2025, 6, 3), DisputeSource.Call110, record)).Id;

        await service.ChangeAsync(id, (d, s, p) => d.Accept(s));
        await service.ChangeAsync(id, (d, s, p) => d.RespondFirst(s, "民警到场，双方冷静"));
        var settled = await service.ChangeAsync(id, (d, s, p) => d.Settle(null, D(2025, 6, 3), p, s, "查看双方手机，支付成功，讲解收款流程，误会解除"));

        Assert.Equal(DisputeStatus.Settled, settled.Status);
        Assert.Equal(EscalationLevel.Village, settled.SettledAt);
        Assert.Empty(settled.Sessions);
        Assert.Equal(0, settled.WorkingDaysToSettle(Policy));
        Assert.Equal([DisputeTrigger.Accept, DisputeTrigger.RespondFirst, DisputeTrigger.Settle], settled.Transitions.Select(t => t.Trigger));
        Assert.DoesNotContain("13800138000", settled.Current.Parties[0].ToString(), StringComparison.Ordinal);
        Assert.Equal(2, settled.FollowUps.Count);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
