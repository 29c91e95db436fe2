using Fengqiao.Access;
using Fengqiao.Jurisdictions;
using Fengqiao.Storage.Tests.PostgreSql.Support;
using Fengqiao.Storage.Tests.PostgreSqlFixture;
using static Fengqiao.Storage.Tests.PostgreSql.Support.PostgreSqlTestDatabase;

namespace Fengqiao.Storage.Tests.PostgreSql;

[Collection(PostgreSqlTestGroup.Name)]
public sealed class ScopeTests(PostgreSqlClusterFixture fixture)
{
    private static readonly string[] Codes =
    [
        "330000",          // province
        "330600",          // prefecture
        "330681",          // county
        "330681001",       // township
        "330681001002",    // village
        "330681001002003", // grid
        "330681002",       // a sibling township
        "330682001",       // the next county
        "330690001",       // a county whose code ends in 0
        "320102001",       // another province
    ];

    [PostgreSqlTheory]
    [InlineData("330681001")]
    [InlineData("330681")]
    [InlineData("330600")]
    [InlineData("330000")]
    [InlineData("330681001002003")]
    [InlineData("320102")]
    public async Task A_scoped_session_sees_exactly_the_rows_its_scope_contains(string root)
    {
        await using var provider = await OpenAsync(await fixture.CreateDatabaseAsync("scope"));
        await using (var setup = await provider.OpenSessionAsync(Everywhere))
        {
            foreach (var code in Codes)
            {
                setup.GetStore<ParcelStore>().Save(NewParcel(code), 0);
            }

            await setup.CommitAsync();
        }

        var scope = AccessScope.For("officer", [JurisdictionCode.Parse(root)]);
        await using var session = await provider.OpenSessionAsync(scope);
        var seen = (await session.GetStore<ParcelStore>().ListAsync().ToListAsync()).Select(r => r.State.Code.ToString()).Order().ToList();

        var expected = Codes.Where(c => scope.Contains(JurisdictionCode.Parse(c))).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, seen);
    }

    [PostgreSqlFact]
    public async Task A_row_outside_the_scope_is_not_found_even_by_its_id()
    {
        await using var provider = await OpenAsync(fixture, GetType());
        var elsewhere = NewParcel("330682009");
        await using (var setup = await provider.OpenSessionAsync(Everywhere))
        {
            setup.GetStore<ParcelStore>().Save(elsewhere, 0);
            await setup.CommitAsync();
        }

        await using var session = await provider.OpenSessionAsync(AccessScope.For("officer", [JurisdictionCode.Parse("330681")]));
        Assert.Null(await session.GetStore<ParcelStore>().FindAsync(elsewhere.Id));
        Assert.Null(await session.GetStore<ParcelStore>().FindAsync(elsewhere.Id, elsewhere.Code));
    }

    [PostgreSqlFact]
    public async Task A_scope_without_roots_sees_nothing()
    {
        await using var provider = await OpenAsync(fixture, GetType());
        await using (var setup = await provider.OpenSessionAsync(Everywhere))
        {
            setup.GetStore<ParcelStore>().Save(NewParcel("330681009"), 0);
            await setup.CommitAsync();
        }

        await using var session = await provider.OpenSessionAsync(AccessScope.For("nobody", []));
        Assert.Empty(await session.GetStore<ParcelStore>().ListAsync().ToListAsync());
    }
}
