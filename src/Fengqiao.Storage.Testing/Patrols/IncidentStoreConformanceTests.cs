using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Identity;
using Fengqiao.Patrols.Incidents;
using NodaTime;
using Xunit;

namespace Fengqiao.Storage.Testing;

/// <summary>
/// Conformance of <see cref="IIncidentStore"/> (警情存储): round trip with the caller phone, phone lookup,
/// queries by local date, scope, concurrency, cancellation. SQL backends need a field protector.
/// </summary>
public abstract class IncidentStoreConformanceTests : PatrolsConformanceTests
{
    /// <summary>A closed incident with a caller phone round-trips, as does a bare diverted one.</summary>
    [StorageFact]
    public async Task Incidents_round_trip_with_the_caller_phone()
    {
        var county = NewCounty();
        var full = SampleIncident(county.Child(101), Local(2025, 3, 1, 8, 0), MobileNumber.Parse("13800138000"));
        var bare = Incident.Receive(IncidentId.New(Clock), new IncidentReport(county, IncidentChannel.Call110, IncidentCategory.NonPolice, IncidentPriority.Low, Local(2025, 3, 1, 9, 0), "咨询社保"), Shanghai, Stamp());
        bare.DivertTo12345("12345-0002", Local(2025, 3, 1, 9, 1));
        await CommitAsync<IIncidentStore>(async s =>
        {
            await s.SaveAsync(full);
            await s.SaveAsync(bare);
        });

        foreach (var expected in new[] { full, bare })
        {
            var read = await ReadAsync<IIncidentStore, Incident?>(s => s.FindAsync(expected.Id));
            Assert.NotNull(read);
            Assert.Equal(1, read.Version);
            Assert.Equal(expected.CallerPhone, read.CallerPhone);
            Assert.Equal(expected.ResponseTime, read.ResponseTime);
            AssertSamePatrolState(expected.ToState() with { CallerPhone = null }, read.ToState() with { CallerPhone = null });
        }
    }

    /// <summary>Incidents are found by caller phone, and by local date of receipt (an instant late in the UTC day counts on the next Shanghai day).</summary>
    [StorageFact]
    public async Task Queries_by_phone_and_local_date()
    {
        var county = NewCounty();
        var phone = MobileNumber.Parse("13912345678");
        var incidents = new[]
        {
            SampleIncident(county, Local(2025, 3, 1, 10, 0), phone),
            SampleIncident(county.Child(101), Instant.FromUtc(2025, 3, 1, 16, 30), MobileNumber.Parse("13700000000")),
            SampleIncident(county.Child(102), Local(2025, 3, 1, 23, 0), phone),
        };
        await CommitAsync<IIncidentStore>(async s =>
        {
            foreach (var i in incidents)
            {
                await s.SaveAsync(i);
            }
        });

        async Task<IncidentId[]> Ids(IncidentQuery query) =>
            [.. (await ReadAsync<IIncidentStore, List<Incident>>(s => ToListAsync(s.QueryAsync(query)))).Select(i => i.Id)];

        Assert.Equal([incidents[0].Id, incidents[2].Id], await Ids(new IncidentQuery(Within: county, CallerPhone: phone)));
        Assert.Equal([incidents[0].Id, incidents[2].Id], await Ids(new IncidentQuery(Within: county, From: D(2025, 3, 1), To: D(2025, 3, 2))));
        Assert.Equal([incidents[1].Id], await Ids(new IncidentQuery(Within: county, From: D(2025, 3, 2))));
        Assert.Empty(await Ids(new IncidentQuery(Within: county, CallerPhone: MobileNumber.Parse("13600000000"))));
    }

    /// <summary>Incidents outside the scope are invisible; saving one there is refused.</summary>
    [StorageFact]
    public async Task Incidents_outside_the_scope_are_invisible()
    {
        var a = NewCounty();
        var b = NewCounty();
        var inside = SampleIncident(a.Child(101), Local(2025, 3, 1, 8, 0));
        var outside = SampleIncident(b, Local(2025, 3, 1, 8, 0));
        await CommitAsync<IIncidentStore>(async s =>
        {
            await s.SaveAsync(inside);
            await s.SaveAsync(outside);
        });
        var scope = AccessScope.For("command-room", [a]);

        Assert.NotNull(await ReadAsync<IIncidentStore, Incident?>(s => s.FindAsync(inside.Id), scope));
        Assert.Null(await ReadAsync<IIncidentStore, Incident?>(s => s.FindAsync(outside.Id), scope));
        Assert.Empty(await ReadAsync<IIncidentStore, List<Incident>>(s => ToListAsync(s.QueryAsync(new IncidentQuery(Within: b))), scope));

        await using var session = await OpenSessionAsync(scope);
        var error = await Assert.ThrowsAsync<ValidationException>(() => session.GetStore<IIncidentStore>().SaveAsync(SampleIncident(b, Local(2025, 3, 2, 8, 0))));
        Assert.Equal(ErrorCodes.OutsideScope, error.Code);
    }

    /// <summary>A stale write is rejected; parallel writers lose no update.</summary>
    [StorageFact]
    public async Task Concurrent_writes_are_serialized_by_version()
    {
        var received = Local(2025, 3, 1, 8, 0);
        var incident = Incident.Receive(IncidentId.New(Clock), new IncidentReport(NewCounty(), IncidentChannel.Phone, IncidentCategory.Help, IncidentPriority.Normal, received, "求助"), Shanghai, Stamp());
        await CommitAsync<IIncidentStore>(s => s.SaveAsync(incident));

        void Act(Incident i, int n)
        {
            while (i.LinkedActions.Count < n)
            {
                i.AddLinkedAction(new LinkedAction(LinkedActionKind.GridWorkerHelp, received, "网格员协助"));
            }
        }

        await AssertStaleWriteRejectedAsync<IIncidentStore, Incident>(s => s.FindAsync(incident.Id), Act, (s, i) => s.SaveAsync(i), i => i.LinkedActions.Count);
        await AssertNoLostUpdatesAsync<IIncidentStore, Incident>(s => s.FindAsync(incident.Id), i => i.LinkedActions.Count, Act, (s, i) => s.SaveAsync(i), writers: 4, incrementsEach: 2);
    }

    /// <summary>Reads and saves honour a cancelled token.</summary>
    [StorageFact]
    public async Task Cancelled_reads_and_saves_throw_and_write_nothing()
    {
        var incident = SampleIncident(NewCounty(), Local(2025, 3, 1, 8, 0));
        await using var session = await OpenSessionAsync();
        var store = RequireStore<IIncidentStore>(session);

        await AssertCancelledAsync(t => store.FindAsync(incident.Id, t));
        await AssertCancelledAsync(t => ToListAsync(store.QueryAsync(new IncidentQuery(), t)));
        await AssertCancelledAsync(t => store.SaveAsync(incident, t));
        await session.CommitAsync();

        Assert.Null(await ReadAsync<IIncidentStore, Incident?>(s => s.FindAsync(incident.Id)));
    }
}
