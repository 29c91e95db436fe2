namespace Fengqiao.Grids.Staffing;

/// <summary>
/// The store contract of staff members and their assignments (人员存储). Obtain it with
/// <c>session.GetStore&lt;IStaffStore&gt;()</c>.
/// </summary>
/// <remarks>
/// <para>Reads run at once in the session's access scope. A member is visible when the scope
/// contains the jurisdiction the member is filed under, or the area of one of the member's
/// assignments lies in the scope or contains one of its roots (a grid worker's scope sees the
/// adviser paired with the grid and the chief of the village; see <see cref="Storage.GridVisibility"/>);
/// otherwise the member is invisible (<see langword="null"/> or absent), never "forbidden". Reads
/// see committed data only.</para>
/// <para><see cref="SaveAsync"/> stages the member's state, checked at commit against the version it
/// was read at (0 for a new member); it stages the pending domain events into the outbox and, after
/// a successful commit, advances <see cref="Domain.AggregateRoot.Version"/>. Saving a member whose
/// filing jurisdiction lies outside the scope throws a <see cref="Errors.ValidationException"/> with
/// code <see cref="Errors.ErrorCodes.OutsideScope"/> and stages nothing.</para>
/// </remarks>
public interface IStaffStore
{
    /// <summary>Finds a member by id, with every assignment.</summary>
    /// <param name="id">The member's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The member, or <see langword="null"/> when it does not exist or lies outside the scope.</returns>
    Task<StaffMember?> FindAsync(StaffMemberId id, CancellationToken cancellationToken = default);

    /// <summary>Streams the members that match a query and are visible in the scope, ordered by id.</summary>
    /// <param name="query">The filter.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The members, each with every assignment.</returns>
    IAsyncEnumerable<StaffMember> QueryAsync(StaffQuery query, CancellationToken cancellationToken = default);

    /// <summary>Stages a new or changed member for the session's next commit.</summary>
    /// <param name="member">The member.</param>
    /// <param name="cancellationToken">Cancels the staging.</param>
    /// <returns>A task that completes when the change is staged (not yet committed).</returns>
    Task SaveAsync(StaffMember member, CancellationToken cancellationToken = default);
}
