using Fengqiao.Access;
using Fengqiao.Disputes;
using Fengqiao.Disputes.Configuration;
using Fengqiao.Disputes.Escalation;
using Fengqiao.Disputes.FollowUps;
using Fengqiao.Disputes.Mediation;
using Fengqiao.Disputes.Parties;
using Fengqiao.Disputes.Storage;
using Fengqiao.Disputes.Workflow;
using Fengqiao.Errors;
using Fengqiao.Grids;
using Fengqiao.Households.Residents;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Privacy;
using NodaTime;
using Xunit;

namespace Fengqiao.Storage.Testing;

/// <summary>
/// Conformance of <see cref="IDisputeStore"/> (纠纷存储): the whole state round-trips (phones included),
/// queries filter and order, the overdue query, scope, optimistic concurrency on transitions (one of two
/// concurrent steps wins, nothing is lost) and cancellation. Backends that persist to disk need a field
/// protector for the phones of outside persons.
/// </summary>
public abstract class DisputeStoreConformanceTests : StorageConformanceTests
{
    /// <summary>Gets the embedded workflow rules and calendars.</summary>
    protected static DisputePolicy Policy { get; } = DisputePolicy.LoadEmbedded();

    private static DisputeStateSerializer Comparer { get; } = new(new TransparentProtector());

    /// <summary>A dispute with every part filled in — parties on record and outside, sessions, a joint mediation, escalation, agreement, follow-ups, links, supervision and a correction after closing — round-trips.</summary>
    [StorageFact]
    public async Task Disputes_round_trip_with_every_part()
    {
        var grid = NewGrid();
        var full = NewDispute(grid, D(2025, 4, 7), "family", "兄妹六人赡养纠纷 " + ConformanceValues.MixedScriptText);
        var stamp = Stamp();
        full.AddEvidence(new EvidenceReference("photo", "doc-42", Clock.GetCurrentInstant()), stamp);
        full.Accept(stamp, "受理");
        full.StartMediation(stamp);
        full.RecordMediationSession(
            new MediationSession(D(2025, 4, 8), "村委会", [new Mediator(MediatorKind.VillageCadre, "cadre-1"), new Mediator(MediatorKind.Liaison, "liaison-1")], [1, 2], MediationOutcome.NoAgreement),
            Policy,
            stamp);
        full.Fail(stamp, "多次调解未果");
        full.Escalate(EscalationLevel.Township, "村级调解不成", D(2025, 4, 10), Policy, stamp);
        full.StartMediation(stamp);
        full.RecordMediationSession(
            new MediationSession(
                D(2025, 4, 15),
                "镇调解中心",
                [new Mediator(MediatorKind.MediationCentre, "centre-1"), new Mediator(MediatorKind.Police, "officer-1"), new Mediator(MediatorKind.JudicialOfficer, "judicial-1")],
                [1, 2, 3],
                MediationOutcome.Agreed,
                new JointMediation("镇调解中心", ["派出所", "司法所", "村组干部"])),
            Policy,
            stamp);
        full.Supervise("县综治中心督办", stamp);
        full.LinkTo(DisputeId.New(Clock), DisputeLinkKind.SameParties, stamp);
        full.Settle(new Agreement(D(2025, 4, 15), ["轮流赡养", "财产分配"], [1, 2, 3]), D(2025, 4, 15), Policy, stamp);
        foreach (var visit in full.FollowUps.ToList())
        {
            full.RecordFollowUp(visit.Due, FollowUpOutcome.Holding, Policy, stamp);
        }

        full.Close(stamp, "结案");
        full.Correct(full.Current with { Description = "更正：兄妹六人" }, "笔误", Policy, stamp);
        var bare = NewDispute(grid.Parent!.Value, D(2025, 1, 2), "other", "最简");
        await CommitAsync(async s =>
        {
            await s.SaveAsync(full);
            await s.SaveAsync(bare);
        });

        foreach (var expected in new[] { full, bare })
        {
            var read = await ReadAsync(s => s.FindAsync(expected.Id));
            Assert.NotNull(read);
            Assert.Equal(1, read.Version);
            Assert.Equal(Comparer.Serialize(expected.ToState()), Comparer.Serialize(read.ToState()));
        }

        Assert.Null(await ReadAsync(s => s.FindAsync(DisputeId.New(Clock))));
    }

    /// <summary>Queries by area, report dates, status, openness and category return the matches ordered by report date, then id.</summary>
    [StorageFact]
    public async Task Queries_filter_and_order()
    {
        var grid = NewGrid();
        var otherVillage = grid.Parent!.Value.Parent!.Value.Child(2);
        var a = NewDispute(grid, D(2025, 3, 3), "neighbour", "一");
        var b = NewDispute(otherVillage, D(2025, 1, 6), "debt", "二");
        var c = NewDispute(grid, D(2025, 6, 2), "neighbour", "三");
        c.Withdraw(Stamp(), "当事人撤回");
        await CommitAsync(async s =>
        {
            foreach (var d in new[] { a, b, c })
            {
                await s.SaveAsync(d);
            }
        });

        async Task<string[]> Descriptions(DisputeQuery query) =>
            [.. (await ReadAsync(s => ToListAsync(s.QueryAsync(query)))).Select(d => d.Current.Description)];

        var county = grid.County!.Value;
        Assert.Equal(["二", "一", "三"], await Descriptions(new DisputeQuery(county)));
        Assert.Equal(["一", "三"], await Descriptions(new DisputeQuery(grid)));
        Assert.Equal(["一"], await Descriptions(new DisputeQuery(county, D(2025, 2, 1), D(2025, 6, 2))));
        Assert.Equal(["三"], await Descriptions(new DisputeQuery(county, Status: DisputeStatus.Withdrawn)));
        Assert.Equal(["二", "一"], await Descriptions(new DisputeQuery(county, OpenOnly: true)));
        Assert.Equal(["二"], await Descriptions(new DisputeQuery(county, Category: "debt")));
        Assert.Empty(await Descriptions(new DisputeQuery(county, D(2026, 1, 1))));
    }

    /// <summary>The overdue query returns the open disputes of an area past their deadline, by deadline; settled, not yet due and outside ones are left out.</summary>
    [StorageFact]
    public async Task Overdue_query_finds_open_disputes_past_their_deadline()
    {
        var grid = NewGrid();
        var early = NewDispute(grid, D(2025, 3, 3), "traffic", "早");
        var later = NewDispute(grid, D(2025, 3, 10), "traffic", "晚");
        var settled = NewDispute(grid, D(2025, 3, 3), "traffic", "已化解");
        settled.Accept(Stamp());
        settled.RespondFirst(Stamp());
        settled.Settle(null, D(2025, 3, 4), Policy, Stamp());
        var notDue = NewDispute(grid, D(2025, 3, 31), "boundary", "未到期");
        var elsewhere = NewDispute(NewGrid(), D(2025, 3, 3), "traffic", "别处");
        await CommitAsync(async s =>
        {
            foreach (var d in new[] { later, early, settled, notDue, elsewhere })
            {
                await s.SaveAsync(d);
            }
        });

        var asOf = D(2025, 4, 1);
        var overdue = await ReadAsync(s => ToListAsync(s.QueryOverdueAsync(grid.County!.Value, asOf)));
        Assert.Equal(["早", "晚"], overdue.Select(d => d.Current.Description));
        Assert.All(overdue, d => Assert.True(d.Deadline < asOf));
        Assert.Empty(await ReadAsync(s => ToListAsync(s.QueryOverdueAsync(grid.County!.Value, D(2025, 3, 4)))));
    }

    /// <summary>Disputes outside the scope are invisible; saving one there is refused.</summary>
    [StorageFact]
    public async Task Disputes_outside_the_scope_are_invisible()
    {
        var inside = NewDispute(NewGrid(), D(2025, 5, 6), "neighbour", "内");
        var outside = NewDispute(NewGrid(), D(2025, 5, 6), "neighbour", "外");
        await CommitAsync(async s =>
        {
            await s.SaveAsync(inside);
            await s.SaveAsync(outside);
        });
        var scope = AccessScope.For("grid-worker", [inside.Location.Area]);

        Assert.NotNull(await ReadAsync(s => s.FindAsync(inside.Id), scope));
        Assert.Null(await ReadAsync(s => s.FindAsync(outside.Id), scope));
        Assert.Equal([inside.Id], (await ReadAsync(s => ToListAsync(s.QueryAsync(new DisputeQuery())), scope)).Select(d => d.Id));
        Assert.Empty(await ReadAsync(s => ToListAsync(s.QueryOverdueAsync(outside.Location.County, D(2026, 1, 1))), scope));
        var refused = await Assert.ThrowsAsync<ValidationException>(() => CommitAsync(s => s.SaveAsync(NewDispute(outside.Location.Area, D(2025, 5, 6), "neighbour", "外")), scope));
        Assert.Equal(ErrorCodes.OutsideScope, refused.Code);
    }

    /// <summary>Two concurrent transitions on one dispute: the first commit wins, the second fails with a conflict and writes nothing.</summary>
    [StorageFact]
    public async Task Concurrent_transitions_one_wins_the_other_conflicts()
    {
        var dispute = NewDispute(NewGrid(), D(2025, 5, 6), "neighbour", "并发");
        await CommitAsync(s => s.SaveAsync(dispute));

        await using var first = await OpenSessionAsync();
        await using var second = await OpenSessionAsync();
        var a = await RequireStore<IDisputeStore>(first).FindAsync(dispute.Id);
        var b = await second.GetStore<IDisputeStore>().FindAsync(dispute.Id);
        Assert.NotNull(a);
        Assert.NotNull(b);
        a.Accept(Stamp(), "first");
        b.Withdraw(Stamp(), "second");
        await first.GetStore<IDisputeStore>().SaveAsync(a);
        await second.GetStore<IDisputeStore>().SaveAsync(b);

        await first.CommitAsync();
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.CommitAsync());

        Assert.Equal(1, conflict.ExpectedVersion);
        var stored = await ReadAsync(s => s.FindAsync(dispute.Id));
        Assert.NotNull(stored);
        Assert.Equal(DisputeStatus.Accepted, stored.Status);
        Assert.Equal(2, stored.Version);
        Assert.Equal([DisputeTrigger.Accept], stored.Transitions.Select(t => t.Trigger));
    }

    /// <summary>Parallel writers each adding evidence with read-modify-write and retry: no update is lost and the version counts the commits.</summary>
    [StorageFact]
    public async Task Parallel_writers_lose_no_update()
    {
        var dispute = NewDispute(NewGrid(), D(2025, 5, 6), "neighbour", "多人");
        await CommitAsync(s => s.SaveAsync(dispute));
        const int writers = 4;
        const int each = 3;

        async Task Writer(int w)
        {
            for (var done = 0; done < each;)
            {
                await using var session = await OpenSessionAsync();
                var store = session.GetStore<IDisputeStore>();
                var current = await store.FindAsync(dispute.Id) ?? throw new InvalidOperationException("The dispute vanished.");
                current.AddEvidence(new EvidenceReference("photo", FormattableString.Invariant($"w{w}-{done}"), Clock.GetCurrentInstant()), Stamp());
                await store.SaveAsync(current);
                try
                {
                    await session.CommitAsync();
                    done++;
                }
                catch (ConcurrencyConflictException)
                {
                    // Someone else committed first: reload and try again.
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(() => Writer(w))));

        var final = await ReadAsync(s => s.FindAsync(dispute.Id));
        Assert.NotNull(final);
        Assert.Equal(writers * each, final.Current.Evidence.Count);
        Assert.Equal(1 + (writers * each), final.Version);
    }

    /// <summary>A cancelled token makes reads throw.</summary>
    [StorageFact]
    public async Task Cancelled_reads_throw()
    {
        await RequireStoreAsync<IDisputeStore>();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        await using var session = await OpenSessionAsync();
        var store = session.GetStore<IDisputeStore>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.FindAsync(DisputeId.New(Clock), cancellation.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ToListAsync(store.QueryAsync(new DisputeQuery(), cancellation.Token)));
    }

    /// <summary>Makes a grid code in a county no other test uses.</summary>
    /// <returns>A 15-digit grid code.</returns>
    protected static JurisdictionCode NewGrid() => NewCounty().Child(101).Child(1).Child(1);

    /// <summary>Makes a dispute with a resident and an outside person with a phone.</summary>
    /// <param name="area">Its grid or village.</param>
    /// <param name="reportedOn">The day reported.</param>
    /// <param name="category">The category code.</param>
    /// <param name="description">The description.</param>
    /// <returns>The dispute, not saved.</returns>
    protected Dispute NewDispute(JurisdictionCode area, LocalDate reportedOn, string category, string description)
    {
        var record = new DisputeRecord(
            category,
            RiskLevel.Medium,
            description,
            [
                new DisputeParty(1, PartyRole.Applicant, ResidentId.New(Clock)),
                new DisputeParty(2, PartyRole.Respondent, null, "外来司机", MobileNumber.Parse("13912345678")),
                new DisputeParty(3, PartyRole.ThirdParty, ResidentId.New(Clock)),
            ],
            []);
        return Dispute.Report(DisputeId.New(Clock), new DisputeLocation(area, "后院草场"), reportedOn, DisputeSource.Screening, record, Policy, Stamp());
    }

    /// <summary>Gets a stamp at the fake clock's instant by the kit's principal.</summary>
    /// <returns>The stamp.</returns>
    protected ChangeStamp Stamp() => new(Clock.GetCurrentInstant(), "conformance-kit");

    /// <summary>Gets a date.</summary>
    /// <param name="year">Year.</param>
    /// <param name="month">Month.</param>
    /// <param name="day">Day.</param>
    /// <returns>The date.</returns>
    protected static LocalDate D(int year, int month, int day) => new(year, month, day);

    private async Task CommitAsync(Func<IDisputeStore, Task> write, AccessScope? scope = null)
    {
        await using var session = await OpenSessionAsync(scope);
        await write(RequireStore<IDisputeStore>(session));
        await session.CommitAsync();
    }

    private async Task<T> ReadAsync<T>(Func<IDisputeStore, Task<T>> read, AccessScope? scope = null)
    {
        await using var session = await OpenSessionAsync(scope);
        return await read(RequireStore<IDisputeStore>(session));
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

    // Compares states as JSON without encryption's random nonces.
    private sealed class TransparentProtector : IFieldProtector
    {
        public string Protect(string plaintext, string purpose) => purpose + ":" + plaintext;

        public string Unprotect(string protectedValue, string purpose) => protectedValue[(purpose.Length + 1)..];

        public string Index(string plaintext, string purpose) => purpose + "#" + plaintext;

        public bool NeedsReprotection(string protectedValue) => false;
    }
}
