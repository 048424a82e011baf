namespace CorporateParenting.Ssda903.Tables;

/// <summary>
/// One table of one year exactly as read: every cell a trimmed, upper-cased string ("" when blank),
/// so that rules can report bad values as they were written. Rows are numbered from 1, header not counted.
/// </summary>
public sealed class RawTable
{
    private readonly System.Collections.Frozen.FrozenDictionary<string, int> _columnIndex;
    private readonly string[] _columns;

    public RawTable(TableKind kind, string sourceFile, IReadOnlyList<string> columns, IReadOnlyList<string[]> rows)
    {
        Kind = kind;
        SourceFile = sourceFile;
        Columns = columns;
        _columns = columns.ToArray();
        Rows = rows;
        _columnIndex = System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(columns.Select((c, i) => KeyValuePair.Create(c, i)), StringComparer.OrdinalIgnoreCase);
    }

    public static RawTable Empty(TableKind kind) => new(kind, "", TableSchema.For(kind).Columns, []);

    public TableKind Kind { get; }
    public string SourceFile { get; }
    public IReadOnlyList<string> Columns { get; }
    /// <summary>Cells in the order of <see cref="Columns"/>; Rows[i] is data row i + 1.</summary>
    public IReadOnlyList<string[]> Rows { get; }
    public int Count => Rows.Count;

    public bool HasColumn(string column) => _columnIndex.ContainsKey(column);

    /// <summary>Index of a column, or -1 when the table does not have it.</summary>
    public int IndexOf(string column)
    {
        // Fast path: rules name columns with literals, the same interned strings as the schema's.
        var columns = _columns;
        for (var i = 0; i < columns.Length; i++)
            if (ReferenceEquals(columns[i], column)) return i;
        return _columnIndex.GetValueOrDefault(column, -1);
    }

    /// <summary>The cell of a data row (0-based index into <see cref="Rows"/>), or "" when the column is absent.</summary>
    public string Cell(int rowIndex, string column)
    {
        var i = IndexOf(column);
        return i < 0 ? "" : Rows[rowIndex][i];
    }
}
