using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Grids;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Storage;
using Fengqiao.Households.Tags;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage;
using NodaTime;

namespace Fengqiao.Households.Households;

/// <summary>
/// Keeps households and residents (户籍登记): registers them one by one or in batches, changes
/// membership and address, and shows the household form (一户一表). Enforces the rules that span
/// aggregates against the store: one citizen ID belongs to one resident (<see cref="HouseholdErrorCodes.DuplicateCitizenId"/>),
/// one person is a member of one household at a time (<see cref="HouseholdErrorCodes.MemberOfAnotherHousehold"/>),
/// and every grid named exists in the caller's scope on the date (<see cref="HouseholdErrorCodes.UnknownGrid"/>).
/// Each call is one unit of work in the current principal's scope.
/// </summary>
public sealed class HouseholdRegistry
{
    private readonly HouseholdSessions _sessions;
    private readonly TagCatalog _tags;

    /// <summary>Creates the registry.</summary>
    /// <param name="provider">The storage backend.</param>
    /// <param name="access">The current principal's scope.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="tags">The tag catalogue; the embedded one when <see langword="null"/>.</param>
    public HouseholdRegistry(IStorageProvider provider, IAccessContext access, IClock clock, TagCatalog? tags = null)
    {
        _sessions = new HouseholdSessions(Guard.Against.Null(provider), Guard.Against.Null(access), Guard.Against.Null(clock));
        _tags = tags ?? TagCatalog.Embedded;
    }

    /// <summary>Makes a change stamp for the current principal at the clock's instant, for building aggregates to submit.</summary>
    /// <returns>The stamp.</returns>
    public ChangeStamp NewStamp() => _sessions.Stamp();

    /// <summary>Registers a resident who is not (yet) a member of a household.</summary>
    /// <param name="citizenId">The citizen ID.</param>
    /// <param name="name">The name.</param>
    /// <param name="grid">The grid to file the resident under.</param>
    /// <param name="residency">Registered or floating.</param>
    /// <param name="mobile">The mobile number, if known.</param>
    /// <param name="floating">The floating-population registration, if any.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The resident, saved.</returns>
    public async Task<Resident> RegisterResidentAsync(
        CitizenId citizenId,
        string name,
        JurisdictionCode grid,
        ResidencyKind residency,
        MobileNumber? mobile = null,
        FloatingRegistration? floating = null,
        CancellationToken cancellationToken = default)
    {
        var stamp = _sessions.Stamp();
        var resident = Resident.Register(ResidentId.New(_sessions.Clock), citizenId, name, grid, residency, stamp, mobile, floating);
        var today = stamp.At.InZone(ShanghaiZone).Date;
        await ThrowFirstAsync(await CheckResidentsAsync([resident], today, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        return await _sessions.WriteAsync(
            async (session, _) =>
            {
                await session.GetStore<IResidentStore>().SaveAsync(resident, cancellationToken).ConfigureAwait(false);
                return resident;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Registers one household with its new residents (建档立户).</summary>
    /// <param name="entry">The household and its new residents.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The household, saved.</returns>
    public async Task<Household> RegisterHouseholdAsync(HouseholdEntry entry, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(entry);
        await AddManyAsync([entry], progress: null, cancellationToken).ConfigureAwait(false);
        return entry.Household;
    }

    /// <summary>
    /// Checks a batch of new households against each other and the store, without writing: duplicate
    /// citizen IDs (within the batch or on record), members in two households at once, unknown grids,
    /// records outside the caller's scope. An import reports these per row and adds the rest.
    /// </summary>
    /// <param name="entries">The batch.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The problems, by entry; empty when the batch can be added.</returns>
    public Task<IReadOnlyList<HouseholdEntryProblem>> CheckManyAsync(IReadOnlyList<HouseholdEntry> entries, CancellationToken cancellationToken = default) =>
        CheckAsync(entries, againstStore: true, cancellationToken);

    private async Task<IReadOnlyList<HouseholdEntryProblem>> CheckAsync(IReadOnlyList<HouseholdEntry> entries, bool againstStore, CancellationToken cancellationToken)
    {
        Guard.Against.Null(entries);
        var problems = new List<HouseholdEntryProblem>();
        var gridCache = new Dictionary<(JurisdictionCode, LocalDate), bool>();
        var seenIds = new Dictionary<CitizenId, int>();
        var seenMembers = new Dictionary<ResidentId, List<(int Index, HouseholdId Household, ValidityPeriod Period)>>();
        var newResidents = new HashSet<ResidentId>();
        foreach (var entry in entries)
        {
            foreach (var resident in entry.Residents)
            {
                newResidents.Add(resident.Id);
            }
        }

        await _sessions.ReadAsync(
            async session =>
            {
                var grids = session.GetStore<IGridStore>();
                for (var i = 0; i < entries.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var household = entries[i].Household;
                    if (!HouseholdVisibility.CanAccess(_sessions.Scope, household))
                    {
                        problems.Add(new(i, ErrorCodes.OutsideScope, "grid", ValidationException.Of(ErrorCodes.OutsideScope, "scope").Message));
                        continue;
                    }

                    foreach (var placement in household.Placements)
                    {
                        if (!await GridExistsAsync(grids, gridCache, placement.Grid, placement.Validity.ValidFrom, cancellationToken).ConfigureAwait(false))
                        {
                            problems.Add(Problem(i, HouseholdErrorCodes.UnknownGrid, "grid", null, placement.Grid, placement.Validity.ValidFrom));
                        }
                    }

                    for (var r = 0; r < entries[i].Residents.Count; r++)
                    {
                        var resident = entries[i].Residents[r];
                        if (!HouseholdVisibility.CanAccess(_sessions.Scope, resident))
                        {
                            problems.Add(new(i, ErrorCodes.OutsideScope, "grid", ValidationException.Of(ErrorCodes.OutsideScope, "scope").Message, r));
                        }
                        else if (resident.Grid != household.Grid
                            && !await GridExistsAsync(grids, gridCache, resident.Grid, household.ValidFrom, cancellationToken).ConfigureAwait(false))
                        {
                            problems.Add(Problem(i, HouseholdErrorCodes.UnknownGrid, "grid", r, resident.Grid, household.ValidFrom));
                        }

                        if (!seenIds.TryAdd(resident.CitizenId, i))
                        {
                            problems.Add(Problem(i, HouseholdErrorCodes.DuplicateCitizenId, "citizenId", r));
                        }
                    }

                    foreach (var membership in household.Members)
                    {
                        if (!seenMembers.TryGetValue(membership.Resident, out var periods))
                        {
                            seenMembers[membership.Resident] = periods = [];
                        }

                        if (periods.Exists(p => p.Household != household.Id && p.Period.Overlaps(membership.Validity)))
                        {
                            problems.Add(Problem(i, HouseholdErrorCodes.MemberOfAnotherHousehold, "member", ResidentIndex(entries[i], membership.Resident), membership.Validity.ValidFrom));
                        }

                        periods.Add((i, household.Id, membership.Validity));
                    }
                }

                return 0;
            },
            cancellationToken).ConfigureAwait(false);

        if (!againstStore)
        {
            return [.. problems.OrderBy(p => p.Index)];
        }

        // Against the store, in an unrestricted session: an ID or membership on record outside the
        // caller's scope still counts, though the caller only learns that it exists.
        await _sessions.CheckAsync(
            async system =>
            {
                var residents = system.GetStore<IResidentStore>();
                var households = system.GetStore<IHouseholdStore>();
                for (var i = 0; i < entries.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    for (var r = 0; r < entries[i].Residents.Count; r++)
                    {
                        var resident = entries[i].Residents[r];
                        var existing = await residents.FindByCitizenIdAsync(resident.CitizenId, cancellationToken).ConfigureAwait(false);
                        if (existing is not null && existing.Id != resident.Id)
                        {
                            problems.Add(Problem(i, HouseholdErrorCodes.DuplicateCitizenId, "citizenId", r));
                        }
                    }

                    var household = entries[i].Household;
                    foreach (var membership in household.Members.Where(m => !newResidents.Contains(m.Resident)))
                    {
                        if (await MemberElsewhereAsync(households, membership.Resident, household.Id, membership.Validity, cancellationToken).ConfigureAwait(false))
                        {
                            problems.Add(Problem(i, HouseholdErrorCodes.MemberOfAnotherHousehold, "member", null, membership.Validity.ValidFrom));
                        }
                    }
                }

                return 0;
            },
            cancellationToken).ConfigureAwait(false);

        return [.. problems.OrderBy(p => p.Index)];
    }

    /// <summary>
    /// Adds a batch of new households and their new residents in one unit of work — the bulk path of
    /// ledger imports (100,000 households in one commit). The batch is checked first as by
    /// <see cref="CheckManyAsync"/>; any problem refuses the whole batch with the first problem's error
    /// (call <see cref="CheckManyAsync"/> first and leave out the entries at fault for a partial import).
    /// </summary>
    /// <param name="entries">The batch.</param>
    /// <param name="progress">Receives the number of entries staged so far, now and then.</param>
    /// <param name="cancellationToken">Cancels the call; nothing is written when cancelled before the commit.</param>
    /// <returns>The number of households added.</returns>
    public async Task<int> AddManyAsync(IReadOnlyList<HouseholdEntry> entries, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(entries);
        await ThrowFirstAsync(await CheckManyAsync(entries, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        return await WriteManyAsync(entries, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Adds a batch that <see cref="CheckManyAsync"/> has just reported clean, without looking every
    /// person up in the store a second time: the checks within the batch (IDs, memberships, grids,
    /// scope) run again, and a citizen ID stored in between is still refused by the backends' unique
    /// index (the commit then fails with a conflict and writes nothing). The import path for large ledgers.
    /// </summary>
    /// <param name="entries">The checked batch.</param>
    /// <param name="progress">Receives the number of entries staged so far, now and then.</param>
    /// <param name="cancellationToken">Cancels the call; nothing is written when cancelled before the commit.</param>
    /// <returns>The number of households added.</returns>
    public async Task<int> AddCheckedAsync(IReadOnlyList<HouseholdEntry> entries, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(entries);
        await ThrowFirstAsync(await CheckAsync(entries, againstStore: false, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        return await WriteManyAsync(entries, progress, cancellationToken).ConfigureAwait(false);
    }

    private Task<int> WriteManyAsync(IReadOnlyList<HouseholdEntry> entries, IProgress<int>? progress, CancellationToken cancellationToken) =>
        _sessions.WriteAsync(
            async (session, _) =>
            {
                const int Chunk = 5_000;
                var residents = session.GetStore<IResidentStore>();
                var households = session.GetStore<IHouseholdStore>();
                for (var offset = 0; offset < entries.Count; offset += Chunk)
                {
                    var slice = entries.Skip(offset).Take(Chunk).ToList();
                    await residents.AddManyAsync([.. slice.SelectMany(e => e.Residents)], cancellationToken).ConfigureAwait(false);
                    await households.AddManyAsync([.. slice.Select(e => e.Household)], cancellationToken).ConfigureAwait(false);
                    progress?.Report(offset + slice.Count);
                }

                return entries.Count;
            },
            cancellationToken);

    /// <summary>Adds a resident on record to a household from a date and files them under its grid.</summary>
    /// <param name="household">The household.</param>
    /// <param name="resident">The resident.</param>
    /// <param name="relation">The relation to the head.</param>
    /// <param name="validFrom">The first day.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The household, saved.</returns>
    public async Task<Household> AddMemberAsync(HouseholdId household, ResidentId resident, RelationToHead relation, LocalDate validFrom, CancellationToken cancellationToken = default)
    {
        var period = ValidityPeriod.StartingOn(validFrom);
        var elsewhere = await _sessions.CheckAsync(
            system => MemberElsewhereAsync(system.GetStore<IHouseholdStore>(), resident, household, period, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (elsewhere)
        {
            throw HouseholdMessages.Invalid(HouseholdErrorCodes.MemberOfAnotherHousehold, "resident", validFrom);
        }

        return await _sessions.WriteAsync(
            async (session, stamp) =>
            {
                var found = await RequireAsync(session, household, cancellationToken).ConfigureAwait(false);
                found.AddMember(resident, relation, validFrom, stamp);
                await session.GetStore<IHouseholdStore>().SaveAsync(found, cancellationToken).ConfigureAwait(false);
                var residents = session.GetStore<IResidentStore>();
                if (await residents.FindAsync(resident, cancellationToken).ConfigureAwait(false) is { } member && member.Grid != found.Grid)
                {
                    member.Refile(found.Grid);
                    await residents.SaveAsync(member, cancellationToken).ConfigureAwait(false);
                }

                return found;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends a member's membership on a date.</summary>
    /// <param name="household">The household.</param>
    /// <param name="resident">The member.</param>
    /// <param name="validTo">The first day they are no longer a member.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The household, saved.</returns>
    public Task<Household> RemoveMemberAsync(HouseholdId household, ResidentId resident, LocalDate validTo, CancellationToken cancellationToken = default) =>
        ChangeAsync(household, (h, stamp) => h.RemoveMember(resident, validTo, stamp), cancellationToken);

    /// <summary>Makes another member the head from a date.</summary>
    /// <param name="household">The household.</param>
    /// <param name="newHead">A current member.</param>
    /// <param name="validFrom">The first day.</param>
    /// <param name="formerHeadRelation">The former head's relation to the new head.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The household, saved.</returns>
    public Task<Household> ChangeHeadAsync(HouseholdId household, ResidentId newHead, LocalDate validFrom, RelationToHead formerHeadRelation, CancellationToken cancellationToken = default) =>
        ChangeAsync(household, (h, stamp) => h.ChangeHead(newHead, validFrom, formerHeadRelation, stamp), cancellationToken);

    /// <summary>Moves a household to another address or grid from a date and files its current members' records under the new grid.</summary>
    /// <param name="household">The household.</param>
    /// <param name="validFrom">The first day at the new place.</param>
    /// <param name="grid">The new grid; it must exist on that day.</param>
    /// <param name="address">The new address.</param>
    /// <param name="standardAddress">The standard address, when linked.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The household, saved.</returns>
    public Task<Household> MoveAsync(HouseholdId household, LocalDate validFrom, JurisdictionCode grid, string address, Addresses.StandardAddressId? standardAddress = null, CancellationToken cancellationToken = default) =>
        _sessions.WriteAsync(
            async (session, stamp) =>
            {
                if (!await GridExistsAsync(session.GetStore<IGridStore>(), [], grid, validFrom, cancellationToken).ConfigureAwait(false))
                {
                    throw HouseholdMessages.Invalid(HouseholdErrorCodes.UnknownGrid, nameof(grid), grid, validFrom);
                }

                var found = await RequireAsync(session, household, cancellationToken).ConfigureAwait(false);
                found.Move(validFrom, grid, address, stamp, standardAddress);
                var residents = session.GetStore<IResidentStore>();
                foreach (var member in found.MembersOn(validFrom))
                {
                    if (await residents.FindAsync(member.Resident, cancellationToken).ConfigureAwait(false) is { } resident)
                    {
                        resident.Refile(grid);
                        await residents.SaveAsync(resident, cancellationToken).ConfigureAwait(false);
                    }
                }

                await session.GetStore<IHouseholdStore>().SaveAsync(found, cancellationToken).ConfigureAwait(false);
                return found;
            },
            cancellationToken);

    /// <summary>Finds a household in the caller's scope.</summary>
    /// <param name="household">The household.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The household, or <see langword="null"/> when absent or outside the scope.</returns>
    public Task<Household?> FindAsync(HouseholdId household, CancellationToken cancellationToken = default) =>
        _sessions.ReadAsync(session => session.GetStore<IHouseholdStore>().FindAsync(household, cancellationToken), cancellationToken);

    /// <summary>Finds a resident in the caller's scope by citizen ID.</summary>
    /// <param name="citizenId">The citizen ID.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The resident, or <see langword="null"/> when absent or outside the scope.</returns>
    public Task<Resident?> FindResidentAsync(CitizenId citizenId, CancellationToken cancellationToken = default) =>
        _sessions.ReadAsync(session => session.GetStore<IResidentStore>().FindByCitizenIdAsync(citizenId, cancellationToken), cancellationToken);

    /// <summary>
    /// Gets the household form (一户一表) as of a date. Health care tags are listed only for a caller
    /// holding <see cref="FengqiaoPermissions.ReadHealth"/> who states a purpose; that read writes one audit entry.
    /// </summary>
    /// <param name="household">The household.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="healthPurpose">The purpose for showing health tags, or <see langword="null"/> to leave them out.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The form, or <see langword="null"/> when the household is absent, outside the scope or did not exist that day.</returns>
    public Task<HouseholdForm?> GetFormAsync(HouseholdId household, LocalDate asOf, string? healthPurpose = null, CancellationToken cancellationToken = default)
    {
        async Task<HouseholdForm?> Read(IStorageSession session, bool withHealth)
        {
            var found = await session.GetStore<IHouseholdStore>().FindAsync(household, cancellationToken).ConfigureAwait(false);
            if (found?.PlacementOn(asOf) is not { } placement)
            {
                return null;
            }

            var residents = session.GetStore<IResidentStore>();
            var members = new List<HouseholdFormMember>();
            foreach (var membership in found.MembersOn(asOf))
            {
                if (await residents.FindAsync(membership.Resident, cancellationToken).ConfigureAwait(false) is not { } r)
                {
                    continue;
                }

                var tags = r.CareTags
                    .Where(t => t.Validity.Contains(asOf) && (withHealth || _tags.FindCareTag(t.Code)?.Sensitivity != TagSensitivity.Health))
                    .Select(t => t.Code)
                    .ToArray();
                members.Add(new HouseholdFormMember(
                    r.Id, membership.Relation, membership.Validity.ValidFrom, r.Name, r.Sex, r.BirthDate, r.CitizenId, r.Mobile, r.Residency, r.Floating, r.Status, tags));
            }

            return new HouseholdForm(found.Id, found.Number, asOf, placement, members, found.Placements, found.Members);
        }

        return healthPurpose is null
            ? _sessions.ReadAsync(session => Read(session, withHealth: false), cancellationToken)
            : _sessions.AuditedReadAsync(
                FengqiaoPermissions.ReadHealth, healthPurpose, "households.form.read-health", nameof(Household), household.ToString(), null, session => Read(session, withHealth: true), cancellationToken);
    }

    internal static readonly DateTimeZone ShanghaiZone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    internal static async Task<bool> MemberElsewhereAsync(IHouseholdStore households, ResidentId resident, HouseholdId self, ValidityPeriod period, CancellationToken cancellationToken)
    {
        await foreach (var other in households.QueryAsync(new HouseholdQuery(Member: resident), cancellationToken).ConfigureAwait(false))
        {
            if (other.Id != self && other.HasMemberDuring(resident, period))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<bool> GridExistsAsync(IGridStore grids, Dictionary<(JurisdictionCode, LocalDate), bool> cache, JurisdictionCode grid, LocalDate on, CancellationToken cancellationToken)
    {
        if (!cache.TryGetValue((grid, on), out var exists))
        {
            exists = (await grids.FindAsync(grid, cancellationToken).ConfigureAwait(false))?.ExistsOn(on) == true;
            cache[(grid, on)] = exists;
        }

        return exists;
    }

    private static int? ResidentIndex(HouseholdEntry entry, ResidentId resident)
    {
        for (var r = 0; r < entry.Residents.Count; r++)
        {
            if (entry.Residents[r].Id == resident)
            {
                return r;
            }
        }

        return null;
    }

    private static HouseholdEntryProblem Problem(int index, string code, string field, int? resident, params object?[] args) =>
        new(index, code, field, HouseholdMessages.Format(code, args), resident);

    private static Task ThrowFirstAsync(IReadOnlyList<HouseholdEntryProblem> problems) =>
        problems.Count == 0 ? Task.CompletedTask : throw new ValidationException(problems[0].ErrorCode, problems[0].Field, problems[0].Message);

    private static async Task<Household> RequireAsync(IStorageSession session, HouseholdId id, CancellationToken cancellationToken) =>
        await session.GetStore<IHouseholdStore>().FindAsync(id, cancellationToken).ConfigureAwait(false)
        ?? throw new Errors.NotFoundException(nameof(Household), id.ToString());

    private Task<IReadOnlyList<HouseholdEntryProblem>> CheckResidentsAsync(IReadOnlyList<Resident> residents, LocalDate on, CancellationToken cancellationToken) =>
        CheckManyAsync([new HouseholdEntry(Household.Register(HouseholdId.From(Guid.Empty), residents[0].Id, residents[0].Grid, "-", on, _sessions.Stamp()), residents)], cancellationToken);

    private Task<Household> ChangeAsync(HouseholdId household, Action<Household, ChangeStamp> change, CancellationToken cancellationToken) =>
        _sessions.WriteAsync(
            async (session, stamp) =>
            {
                var found = await RequireAsync(session, household, cancellationToken).ConfigureAwait(false);
                change(found, stamp);
                await session.GetStore<IHouseholdStore>().SaveAsync(found, cancellationToken).ConfigureAwait(false);
                return found;
            },
            cancellationToken);
}
