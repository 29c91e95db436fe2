using Fengqiao.Auditing;
using Fengqiao.Identifiers;
using Fengqiao.Jurisdictions;
using NodaTime;
using Xunit;

namespace Fengqiao.Storage.Testing;

/// <summary>
/// Conformance of the audit log (审计日志): immediate appends, every query filter, oldest-first order,
/// and an exact round trip of every field.
/// </summary>
public abstract class AuditLogConformanceTests : StorageConformanceTests
{
    /// <summary>An appended entry is stored at once and read back with every field unchanged.</summary>
    [StorageFact]
    public async Task Append_stores_the_entry_at_once_with_every_field()
    {
        var principal = NewMarker("auditor");
        var grid = NewCounty().Child(1).Child(1).Child(1);
        var at = Clock.GetCurrentInstant();
        var entry = new AuditEntry(TimeOrderedGuid.NewGuid(at), at, principal, "households.resident.read-unmasked", "Resident", "r-42", grid, "调解纠纷核实身份 " + ConformanceValues.MixedScriptText);

        var log = await AuditLogAsync();
        await log.AppendAsync(entry);

        var read = Assert.Single(await QueryAsync(new AuditQuery(PrincipalId: principal)));
        Assert.Equal(entry, read);
    }

    /// <summary>Entries without a jurisdiction or purpose keep their nulls.</summary>
    [StorageFact]
    public async Task Nulls_round_trip()
    {
        var principal = NewMarker("auditor");
        var at = Clock.GetCurrentInstant();
        var entry = new AuditEntry(TimeOrderedGuid.NewGuid(at), at, principal, "grids.grid.update", "Grid", "g-1", null, null);

        await (await AuditLogAsync()).AppendAsync(entry);

        Assert.Equal(entry, Assert.Single(await QueryAsync(new AuditQuery(PrincipalId: principal))));
    }

    /// <summary>Jurisdiction codes of every level round-trip.</summary>
    [StorageFact]
    public async Task Jurisdictions_of_every_level_round_trip()
    {
        var principal = NewMarker("auditor");
        var grid = NewCounty().Child(2).Child(3).Child(4);
        var log = await AuditLogAsync();
        var at = Clock.GetCurrentInstant();
        var expected = new List<AuditEntry>();
        foreach (var code in grid.SelfAndAncestors().Reverse())
        {
            at += Duration.FromSeconds(1);
            var entry = new AuditEntry(TimeOrderedGuid.NewGuid(at), at, principal, "probe", "Jurisdiction", code.ToString(), code, null);
            expected.Add(entry);
            await log.AppendAsync(entry);
        }

        Assert.Equal(expected, await QueryAsync(new AuditQuery(PrincipalId: principal)));
        Assert.Equal(
            [JurisdictionLevel.Province, JurisdictionLevel.Prefecture, JurisdictionLevel.County, JurisdictionLevel.Township, JurisdictionLevel.Village, JurisdictionLevel.Grid],
            expected.Select(e => e.Jurisdiction!.Value.Level));
    }

    /// <summary>Instants at the edges of the supported range and with microsecond digits round-trip exactly.</summary>
    [StorageFact]
    public async Task Instants_round_trip_at_the_extremes()
    {
        var principal = NewMarker("auditor");
        var log = await AuditLogAsync();
        var instants = new[] { ConformanceValues.MinInstant, ConformanceValues.MicrosecondInstant, ConformanceValues.MaxInstant };
        foreach (var at in instants)
        {
            await log.AppendAsync(new AuditEntry(Guid.NewGuid(), at, principal, "probe", "Probe", "p", null, null));
        }

        Assert.Equal(instants, (await QueryAsync(new AuditQuery(PrincipalId: principal))).Select(e => e.At));
    }

    /// <summary>Queries return entries oldest first, whatever order they were appended in.</summary>
    [StorageFact]
    public async Task Query_returns_entries_oldest_first()
    {
        var principal = NewMarker("auditor");
        var log = await AuditLogAsync();
        var start = Clock.GetCurrentInstant();
        foreach (var minutes in new[] { 5, 1, 4, 2, 3 })
        {
            var at = start + Duration.FromMinutes(minutes);
            await log.AppendAsync(new AuditEntry(TimeOrderedGuid.NewGuid(at), at, principal, "probe", "Probe", "p" + minutes, null, null));
        }

        var read = await QueryAsync(new AuditQuery(PrincipalId: principal));

        Assert.Equal(["p1", "p2", "p3", "p4", "p5"], read.Select(e => e.SubjectId));
    }

    /// <summary>Each filter criterion selects exactly the matching entries; From is inclusive, To exclusive.</summary>
    [StorageFact]
    public async Task Every_filter_selects_exactly_the_matching_entries()
    {
        var alice = NewMarker("alice");
        var bob = NewMarker("bob");
        var start = Clock.GetCurrentInstant();
        var entries = new[]
        {
            new AuditEntry(Guid.NewGuid(), start, alice, "read", "Resident", "r1", null, "核查"),
            new AuditEntry(Guid.NewGuid(), start + Duration.FromHours(1), alice, "update", "Grid", "g1", null, null),
            new AuditEntry(Guid.NewGuid(), start + Duration.FromHours(2), bob, "read", "Grid", "g1", null, null),
            new AuditEntry(Guid.NewGuid(), start + Duration.FromHours(3), bob, "read", "Resident", "r2", null, null),
        };
        var log = await AuditLogAsync();
        foreach (var entry in entries)
        {
            await log.AppendAsync(entry);
        }

        async Task Expect(AuditQuery query, params int[] indexes)
        {
            var read = (await QueryAsync(query)).Where(e => e.PrincipalId == alice || e.PrincipalId == bob).ToList();
            Assert.Equal(indexes.Select(i => entries[i]), read);
        }

        await Expect(new AuditQuery(PrincipalId: alice), 0, 1);
        await Expect(new AuditQuery(PrincipalId: bob, Action: "read"), 2, 3);
        await Expect(new AuditQuery(PrincipalId: alice, SubjectKind: "Grid"), 1);
        await Expect(new AuditQuery(SubjectKind: "Grid", SubjectId: "g1", From: start), 1, 2);
        await Expect(new AuditQuery(PrincipalId: bob, SubjectId: "r2"), 3);
        await Expect(new AuditQuery(PrincipalId: alice, From: start + Duration.FromHours(1)), 1);
        await Expect(new AuditQuery(PrincipalId: bob, To: start + Duration.FromHours(3)), 2);
        await Expect(new AuditQuery(From: start + Duration.FromHours(1), To: start + Duration.FromHours(3)), 1, 2);
        await Expect(new AuditQuery(PrincipalId: alice, Action: "delete"));
    }

    /// <summary>An append with a cancelled token throws <see cref="OperationCanceledException"/> and stores nothing.</summary>
    [StorageFact]
    public async Task Append_with_a_cancelled_token_stores_nothing()
    {
        var principal = NewMarker("auditor");
        var log = await AuditLogAsync();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var at = Clock.GetCurrentInstant();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => log.AppendAsync(new AuditEntry(Guid.NewGuid(), at, principal, "probe", "Probe", "p", null, null), cancellation.Token));

        Assert.Empty(await QueryAsync(new AuditQuery(PrincipalId: principal)));
    }

    /// <summary>Appends from many threads at once are all stored.</summary>
    [StorageFact]
    public async Task Concurrent_appends_are_all_stored()
    {
        var principal = NewMarker("auditor");
        var log = await AuditLogAsync();
        var at = Clock.GetCurrentInstant();

        await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() =>
            log.AppendAsync(new AuditEntry(Guid.NewGuid(), at + Duration.FromSeconds(i), principal, "probe", "Probe", "p", null, null)))));

        Assert.Equal(16, (await QueryAsync(new AuditQuery(PrincipalId: principal))).Count);
    }

    private async Task<IAuditLog> AuditLogAsync()
    {
        await using var session = await OpenSessionAsync();
        return RequireStore<IAuditLog>(session);
    }

    private async Task<List<AuditEntry>> QueryAsync(AuditQuery query)
    {
        await using var session = await OpenSessionAsync();
        return await KernelProbes.QueryAuditAsync(session, query);
    }
}
