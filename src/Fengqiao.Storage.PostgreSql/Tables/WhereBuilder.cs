using System.Globalization;
using System.Text;
using Fengqiao.Jurisdictions;
using Npgsql;
using NodaTime;
using NpgsqlTypes;

namespace Fengqiao.Storage.PostgreSql.Tables;

/// <summary>Builds the filter part of a store query: terms joined by AND, with positional parameters.</summary>
internal sealed class WhereBuilder
{
    private readonly List<string> _terms = [];

    /// <summary>Gets the parameters, numbered in the order they were added.</summary>
    public List<NpgsqlParameter> Parameters { get; } = [];

    /// <summary>Gets the predicate, or null when no term was added.</summary>
    public string? Sql => _terms.Count == 0 ? null : string.Join(" AND ", _terms);

    /// <summary>Adds a parameter and returns its placeholder.</summary>
    public string Parameter<T>(T value, NpgsqlDbType type)
    {
        Parameters.Add(new NpgsqlParameter<T> { TypedValue = value, NpgsqlDbType = type });
        return "$" + Parameters.Count.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Adds a term.</summary>
    public WhereBuilder And(string term)
    {
        _terms.Add("(" + term + ")");
        return this;
    }

    /// <summary>A predicate: the code in <paramref name="column"/> is <paramref name="root"/> or lies inside it.</summary>
    public string Within(string column, JurisdictionCode root)
    {
        var sql = new StringBuilder();
        ScopeFilter.AppendRange(sql, Parameters, column, root);
        return sql.ToString();
    }

    /// <summary>Adds a term that keeps only the partitions of the counties inside <paramref name="root"/>, then one that keeps the rows whose <paramref name="column"/> lies inside it.</summary>
    public WhereBuilder AndWithinCounties(string column, JurisdictionCode root)
    {
        if (root.Level >= JurisdictionLevel.County)
        {
            And("county_code = " + Parameter(CountyPartitioning.CountyCodeOf(root), NpgsqlDbType.Text));
        }
        else
        {
            And(Within("county_code", root));
        }

        return And(Within(column, root));
    }

    /// <summary>A predicate: the half-open range [from, to) of two date columns contains <paramref name="date"/>.</summary>
    public string ValidOn(string fromColumn, string toColumn, LocalDate date)
    {
        var day = Parameter(date, NpgsqlDbType.Date);
        return $"{fromColumn} <= {day} AND ({toColumn} IS NULL OR {toColumn} > {day})";
    }
}
