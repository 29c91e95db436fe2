using System.Globalization;
using System.Text;
using Fengqiao.Access;
using Fengqiao.Jurisdictions;
using Npgsql;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Tables;

/// <summary>
/// Turns an access scope into a SQL predicate. Each root becomes a pair of range predicates: one
/// on the jurisdiction column (codes are digit strings compared in the "C" collation, so the
/// subtree under prefix <c>p</c> is the range [p, p with its last digit raised by one)), and one
/// on <c>county_code</c>, so that PostgreSQL prunes every other county's partition (and a
/// distributed PostgreSQL routes the query to the county's shard).
/// </summary>
internal static class ScopeFilter
{
    /// <summary>Appends the predicate for a scope, adding its parameters after those already in <paramref name="parameters"/>.</summary>
    /// <param name="sql">The statement being built; the predicate is appended as one parenthesized term.</param>
    /// <param name="parameters">The statement's positional parameters.</param>
    /// <param name="scope">The scope.</param>
    /// <param name="jurisdictionColumn">The column holding each row's jurisdiction code.</param>
    /// <param name="areasColumn">
    /// A <c>text[]</c> column of further codes that make a row visible (the areas a police beat
    /// covers, a staff member's assignments) when one of them lies in the scope or contains one of
    /// its roots (Fengqiao.Grids.Storage.GridVisibility), or null. Such rows may sit in another
    /// county's partition, so this part cannot be pruned.
    /// </param>
    public static void Append(StringBuilder sql, List<NpgsqlParameter> parameters, AccessScope scope, string jurisdictionColumn, string? areasColumn = null)
    {
        if (scope.IsUnrestricted)
        {
            sql.Append("TRUE");
            return;
        }

        if (scope.Roots.IsEmpty)
        {
            sql.Append("FALSE");
            return;
        }

        sql.Append('(');
        for (var i = 0; i < scope.Roots.Length; i++)
        {
            var root = scope.Roots[i];
            if (i > 0)
            {
                sql.Append(" OR ");
            }

            sql.Append('(');
            if (root.Level >= JurisdictionLevel.County)
            {
                var county = Add(parameters, CountyPartitioning.CountyCodeOf(root));
                sql.Append(CultureInfo.InvariantCulture, $"county_code = {county}");
            }
            else
            {
                AppendRange(sql, parameters, "county_code", root);
            }

            sql.Append(" AND ");
            AppendRange(sql, parameters, jurisdictionColumn, root);
            sql.Append(')');
        }

        if (areasColumn is not null)
        {
            sql.Append(CultureInfo.InvariantCulture, $" OR EXISTS (SELECT 1 FROM unnest({areasColumn}) AS area(code) WHERE ");
            for (var i = 0; i < scope.Roots.Length; i++)
            {
                if (i > 0)
                {
                    sql.Append(" OR ");
                }

                sql.Append('(');
                AppendRange(sql, parameters, "area.code COLLATE \"C\"", scope.Roots[i]);
                sql.Append(')');
            }

            sql.Append(')');

            // An area containing a root is one of the roots' ancestors: an array overlap the GIN index answers.
            var ancestors = scope.Roots.SelectMany(r => r.SelfAndAncestors()).Select(c => c.ToString()).Distinct().ToArray();
            parameters.Add(new NpgsqlParameter<string[]> { TypedValue = ancestors, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            sql.Append(CultureInfo.InvariantCulture, $" OR {areasColumn} && ${parameters.Count}::text[]");
        }

        sql.Append(')');
    }

    /// <summary>Appends <c>column &gt;= p AND column &lt; upper(p)</c>: the column's code lies in the subtree of <paramref name="root"/>.</summary>
    public static void AppendRange(StringBuilder sql, List<NpgsqlParameter> parameters, string column, JurisdictionCode root)
    {
        var prefix = root.ToString()[..root.SignificantDigits];
        var from = Add(parameters, prefix);
        var to = Add(parameters, UpperBound(prefix));
        sql.Append(CultureInfo.InvariantCulture, $"{column} >= {from} AND {column} < {to}");
    }

    /// <summary>The smallest string above every code starting with <paramref name="prefix"/>: the last digit raised by one ('9' becomes ':', which sorts right after it).</summary>
    internal static string UpperBound(string prefix) => string.Concat(prefix.AsSpan(0, prefix.Length - 1), ((char)(prefix[^1] + 1)).ToString());

    /// <summary>Adds a text parameter and returns its placeholder.</summary>
    public static string Add(List<NpgsqlParameter> parameters, string value)
    {
        parameters.Add(new NpgsqlParameter<string> { TypedValue = value, NpgsqlDbType = NpgsqlDbType.Text });
        return "$" + parameters.Count.ToString(CultureInfo.InvariantCulture);
    }
}
