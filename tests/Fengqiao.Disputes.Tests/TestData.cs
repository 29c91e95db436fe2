using Fengqiao.Disputes.Configuration;
using Fengqiao.Disputes.Escalation;
using Fengqiao.Disputes.FollowUps;
using Fengqiao.Disputes.Parties;
using Fengqiao.Disputes.Workflow;
using Fengqiao.Grids;
using Fengqiao.Households.Residents;
using Fengqiao.Jurisdictions;
using NodaTime;
using NodaTime.Testing;

namespace Fengqiao.Disputes.Tests;

/// <summary>Shared fixtures: the embedded policy, seed places, and a dispute driven to any status.</summary>
internal static class TestData
{
    public static readonly DisputePolicy Policy = DisputePolicy.LoadEmbedded();

    /// <summary>张村第一网格, Pinglu county, Shanxi: national calendar only.</summary>
    public static readonly JurisdictionCode ZhangcunGrid = JurisdictionCode.Parse("140829101201001");

    /// <summary>扎西岗村第一网格, Maizhokunggar county, Tibet.</summary>
    public static readonly JurisdictionCode ZhaxigangGrid = JurisdictionCode.Parse("540127200201001");

    /// <summary>绒村第一网格, Sangri county, Shannan.</summary>
    public static readonly JurisdictionCode RongGrid = JurisdictionCode.Parse("540523201201001");

    public static readonly FakeClock Clock = new(Instant.FromUtc(2025, 3, 3, 2, 0));

    public static ChangeStamp Stamp(string by = "officer-1") => new(Clock.GetCurrentInstant(), by);

    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    public static DisputeRecord Record(string category = "neighbour", RiskLevel risk = RiskLevel.Medium, int residents = 2) =>
        new(category, risk, "邻里纠纷", [.. Enumerable.Range(1, residents).Select(i => new DisputeParty(i, i == 1 ? PartyRole.Applicant : PartyRole.Respondent, ResidentId.New(Clock)))], []);

    public static Dispute New(LocalDate? reportedOn = null, JurisdictionCode? area = null, DisputeRecord? record = null) =>
        Dispute.Report(
            DisputeId.New(Clock),
            new DisputeLocation(area ?? ZhangcunGrid, "张村一组"),
            reportedOn ?? D(2025, 3, 3),
            DisputeSource.Screening,
            record ?? Record(),
            Policy,
            Stamp());

    /// <summary>Drives a new dispute to a status along the shortest path.</summary>
    public static Dispute InStatus(DisputeStatus status)
    {
        var d = New();
        var s = Stamp();
        switch (status)
        {
            case DisputeStatus.Reported:
                break;
            case DisputeStatus.Accepted:
                d.Accept(s);
                break;
            case DisputeStatus.FirstResponse:
                d.Accept(s);
                d.RespondFirst(s);
                break;
            case DisputeStatus.InMediation:
                d.Accept(s);
                d.StartMediation(s);
                break;
            case DisputeStatus.Settled:
                d.Accept(s);
                d.RespondFirst(s);
                d.Settle(null, d.ReportedOn.PlusDays(1), Policy, s);
                break;
            case DisputeStatus.Failed:
                d.Accept(s);
                d.StartMediation(s);
                d.Fail(s, "未果");
                break;
            case DisputeStatus.Escalated:
                d.Accept(s);
                d.StartMediation(s);
                d.Fail(s, "未果");
                d.Escalate(EscalationLevel.Township, "上交", d.ReportedOn.PlusDays(2), Policy, s);
                break;
            case DisputeStatus.FollowUp:
                d = InStatus(DisputeStatus.Settled);
                d.RecordFollowUp(d.FollowUps[0].Due, FollowUpOutcome.Holding, Policy, s);
                break;
            case DisputeStatus.Closed:
                d = InStatus(DisputeStatus.FollowUp);
                d.RecordFollowUp(d.FollowUps[1].Due, FollowUpOutcome.Holding, Policy, s);
                d.Close(s);
                break;
            case DisputeStatus.Withdrawn:
                d.Withdraw(s, "撤回");
                break;
            case DisputeStatus.Referred:
                d.Refer(new Referral(ReferralTarget.Court, null), s, "诉讼");
                break;
            case DisputeStatus.Merged:
                d.MergeInto(DisputeId.New(Clock), s, "重复登记");
                break;
        }

        Assert.Equal(status, d.Status);
        d.DequeuePendingEvents();
        return d;
    }

    /// <summary>Fires a trigger with canonical arguments.</summary>
    public static void Fire(Dispute d, DisputeTrigger trigger)
    {
        var s = Stamp();
        var next = d.FollowUps.FirstOrDefault(v => !v.IsDone)?.Due ?? d.ReportedOn.PlusDays(3);
        switch (trigger)
        {
            case DisputeTrigger.Accept: d.Accept(s); break;
            case DisputeTrigger.RespondFirst: d.RespondFirst(s); break;
            case DisputeTrigger.StartMediation: d.StartMediation(s); break;
            case DisputeTrigger.Settle: d.Settle(null, d.ReportedOn.PlusDays(1), Policy, s); break;
            case DisputeTrigger.Fail: d.Fail(s, "未果"); break;
            case DisputeTrigger.Escalate: d.Escalate(Policy.Ladder.Above(d.Level) ?? EscalationLevel.County, "上交", d.ReportedOn.PlusDays(2), Policy, s); break;
            case DisputeTrigger.FollowUp: d.RecordFollowUp(next, FollowUpOutcome.Holding, Policy, s); break;
            case DisputeTrigger.Relapse: d.RecordFollowUp(next, FollowUpOutcome.Relapsed, Policy, s); break;
            case DisputeTrigger.Close: d.Close(s); break;
            case DisputeTrigger.Withdraw: d.Withdraw(s, "撤回"); break;
            case DisputeTrigger.Refer: d.Refer(new Referral(ReferralTarget.Hotline12345, "12345"), s, "非警务事项"); break;
            case DisputeTrigger.Merge: d.MergeInto(DisputeId.New(Clock), s, "重复登记"); break;
            default: throw new ArgumentOutOfRangeException(nameof(trigger));
        }
    }

    public static string Json(Dispute d) => Serializer.Serialize(d.ToState());

    private static readonly Storage.DisputeStateSerializer Serializer = new(Privacy.AesGcmFieldProtector.CreateEphemeral());
}
