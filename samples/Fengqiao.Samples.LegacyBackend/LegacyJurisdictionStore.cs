using System.Runtime.CompilerServices;
using Fengqiao.Errors;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Grids.Storage;
using Fengqiao.Jurisdictions;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Samples.LegacyBackend;

/// <summary>
/// <see cref="IJurisdictionStore"/> over <c>t_xzqh</c>. The rules every Fengqiao store follows: reads in the
/// session's scope (in SQL, then <see cref="GridVisibility"/> on the rebuilt aggregate); queries pushed down
/// and re-checked with the query's <c>Matches</c>; saves check the scope, stage the state with the version it
/// was read at and the aggregate's events, and advance the version after the commit.
/// </summary>
internal sealed class LegacyJurisdictionStore(LegacySession session) : IJurisdictionStore
{
    public async Task<Jurisdiction?> FindAsync(JurisdictionCode code, CancellationToken cancellationToken = default)
    {
        await foreach (var jurisdiction in SelectAsync("x.xzqh_dm = $code", c => c.Parameters.AddWithValue("$code", code.ToString()), cancellationToken))
        {
            return jurisdiction;
        }

        return null;
    }

    public async IAsyncEnumerable<Jurisdiction> QueryAsync(JurisdictionQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = query.Within is { } root ? "x.xzqh_dm LIKE $within || '%'" : "1 = 1";
        await foreach (var jurisdiction in SelectAsync(where, c => c.Parameters.AddWithValue("$within", Prefix(query.Within)), cancellationToken))
        {
            if (query.Matches(jurisdiction))
            {
                yield return jurisdiction;
            }
        }
    }

    public Task SaveAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jurisdiction);
        cancellationToken.ThrowIfCancellationRequested();
        if (!GridVisibility.CanWrite(session.Scope, jurisdiction))
        {
            throw ValidationException.Of(ErrorCodes.OutsideScope, "scope");
        }

        var expected = jurisdiction.Version;
        session.Stage(jurisdiction.ToState(), expected);

        // Saving twice in one unit of work registers this twice; the version advances once.
        session.OnCommitted(() =>
        {
            if (jurisdiction.Version == expected)
            {
                jurisdiction.AcceptCommittedVersion(expected + 1);
            }
        });

        foreach (var domainEvent in jurisdiction.DequeuePendingEvents())
        {
            session.Publish(domainEvent);
        }

        return Task.CompletedTask;
    }

    // Codes are digits, so the LIKE prefix needs no escaping; a code column holding '%' or '_' would.
    private static string Prefix(JurisdictionCode? code) => code is { } c ? c.ToString()[..c.SignificantDigits] : string.Empty;

    private async IAsyncEnumerable<Jurisdiction> SelectAsync(string where, Action<SqliteCommand> bind, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var command = session.Connection.CreateCommand();
        var scope = session.Scope;
        var scopeSql = scope.IsUnrestricted ? "1 = 1" : scope.Roots.Length == 0 ? "0 = 1" : string.Join(" OR ", scope.Roots.Select((r, i) => $"x.xzqh_dm LIKE $root{i} || '%'"));
        for (var i = 0; i < scope.Roots.Length; i++)
        {
            command.Parameters.AddWithValue($"$root{i}", Prefix(scope.Roots[i]));
        }

        command.CommandText = $"SELECT x.xzqh_dm, x.bbh FROM t_xzqh x WHERE ({scopeSql}) AND ({where}) ORDER BY x.xzqh_dm";
        bind(command);
        foreach (var (state, version) in await LegacyJurisdictionRows.ReadAsync(command, cancellationToken))
        {
            var jurisdiction = Jurisdiction.FromState(state, version);
            if (GridVisibility.CanRead(scope, jurisdiction))
            {
                yield return jurisdiction;
            }
        }
    }
}
