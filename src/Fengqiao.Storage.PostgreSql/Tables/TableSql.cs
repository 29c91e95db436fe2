using System.Globalization;
using System.Text;
using Fengqiao.Storage.PostgreSql.Schema;

namespace Fengqiao.Storage.PostgreSql.Tables;

/// <summary>
/// The statements of one aggregate table in one schema, built once. Parameters are positional:
/// <c>$1</c> is the county code; writes pass the columns in table order after it.
/// </summary>
internal sealed class TableSql
{
    public TableSql(string schema, string table, IReadOnlyList<string> columns, string keyColumn)
    {
        QualifiedName = $"{SqlNames.Quote(schema)}.{table}";
        var columnList = string.Join(", ", columns);
        SelectList = "version, " + columnList;

        // $1 county, $2 version, $3.. the columns.
        var values = string.Join(", ", Enumerable.Range(3, columns.Count).Select(i => "$" + i.ToString(CultureInfo.InvariantCulture)));
        Insert = $"INSERT INTO {QualifiedName} (county_code, version, {columnList}) VALUES ($1, $2, {values}) ON CONFLICT DO NOTHING";

        // $1 county, $2 new version, $3.. the columns, then the expected version; the key is one of the columns.
        var set = new StringBuilder("version = $2");
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] != keyColumn)
            {
                set.Append(CultureInfo.InvariantCulture, $", {columns[i]} = ${i + 3}");
            }
        }

        var keyIndex = IndexOf(columns, keyColumn) + 3;
        var expected = columns.Count + 3;
        Update = $"UPDATE {QualifiedName} SET {set} WHERE county_code = $1 AND {keyColumn} = ${keyIndex} AND version = ${expected}";

        // $1 county, $2 key, $3 expected version.
        Delete = $"DELETE FROM {QualifiedName} WHERE county_code = $1 AND {keyColumn} = $2 AND version = $3";

        Copy = $"COPY {QualifiedName} (county_code, version, {columnList}) FROM STDIN (FORMAT BINARY)";
        KeyColumn = keyColumn;
    }

    /// <summary>Gets the schema-qualified table name.</summary>
    public string QualifiedName { get; }

    /// <summary>Gets the key column's name.</summary>
    public string KeyColumn { get; }

    /// <summary>Gets the select list a table's reader expects: the version, then the columns in table order.</summary>
    public string SelectList { get; }

    /// <summary>Gets the insert of a new row; a row already there is left alone (zero rows affected means a conflict).</summary>
    public string Insert { get; }

    /// <summary>Gets the compare-and-swap update (zero rows affected means a conflict).</summary>
    public string Update { get; }

    /// <summary>Gets the compare-and-swap delete.</summary>
    public string Delete { get; }

    /// <summary>Gets the binary COPY statement.</summary>
    public string Copy { get; }

    private static int IndexOf(IReadOnlyList<string> columns, string column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == column)
            {
                return i;
            }
        }

        throw new ArgumentException("The key column must be one of the columns.", nameof(column));
    }
}
