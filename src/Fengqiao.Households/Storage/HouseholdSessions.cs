using Fengqiao.Access;
using Fengqiao.Auditing;
using Fengqiao.Errors;
using Fengqiao.Grids;
using Fengqiao.Identifiers;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage;
using NodaTime;

namespace Fengqiao.Households.Storage;

/// <summary>
/// Opens one storage session per service call in the current principal's scope: reads dispose it,
/// writes and audited reads commit it. Cross-household invariants are checked in an unrestricted
/// session of the same principal that only answers yes or no, so nothing outside the scope is shown.
/// </summary>
internal sealed class HouseholdSessions(IStorageProvider provider, IAccessContext access, IClock clock)
{
    public AccessScope Scope => access.Scope;

    public IClock Clock => clock;

    public ChangeStamp Stamp() => ChangeStamp.Now(clock, access.Scope.PrincipalId);

    public async Task<T> ReadAsync<T>(Func<IStorageSession, Task<T>> read, CancellationToken cancellationToken)
    {
        var session = await provider.OpenSessionAsync(access.Scope, cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            return await read(session).ConfigureAwait(false);
        }
    }

    /// <summary>Reads in an unrestricted session, for invariant checks whose answers never leave the service.</summary>
    public async Task<T> CheckAsync<T>(Func<IStorageSession, Task<T>> read, CancellationToken cancellationToken)
    {
        var session = await provider.OpenSessionAsync(AccessScope.Unrestricted(access.Scope.PrincipalId), cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            return await read(session).ConfigureAwait(false);
        }
    }

    public async Task<T> WriteAsync<T>(Func<IStorageSession, ChangeStamp, Task<T>> write, CancellationToken cancellationToken)
    {
        var session = await provider.OpenSessionAsync(access.Scope, cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            var result = await write(session, Stamp()).ConfigureAwait(false);
            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
    }

    /// <summary>
    /// A read of sensitive data (key persons, health tags): needs the permission and a purpose, and
    /// commits exactly one audit entry with the read, whatever it returns.
    /// </summary>
    public async Task<T> AuditedReadAsync<T>(
        string permission,
        string? purpose,
        string action,
        string subjectKind,
        string subjectId,
        JurisdictionCode? jurisdiction,
        Func<IStorageSession, Task<T>> read,
        CancellationToken cancellationToken)
    {
        Require(permission);
        if (string.IsNullOrWhiteSpace(purpose))
        {
            throw ValidationException.Of(ErrorCodes.PurposeRequired, "purpose");
        }

        var session = await provider.OpenSessionAsync(access.Scope, cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            var result = await read(session).ConfigureAwait(false);
            var now = clock.GetCurrentInstant();
            session.Audit(new AuditEntry(TimeOrderedGuid.NewGuid(now), now, access.Scope.PrincipalId, action, subjectKind, subjectId, jurisdiction, purpose.Trim()));
            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
    }

    public void Require(string permission)
    {
        if (!access.Scope.HasPermission(permission))
        {
            throw ValidationException.Of(ErrorCodes.PermissionDenied, "permission", permission);
        }
    }

    public static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            list.Add(item);
        }

        return list;
    }
}
