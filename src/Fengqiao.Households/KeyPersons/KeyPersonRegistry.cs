using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Storage;
using Fengqiao.Households.Tags;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage;
using NodaTime;

namespace Fengqiao.Households.KeyPersons;

/// <summary>
/// Key persons (重点人员): designations and the restricted reads of them. Every read needs
/// <see cref="FengqiaoPermissions.ReadKeyPersons"/> and a stated purpose and writes exactly one audit
/// entry (action <c>households.key-persons.query</c> or <c>households.key-persons.read</c>) with the
/// purpose, in the same commit as nothing else; designating needs <see cref="FengqiaoPermissions.WriteKeyPersons"/>
/// as well and is audited too. Records outside the caller's grid scope are simply absent.
/// </summary>
public sealed class KeyPersonRegistry
{
    /// <summary>The audit action of a query by category.</summary>
    public const string QueryAction = "households.key-persons.query";

    /// <summary>The audit action of a read of one resident's record.</summary>
    public const string ReadAction = "households.key-persons.read";

    /// <summary>The audit action of a designation or its end.</summary>
    public const string WriteAction = "households.key-persons.write";

    private readonly HouseholdSessions _sessions;
    private readonly TagCatalog _tags;

    /// <summary>Creates the registry.</summary>
    /// <param name="provider">The storage backend.</param>
    /// <param name="access">The current principal's scope.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="tags">The tag catalogue; the embedded one when <see langword="null"/>.</param>
    public KeyPersonRegistry(IStorageProvider provider, IAccessContext access, IClock clock, TagCatalog? tags = null)
    {
        _sessions = new HouseholdSessions(Guard.Against.Null(provider), Guard.Against.Null(access), Guard.Against.Null(clock));
        _tags = tags ?? TagCatalog.Embedded;
    }

    /// <summary>Lists the key persons of a category inside a division on a date (permission, purpose, one audit entry).</summary>
    /// <param name="category">The category's code.</param>
    /// <param name="within">The division or grid.</param>
    /// <param name="asOf">The date the designation must apply on.</param>
    /// <param name="purpose">Why the data is read (stated purpose, PIPL).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The records, ordered by resident id.</returns>
    public Task<IReadOnlyList<KeyPersonRecord>> ListAsync(string category, JurisdictionCode within, LocalDate asOf, string purpose, CancellationToken cancellationToken = default)
    {
        _tags.RequireKeyPersonCategory(Guard.Against.Null(category));
        return _sessions.AuditedReadAsync<IReadOnlyList<KeyPersonRecord>>(
            FengqiaoPermissions.ReadKeyPersons,
            purpose,
            QueryAction,
            "KeyPersonCategory",
            category,
            within,
            async session => await HouseholdSessions.ToListAsync(
                session.GetStore<IKeyPersonStore>().QueryAsync(new KeyPersonQuery(within, category, asOf), cancellationToken), cancellationToken).ConfigureAwait(false),
            cancellationToken);
    }

    /// <summary>Reads one resident's key-person record (permission, purpose, one audit entry).</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="purpose">Why the data is read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The record, or <see langword="null"/> when there is none in the caller's scope.</returns>
    public Task<KeyPersonRecord?> GetAsync(ResidentId resident, string purpose, CancellationToken cancellationToken = default) =>
        _sessions.AuditedReadAsync(
            FengqiaoPermissions.ReadKeyPersons,
            purpose,
            ReadAction,
            "KeyPerson",
            resident.ToString(),
            null,
            session => session.GetStore<IKeyPersonStore>().FindAsync(resident, cancellationToken),
            cancellationToken);

    /// <summary>Designates a resident in the caller's scope as a key person of a category from a date (列管); audited.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="category">The category's code.</param>
    /// <param name="validFrom">The first day.</param>
    /// <param name="purpose">Why (stated purpose).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, saved.</returns>
    public Task<KeyPersonRecord> DesignateAsync(ResidentId resident, string category, LocalDate validFrom, string purpose, CancellationToken cancellationToken = default)
    {
        var known = _tags.RequireKeyPersonCategory(Guard.Against.Null(category));
        return ChangeAsync(resident, purpose, (record, stamp) => record.Designate(known, validFrom, stamp), cancellationToken);
    }

    /// <summary>Ends a designation (撤销列管); audited.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="category">The category's code.</param>
    /// <param name="validTo">The first day it no longer applies.</param>
    /// <param name="purpose">Why (stated purpose).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, saved.</returns>
    public Task<KeyPersonRecord> EndDesignationAsync(ResidentId resident, string category, LocalDate validTo, string purpose, CancellationToken cancellationToken = default) =>
        ChangeAsync(resident, purpose, (record, stamp) => record.EndDesignation(category, validTo, stamp), cancellationToken);

    private async Task<KeyPersonRecord> ChangeAsync(ResidentId resident, string purpose, Action<KeyPersonRecord, Grids.ChangeStamp> change, CancellationToken cancellationToken)
    {
        _sessions.Require(FengqiaoPermissions.WriteKeyPersons);
        return await _sessions.AuditedReadAsync(
            FengqiaoPermissions.ReadKeyPersons,
            purpose,
            WriteAction,
            "KeyPerson",
            resident.ToString(),
            null,
            async session =>
            {
                var person = await session.GetStore<IResidentStore>().FindAsync(resident, cancellationToken).ConfigureAwait(false)
                    ?? throw new Errors.NotFoundException(nameof(Resident), resident.ToString());
                var store = session.GetStore<IKeyPersonStore>();
                var record = await store.FindAsync(resident, cancellationToken).ConfigureAwait(false) ?? KeyPersonRecord.Open(resident, person.Grid);
                if (record.Grid != person.Grid)
                {
                    record.Refile(person.Grid);
                }

                change(record, _sessions.Stamp());
                await store.SaveAsync(record, cancellationToken).ConfigureAwait(false);
                return record;
            },
            cancellationToken).ConfigureAwait(false);
    }
}
