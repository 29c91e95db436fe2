using Ardalis.GuardClauses;
using Fengqiao.Grids.Storage;
using Fengqiao.Grids.Staffing;
using Fengqiao.Storage.PostgreSql.Tables;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Grids;

/// <summary>
/// The PostgreSQL <see cref="IStaffStore"/>: table <c>staff_members</c>, partitioned by the county
/// the member is filed under, visible also through the areas of their assignments. The state
/// (names, phone numbers) is personal data: it stays in the payload and never reaches a message.
/// </summary>
internal sealed class PostgreSqlStaffStore(PostgreSqlStorageSession session)
    : PostgreSqlAggregateStore<StaffMemberId, StaffMemberState, StaffMember>(session, GridTables.StaffMembers), IStaffStore
{
    public Task<StaffMember?> FindAsync(StaffMemberId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync(id, jurisdiction: null, cancellationToken);

    public IAsyncEnumerable<StaffMember> QueryAsync(StaffQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        var where = new WhereBuilder();
        if (query.Within is { } root)
        {
            var inArea = where.Within("assigned.code COLLATE \"C\"", root);
            var anyArea = $"EXISTS (SELECT 1 FROM unnest(area_codes) AS assigned(code) WHERE {inArea})";
            where.And(query.HasAssignmentCriteria ? anyArea : where.Within("jurisdiction_code", root) + " OR " + anyArea);
        }

        if (query.ResponsibleFor is { } area)
        {
            // An assignment covers the area when its own area is the area or one of its ancestors.
            var ancestors = where.Parameter(area.SelfAndAncestors().Select(c => c.ToString()).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            where.And($"area_codes && {ancestors}::text[]");
        }

        // Role, duties and dates are checked per assignment by the query itself.
        return QueryCoreAsync(where, "id", query.Matches, cancellationToken);
    }

    public Task SaveAsync(StaffMember member, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(Guard.Against.Null(member), cancellationToken);

    protected override StaffMemberState ToRow(StaffMember aggregate) => aggregate.ToState();

    protected override StaffMember FromRow(StaffMemberState row, long version) => StaffMember.FromState(row, version);

    protected override bool IsVisible(StaffMember aggregate) => GridVisibility.CanRead(Scope, aggregate);

    protected override bool IsWritable(StaffMember aggregate) => GridVisibility.CanWrite(Scope, aggregate);
}
