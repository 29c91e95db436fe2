using Ardalis.GuardClauses;
using Fengqiao.Grids.Staffing;
using Fengqiao.Grids.Storage;
using Fengqiao.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Grids;

/// <summary>
/// The SQLite <see cref="IStaffStore"/>: table <c>staff_member</c> (the state, with name and phone, only
/// inside the JSON), with each assignment repeated in <c>staff_assignment</c> for scope checks and queries.
/// </summary>
internal sealed class SqliteStaffStore(SqliteStorageSession session)
    : SqliteAggregateStore<StaffMemberId, StaffMemberState, StaffMember>(session, Map, "SELECT m.state, m.version FROM staff_member m"), IStaffStore
{
    private static readonly SqliteColumn<StaffMemberId> Key = new("id", SqliteType.Blob, id => SqliteValues.ToBlob(id.Value));

    internal static readonly SqliteTableMap<StaffMemberId, StaffMemberState> Map = new(
        nameof(StaffMember),
        "staff_member",
        Key,
        [
            new("jurisdiction", SqliteType.Text, r => SqliteValues.ToText(r.Jurisdiction)),
            new("county", SqliteType.Text, r => SqliteValues.DbValue(SqliteValues.CountyOf(r.Jurisdiction))),
            new("state", SqliteType.Text, r => GridStateSerializer.Serialize(r)),
        ],
        new SqliteChildTable<StaffMemberId, StaffMemberState, StaffAssignment>(
            "staff_assignment",
            Key with { Name = "member_id" },
            [
                new("role", SqliteType.Integer, a => (int)a.Role),
                new("duties", SqliteType.Integer, a => (int)a.Duties),
                new("area", SqliteType.Text, a => SqliteValues.ToText(a.Area)),
                new("valid_from", SqliteType.Text, a => SqliteValues.ToText(a.Validity.ValidFrom)),
                new("valid_to", SqliteType.Text, a => SqliteValues.DbValue(a.Validity.ValidTo)),
            ],
            r => r.Assignments));

    public Task<StaffMember?> FindAsync(StaffMemberId id, CancellationToken cancellationToken = default) =>
        FindCoreAsync("m.id", SqliteValues.ToBlob(id.Value), cancellationToken);

    public IAsyncEnumerable<StaffMember> QueryAsync(StaffQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return QueryCoreAsync(where => Filter(where, query), " ORDER BY m.id", query.Matches, cancellationToken);
    }

    public Task SaveAsync(StaffMember member, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(member);
        return SaveCoreAsync(member, cancellationToken);
    }

    protected override StaffMember Read(SqliteDataReader reader) =>
        StaffMember.FromState(GridStateSerializer.Deserialize<StaffMemberState>(reader.GetString(0)), reader.GetInt64(1));

    // Visible when the scope holds the filing jurisdiction or an assigned area touches the scope (GridVisibility).
    protected override void AddScope(SqliteQueryBuilder where)
    {
        if (!Scope.IsUnrestricted)
        {
            where.And($"{where.InScope(Scope, "m.jurisdiction")} OR EXISTS (SELECT 1 FROM staff_assignment s WHERE s.member_id = m.id AND ({where.TouchesScope(Scope, "s.area")}))");
        }
    }

    protected override StaffMemberId KeyOf(StaffMember aggregate) => aggregate.Id;

    protected override StaffMemberState ToRow(StaffMember aggregate) => aggregate.ToState();

    protected override bool IsVisible(StaffMember aggregate) => GridVisibility.CanRead(Scope, aggregate);

    protected override bool IsWritable(StaffMember aggregate) => GridVisibility.CanWrite(Scope, aggregate);

    private static void Filter(SqliteQueryBuilder where, StaffQuery query)
    {
        if (!query.HasAssignmentCriteria)
        {
            if (query.Within is { } within)
            {
                where.And($"({where.Within("m.jurisdiction", within)}) OR EXISTS (SELECT 1 FROM staff_assignment w WHERE w.member_id = m.id AND {where.Within("w.area", within)})");
            }

            return;
        }

        // All assignment criteria hold for one and the same assignment.
        var conditions = new List<string> { "a.member_id = m.id" };
        if (query.Within is { } root)
        {
            conditions.Add(where.Within("a.area", root));
        }

        if (query.ResponsibleFor is { } area)
        {
            conditions.Add(where.AncestorOrSelf("a.area", area));
        }

        if (query.Role is { } role)
        {
            conditions.Add($"a.role = {where.Parameter((int)role)}");
        }

        if (query.Duties != StaffDuties.None)
        {
            var duties = where.Parameter((int)query.Duties);
            conditions.Add($"(a.duties & {duties}) = {duties}");
        }

        if (query.AsOf is { } date)
        {
            conditions.Add(where.ValidOn("a.valid_from", "a.valid_to", date));
        }

        where.And($"EXISTS (SELECT 1 FROM staff_assignment a WHERE {string.Join(" AND ", conditions)})");
    }
}
