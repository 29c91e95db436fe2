using System.Text;
using Fengqiao.Access;
using Fengqiao.Jurisdictions;
using Microsoft.Data.Sqlite;

namespace Fengqiao.Storage.Sqlite.Internal;

/// <summary>
/// Builds a WHERE clause with numbered parameters. Jurisdiction subtrees become ranges on the code's
/// text (<c>code &gt;= '5401' AND code &lt; '5402'</c>): canonical codes are digits whose prefix is the
/// subtree, so the range is exactly "inside", and it uses the column's index.
/// </summary>
internal sealed class SqliteQueryBuilder
{
    private readonly StringBuilder _where = new();
    private readonly List<(string Name, object Value)> _parameters = [];
    private int _count;

    public string Where => _where.Length == 0 ? "1 = 1" : _where.ToString();

    /// <summary>Adds a bound parameter and returns its name.</summary>
    public string Parameter(object value)
    {
        var name = "$p" + _count++.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _parameters.Add((name, value));
        return name;
    }

    /// <summary>Sets the built parameters on a (possibly reused) command.</summary>
    public void Bind(SqliteCommand command)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in _parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
    }

    /// <summary>Adds a condition that must hold.</summary>
    public SqliteQueryBuilder And(string condition)
    {
        if (_where.Length > 0)
        {
            _where.Append(" AND ");
        }

        _where.Append('(').Append(condition).Append(')');
        return this;
    }

    /// <summary>Gets a condition: the column's code lies in the subtree of <paramref name="root"/>.</summary>
    public string Within(string column, JurisdictionCode root)
    {
        var prefix = root.ToString()[..root.SignificantDigits];
        var upper = string.Concat(prefix.AsSpan(0, prefix.Length - 1), ((char)(prefix[^1] + 1)).ToString());
        return $"{column} >= {Parameter(prefix)} AND {column} < {Parameter(upper)}";
    }

    /// <summary>Gets a condition: the column's code lies in one of the scope's subtrees (always true when unrestricted).</summary>
    public string InScope(AccessScope scope, string column)
    {
        if (scope.IsUnrestricted)
        {
            return "1 = 1";
        }

        return scope.Roots.Length == 0
            ? "0 = 1"
            : string.Join(" OR ", scope.Roots.Select(root => "(" + Within(column, root) + ")"));
    }

    /// <summary>
    /// Gets a condition: the column's area touches the scope — it lies in one of the subtrees or contains
    /// one of their roots (a beat over a whole village touches a grid worker's grid).
    /// </summary>
    public string TouchesScope(AccessScope scope, string column)
    {
        var inScope = InScope(scope, column);
        return scope.IsUnrestricted || scope.Roots.Length == 0
            ? inScope
            : $"{inScope} OR {column} IN ({string.Join(", ", scope.Roots.SelectMany(r => r.SelfAndAncestors()).Distinct().Select(c => Parameter(SqliteValues.ToText(c))))})";
    }

    /// <summary>Gets a condition: the column's code is <paramref name="code"/> or one of its ancestors (an area that contains it).</summary>
    public string AncestorOrSelf(string column, JurisdictionCode code) =>
        $"{column} IN ({string.Join(", ", code.SelfAndAncestors().Select(c => Parameter(SqliteValues.ToText(c))))})";

    /// <summary>Gets a condition: a validity period stored as two date columns contains <paramref name="date"/>.</summary>
    public string ValidOn(string fromColumn, string toColumn, NodaTime.LocalDate date)
    {
        var day = Parameter(SqliteValues.ToText(date));
        return $"{fromColumn} <= {day} AND ({toColumn} IS NULL OR {toColumn} > {day})";
    }
}
