using Fengqiao.Disputes.Escalation;
using Fengqiao.Disputes.Figures;
using Fengqiao.Disputes.FollowUps;
using Fengqiao.Disputes.Mediation;
using Fengqiao.Disputes.Workflow;
using Fengqiao.Jurisdictions;
using Snapshooter.Xunit;
using static Fengqiao.Disputes.Tests.TestData;

namespace Fengqiao.Disputes.Tests;

public sealed class FiguresTests
{
    private static readonly JurisdictionCode SecondGrid = JurisdictionCode.Parse("140829101201002");

    /// <summary>A fixed set of twelve disputes covering every outcome.</summary>
    internal static List<Dispute> FixedSet()
    {
        var s = Stamp();
        Mediator[] village = [new(MediatorKind.GridWorker, "g"), new(MediatorKind.Police, "p")];
        Mediator[] township = [new(MediatorKind.MediationCentre, "c"), new(MediatorKind.JudicialOfficer, "j")];
        Dispute At(int month, int day, JurisdictionCode? area = null, string category = "neighbour", RiskLevel risk = RiskLevel.Medium) =>
            New(D(2025, month, day), area, Record(category, risk));

        // 1. Settled on the spot, both follow-ups done, closed.
        var spot = At(1, 6, category: "debt", risk: RiskLevel.Low);
        spot.Accept(s);
        spot.RespondFirst(s);
        spot.Settle(null, D(2025, 1, 6), Policy, s);
        spot.RecordFollowUp(spot.FollowUps[0].Due, FollowUpOutcome.Holding, Policy, s);
        spot.RecordFollowUp(spot.FollowUps[1].Due, FollowUpOutcome.Holding, Policy, s);
        spot.Close(s);

        // 2. Mediated in the village and settled; first follow-up done.
        var mediated = At(2, 10, SecondGrid, "boundary");
        mediated.Accept(s);
        mediated.StartMediation(s);
        mediated.RecordMediationSession(new MediationSession(D(2025, 2, 12), "\"顿珠\"调解室", village, [1, 2], MediationOutcome.Agreed), Policy, s);
        mediated.Settle(new Agreement(D(2025, 2, 12), ["拆除铁丝网"], [1, 2]), D(2025, 2, 12), Policy, s);
        mediated.RecordFollowUp(mediated.FollowUps[0].Due, FollowUpOutcome.Holding, Policy, s);

        // 3. Failed in the village, escalated, settled at the township.
        var escalated = At(3, 3, category: "family", risk: RiskLevel.High);
        escalated.Accept(s);
        escalated.StartMediation(s);
        escalated.RecordMediationSession(new MediationSession(D(2025, 3, 4), "村委会", village, [1, 2], MediationOutcome.NoAgreement), Policy, s);
        escalated.Fail(s, "未果");
        escalated.Escalate(EscalationLevel.Township, "上交", D(2025, 3, 6), Policy, s);
        escalated.StartMediation(s);
        escalated.RecordMediationSession(new MediationSession(D(2025, 3, 12), "镇调解中心", township, [1, 2], MediationOutcome.Agreed, new JointMediation("镇调解中心", ["派出所", "司法所"])), Policy, s);
        escalated.Settle(new Agreement(D(2025, 3, 12), ["赡养计划"], [1, 2]), D(2025, 3, 12), Policy, s);

        // 4. Mediation failed, referred to court.
        var referred = At(4, 1, SecondGrid, "labour");
        referred.Accept(s);
        referred.StartMediation(s);
        referred.RecordMediationSession(new MediationSession(D(2025, 4, 2), "调解亭", village, [1, 2], MediationOutcome.NoAgreement), Policy, s);
        referred.Fail(s, "未果");
        referred.Refer(new Referral(ReferralTarget.Court, "平陆县人民法院"), s, "诉讼");

        // 5. Withdrawn.
        var withdrawn = At(4, 15);
        withdrawn.Withdraw(s, "自行和解");

        // 6. Duplicate merged into 5 (not counted).
        var merged = At(4, 16);
        merged.MergeInto(withdrawn.Id, s, "重复登记");

        // 7–9. Open: overdue, near the deadline, on time; one supervised.
        var overdue = At(5, 6, category: "traffic", risk: RiskLevel.High);
        overdue.Accept(s);
        overdue.Supervise("督办", s);
        var near = At(5, 27, SecondGrid); // deadline 11 June: the Dragon Boat holiday (31 May – 2 June) does not count
        near.Accept(s);
        near.StartMediation(s);
        var fresh = At(6, 9, category: "property-management", risk: RiskLevel.Low);

        // 10. Settled, then relapsed and reopened.
        var relapsed = At(2, 3);
        relapsed.Accept(s);
        relapsed.RespondFirst(s);
        relapsed.Settle(null, D(2025, 2, 5), Policy, s);
        relapsed.RecordFollowUp(relapsed.FollowUps[0].Due, FollowUpOutcome.Relapsed, Policy, s);

        // 11. A repeat of 1 at the same address and category.
        var repeat = At(3, 17, category: "debt", risk: RiskLevel.Low);
        repeat.LinkTo(spot.Id, DisputeLinkKind.SameAddressAndCategory, s);

        // 12. Reported after the period (not counted).
        var after = New(D(2026, 1, 5), null, Record());
        return [spot, mediated, escalated, referred, withdrawn, merged, overdue, near, fresh, relapsed, repeat, after];
    }

    [Fact]
    public void The_figures_of_a_fixed_data_set_match_their_snapshot()
    {
        var report = DisputeFigures.Compute(FixedSet(), Policy, D(2025, 1, 1), D(2026, 1, 1), D(2025, 6, 10));

        Assert.Equal(10, report.Reported);
        Assert.Equal(5, report.Open);
        Assert.Equal(3, report.Settled);
        Assert.Equal(0.3, report.SettlementRate);
        Assert.Equal(0.6667, report.MediationSuccessRate);
        Assert.Equal(0.1, report.EscalationRate);
        Assert.Equal(0.2, report.RepeatRate);
        Assert.Equal(1.0, report.SettledLocallyRate);
        Snapshot.Match(report);
    }

    [Fact]
    public void Figures_count_open_disputes_per_grid_level_and_risk_and_follow_ups_due()
    {
        var report = DisputeFigures.Compute(FixedSet(), Policy, D(2025, 1, 1), D(2026, 1, 1), D(2025, 6, 10));

        Assert.Equal([new FigureCount("140829101201001", 4), new FigureCount("140829101201002", 1)], report.OpenByGrid);
        Assert.Equal(5, report.OpenByLevel.Single(c => c.Key == nameof(EscalationLevel.Village)).Count);
        Assert.Equal(1, report.OpenByRisk.Single(c => c.Key == nameof(RiskLevel.High)).Count);
        Assert.Equal(1, report.Supervised);
        Assert.True(report.Overdue >= 1);
        Assert.Equal(1, report.NearDeadline);
        Assert.Equal(4, report.FollowUpsDone);
    }

    [Fact]
    public void A_period_without_disputes_has_no_rates()
    {
        var report = DisputeFigures.Compute([], Policy, D(2025, 1, 1), D(2025, 2, 1), D(2025, 2, 1));

        Assert.Equal(0, report.Reported);
        Assert.Null(report.SettlementRate);
        Assert.Null(report.MeanDaysToSettle);
        Assert.Null(report.FollowUpCompletionRate);
    }
}
