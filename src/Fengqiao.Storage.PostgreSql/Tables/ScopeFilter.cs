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
    public static void Append(StringBuilder sql, List<NpgsqlParameter> parameters, AccessScope scope, string jurisdictionColumn)
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
            if (i > 0)
            {
                sql.Append(" OR ");
            }

            var root = scope.Roots[i];
            var prefix = root.ToString()[..root.SignificantDigits];
            var upper = UpperBound(prefix);
            if (root.Level >= JurisdictionLevel.County)
            {
                var county = Add(parameters, CountyPartitioning.CountyCodeOf(root));
                sql.Append(CultureInfo.InvariantCulture, $"(county_code = {county}");
            }
            else
            {
                var low = Add(parameters, prefix);
                var high = Add(parameters, upper);
                sql.Append(CultureInfo.InvariantCulture, $"(county_code >= {low} AND county_code < {high}");
            }

            var from = Add(parameters, prefix);
            var to = Add(parameters, upper);
            sql.Append(CultureInfo.InvariantCulture, $" AND {jurisdictionColumn} >= {from} AND {jurisdictionColumn} < {to})");
        }

        sql.Append(')');
    }

    /// <summary>The smallest string above every code starting with <paramref name="prefix"/>: the last digit raised by one ('9' becomes ':', which sorts right after it).</summary>
    internal static string UpperBound(string prefix) => string.Concat(prefix.AsSpan(0, prefix.Length - 1), ((char)(prefix[^1] + 1)).ToString());

    private static string Add(List<NpgsqlParameter> parameters, string value)
    {
        parameters.Add(new NpgsqlParameter<string> { TypedValue = value, NpgsqlDbType = NpgsqlDbType.Text });
        return "$" + parameters.Count.ToString(CultureInfo.InvariantCulture);
    }
}
