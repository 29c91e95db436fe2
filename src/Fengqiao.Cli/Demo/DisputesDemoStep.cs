using Fengqiao.Access;
using Fengqiao.Disputes;
using Fengqiao.Disputes.Configuration;
using Fengqiao.Disputes.Escalation;
using Fengqiao.Disputes.Figures;
using Fengqiao.Disputes.FollowUps;
using Fengqiao.Disputes.Mediation;
using Fengqiao.Disputes.Parties;
using Fengqiao.Grids;
using Fengqiao.Households.Residents;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Fengqiao.Cli.Demo;

/// <summary>
/// A year of disputes across the seed grids (about 2,400 at scale 1): most settled on the spot or in the
/// village, some escalated to the township (大调解) or the county, a few withdrawn, referred or merged,
/// follow-up visits made, some relapses — then the figures of "矛盾不上交". A second run on the same
/// database finds the year already there and only reports.
/// </summary>
internal sealed class DisputesDemoStep : IDemoStep
{
    private const int FullYear = 2400;
    private const int Batch = 200;
    private static readonly string[] Categories = ["neighbour", "neighbour", "neighbour", "boundary", "boundary", "family", "family", "marriage", "debt", "debt", "traffic", "traffic", "labour", "property-management", "consumer", "other"];
    private static readonly DisputeSource[] Sources = Enum.GetValues<DisputeSource>();

    public string Name => "disputes";

    public async Task RunAsync(DemoContext context, CancellationToken cancellationToken)
    {
        context.Heading("Disputes 矛盾纠纷 (a year, 矛盾不上交)");
        var storage = context.Services.GetRequiredService<IStorageProvider>();
        var policy = context.Services.GetRequiredService<DisputePolicy>();
        var zone = context.Services.GetRequiredService<DateTimeZone>();

        // The last civil year whose following year the calendars also cover, so deadlines and follow-ups never leave the data.
        var year = Enumerable.Range(2000, context.Today.Year - 2000 + 1).Reverse()
            .First(y => policy.Calendars.National.IsYearCovered(y) && policy.Calendars.National.IsYearCovered(y + 1) && new LocalDate(y, 12, 31) < context.Today);
        var from = new LocalDate(year, 1, 1);
        var to = new LocalDate(year + 1, 1, 1);
        var scope = AccessScope.Unrestricted("demo");

        var grids = new List<JurisdictionCode>();
        await using (var session = await storage.OpenSessionAsync(scope, cancellationToken).ConfigureAwait(false))
        {
            await foreach (var grid in session.GetStore<IGridStore>().QueryAsync(new GridQuery(AsOf: from), cancellationToken).ConfigureAwait(false))
            {
                grids.Add(grid.Code);
            }
        }

        var existing = 0;
        await using (var session = await storage.OpenSessionAsync(scope, cancellationToken).ConfigureAwait(false))
        {
            await foreach (var _ in session.GetStore<IDisputeStore>().QueryAsync(new DisputeQuery(ReportedFrom: from, ReportedTo: to), cancellationToken).ConfigureAwait(false))
            {
                existing++;
                break;
            }
        }

        var generated = 0;
        if (existing == 0 && grids.Count > 0)
        {
            generated = await GenerateAsync(storage, scope, policy, zone, grids, year, context.Scaled(FullYear), cancellationToken).ConfigureAwait(false);
            context.Say($"  recorded {generated} disputes reported in {year} across {grids.Count} grids");
        }
        else
        {
            context.Say($"  disputes of {year} already in the store; reporting them");
        }

        DisputeFiguresReport report;
        await using (var session = await storage.OpenSessionAsync(scope, cancellationToken).ConfigureAwait(false))
        {
            var disputes = session.GetStore<IDisputeStore>().QueryAsync(new DisputeQuery(ReportedFrom: from, ReportedTo: to), cancellationToken);
            report = await DisputeFigures.ComputeAsync(disputes, policy, from, to, context.Today, cancellationToken).ConfigureAwait(false);
        }

        if (!context.Json)
        {
            var text = new StringWriter();
            Commands.DisputesCommands.Write(text, report, null);
            foreach (var line in text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                context.Say("  " + line.TrimEnd('\r'));
            }
        }

        context.Report.Steps[Name] = new { year, generated, figures = Commands.DisputesCommands.ToJson(report) };
    }

    private static async Task<int> GenerateAsync(
        IStorageProvider storage, AccessScope scope, DisputePolicy policy, DateTimeZone zone, List<JurisdictionCode> grids, int year, int count, CancellationToken cancellationToken)
    {
        var random = new Random(year);
        var start = new LocalDate(year, 1, 1);
        var days = Period.Between(start, new LocalDate(year, 12, 31), PeriodUnits.Days).Days;
        var reportDays = Enumerable.Range(0, count).Select(_ => start.PlusDays(random.Next(days + 1))).Order().ToArray();
        var disputes = new List<Dispute>(Batch);
        var previous = new List<Dispute>();
        var written = 0;
        for (var i = 0; i < count; i++)
        {
            var dispute = Simulate(random, policy, zone, grids[random.Next(grids.Count)], reportDays[i], previous);
            disputes.Add(dispute);
            previous.Add(dispute);
            if (disputes.Count == Batch || i == count - 1)
            {
                await using var session = await storage.OpenSessionAsync(scope, cancellationToken).ConfigureAwait(false);
                var store = session.GetStore<IDisputeStore>();
                foreach (var d in disputes)
                {
                    await store.SaveAsync(d, cancellationToken).ConfigureAwait(false);
                }

                await session.CommitAsync(cancellationToken).ConfigureAwait(false);
                written += disputes.Count;
                disputes.Clear();
            }
        }

        return written;
    }

    // One dispute's life, with stamps at simulated times (10:00 local on each day).
    private static Dispute Simulate(Random random, DisputePolicy policy, DateTimeZone zone, JurisdictionCode grid, LocalDate reportedOn, List<Dispute> previous)
    {
        ChangeStamp At(LocalDate day, string by) => new(day.At(new LocalTime(10, 0)).InZoneLeniently(zone).ToInstant(), by);
        var officer = "officer-" + grid.ToString()[^6..];
        var parties = new List<DisputeParty> { new(1, PartyRole.Applicant, ResidentId.From(Guid.CreateVersion7())) };
        parties.Add(random.NextDouble() < 0.15
            ? new DisputeParty(2, PartyRole.Respondent, null, "外来人员", MobileNumber.Parse("139" + random.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            : new DisputeParty(2, PartyRole.Respondent, ResidentId.From(Guid.CreateVersion7())));
        var category = Categories[random.Next(Categories.Length)];
        var risk = random.NextDouble() switch { < 0.6 => RiskLevel.Low, < 0.9 => RiskLevel.Medium, _ => RiskLevel.High };
        var record = new DisputeRecord(category, risk, "演示纠纷", parties, []);
        var address = "第" + random.Next(1, 30).ToString(System.Globalization.CultureInfo.InvariantCulture) + "组";
        var stamp = At(reportedOn, officer);
        var d = Dispute.Report(DisputeId.New(stamp.At), new DisputeLocation(grid, address), reportedOn, Sources[random.Next(Sources.Length)], record, policy, stamp);

        // About one in twelve repeats an earlier dispute at the same address and category.
        var earlier = previous.FindLast(p => p.Location.Area == grid && p.Location.Address == address && p.Current.Category == category
            && Period.Between(p.ReportedOn, reportedOn, PeriodUnits.Days).Days <= policy.RepeatWindowDays);
        if (earlier is not null)
        {
            d.LinkTo(earlier.Id, DisputeLinkKind.SameAddressAndCategory, stamp);
        }

        var roll = random.NextDouble();
        var day = reportedOn;
        ChangeStamp Next(int add = 0)
        {
            day = day.PlusDays(add);
            return At(day, officer);
        }

        if (roll < 0.04)
        {
            d.Withdraw(Next(random.Next(0, 3)), "当事人自行和解");
            return d;
        }

        if (roll < 0.05 && earlier is not null)
        {
            d.MergeInto(earlier.Id, Next(), "重复登记");
            return d;
        }

        d.Accept(Next());
        if (roll < 0.02 + 0.05)
        {
            d.Refer(new Referral(random.NextDouble() < 0.5 ? ReferralTarget.Hotline12345 : ReferralTarget.Court, null), Next(1), "非本级调处事项");
            return d;
        }

        if (roll < 0.55)
        {
            // First response on the spot by a liaison, grid worker or officer, settled the same day or the next.
            d.RespondFirst(Next(), "先期处置");
            d.Settle(null, day.PlusDays(random.Next(0, 2)), policy, Next(), "当场化解");
            FollowUp(d, random, policy, At);
            return d;
        }

        d.StartMediation(Next(random.Next(0, 3)));
        Mediator[] village = [new(MediatorKind.Police, officer), new(MediatorKind.GridWorker, "grid-worker"), new(MediatorKind.RespectedResident, "elder")];
        if (roll < 0.86)
        {
            d.RecordMediationSession(new MediationSession(day.PlusDays(1), "调解室", village, [1, 2], MediationOutcome.Agreed), policy, Next(1));
            d.Settle(new Agreement(day, ["双方达成和解"], [1, 2]), day, policy, Next());
            FollowUp(d, random, policy, At);
            return d;
        }

        d.RecordMediationSession(new MediationSession(day.PlusDays(1), "调解室", village, [1, 2], MediationOutcome.NoAgreement), policy, Next(1));
        d.Fail(Next(random.Next(1, 5)), "村级调解未果");
        if (day.Month == 12 && day.Day > 20)
        {
            return d; // still open at the year's end
        }

        d.Escalate(EscalationLevel.Township, "村级调解不成，上交乡镇", day, policy, Next(1));
        d.StartMediation(Next(random.Next(1, 4)));
        Mediator[] township = [new(MediatorKind.MediationCentre, "centre"), new(MediatorKind.JudicialOfficer, "judicial"), new(MediatorKind.Police, officer), new(MediatorKind.VillageCadre, "cadre")];
        var joint = new JointMediation("乡镇调解中心", ["派出所", "司法所", "村(社区)干部"]);
        if (roll < 0.97)
        {
            d.RecordMediationSession(new MediationSession(day, "乡镇调解中心", township, [1, 2], MediationOutcome.Agreed, joint), policy, Next());
            d.Settle(new Agreement(day, ["调解协议"], [1, 2]), day, policy, Next());
            FollowUp(d, random, policy, At);
            return d;
        }

        d.RecordMediationSession(new MediationSession(day, "乡镇调解中心", township, [1, 2], MediationOutcome.NoAgreement, joint), policy, Next());
        d.Fail(Next(2), "乡镇调解未果");
        d.Escalate(EscalationLevel.County, "上交县级", day, policy, Next(1));
        d.StartMediation(Next(2));
        d.RecordMediationSession(new MediationSession(day, "县矛盾纠纷调处中心", [new(MediatorKind.MediationCentre, "county-centre")], [1, 2], MediationOutcome.Agreed), policy, Next());
        d.Settle(new Agreement(day, ["调解协议"], [1, 2]), day, policy, Next());
        FollowUp(d, random, policy, At);
        return d;
    }

    // Visits made on their due days: most find the settlement holding; a few relapses reopen the dispute.
    private static void FollowUp(Dispute d, Random random, DisputePolicy policy, Func<LocalDate, string, ChangeStamp> at)
    {
        foreach (var visit in d.FollowUps.Where(v => !v.IsDone).ToList())
        {
            var roll = random.NextDouble();
            if (roll < 0.02)
            {
                return; // visit missed
            }

            if (roll < 0.05)
            {
                d.RecordFollowUp(visit.Due, FollowUpOutcome.Relapsed, policy, at(visit.Due, "grid-worker"), "纠纷反弹");
                d.RespondFirst(at(visit.Due, "grid-worker"), "再次介入");
                d.Settle(null, visit.Due.PlusDays(1), policy, at(visit.Due.PlusDays(1), "grid-worker"), "再次化解");
                FollowUp(d, random, policy, at);
                return;
            }

            d.RecordFollowUp(visit.Due, FollowUpOutcome.Holding, policy, at(visit.Due, "grid-worker"), "关系稳定");
        }

        if (d.Status == Disputes.Workflow.DisputeStatus.FollowUp)
        {
            d.Close(at(d.FollowUps[^1].VisitedOn!.Value, "grid-worker"), "结案");
        }
    }
}
