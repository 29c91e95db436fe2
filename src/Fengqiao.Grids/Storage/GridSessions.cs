using Fengqiao.Access;
using Fengqiao.Errors;
using Fengqiao.Storage;
using NodaTime;

namespace Fengqiao.Grids.Storage;

/// <summary>
/// Opens one storage session per service call in the current principal's scope: reads just
/// dispose it, writes commit it. Writes need <see cref="FengqiaoPermissions.ManageGrids"/>.
/// </summary>
internal sealed class GridSessions(IStorageProvider provider, IAccessContext access, IClock clock)
{
    public AccessScope Scope => access.Scope;

    public ChangeStamp Stamp() => ChangeStamp.Now(clock, access.Scope.PrincipalId);

    public async Task<T> ReadAsync<T>(Func<IStorageSession, Task<T>> read, CancellationToken cancellationToken)
    {
        var session = await provider.OpenSessionAsync(access.Scope, cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            return await read(session).ConfigureAwait(false);
        }
    }

    public async Task<T> WriteAsync<T>(Func<IStorageSession, ChangeStamp, Task<T>> write, CancellationToken cancellationToken)
    {
        if (!access.Scope.HasPermission(FengqiaoPermissions.ManageGrids))
        {
            throw ValidationException.Of(ErrorCodes.PermissionDenied, "permission", FengqiaoPermissions.ManageGrids);
        }

        var session = await provider.OpenSessionAsync(access.Scope, cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            var result = await write(session, Stamp()).ConfigureAwait(false);
            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
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
