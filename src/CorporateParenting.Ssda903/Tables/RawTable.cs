namespace CorporateParenting.Ssda903.Tables;

/// <summary>
/// One table of one year exactly as read: every cell a trimmed, upper-cased string ("" when blank),
/// so that rules can report bad values as they were written. Rows are numbered from 1, header not counted.
/// </summary>
public sealed class RawTable
{
    private readonly System.Collections.Frozen.FrozenDictionary<string, int> _columnIndex;
    private readonly string[] _columns;

    private readonly IReadOnlyList<int>? _lines;
    // Rows held as an array: rules read millions of cells, and an array needs no interface call.
    private readonly string[][] _rows;

    /// <param name="lines">The physical line of the file on which each row starts, when the reader knows it.</param>
    public RawTable(TableKind kind, string sourceFile, IReadOnlyList<string> columns, IReadOnlyList<string[]> rows, IReadOnlyList<int>? lines = null)
    {
        _lines = lines is not null && lines.Count == rows.Count ? lines : null;
        Kind = kind;
        SourceFile = sourceFile;
        Columns = columns;
        _columns = columns.ToArray();
        _rows = rows as string[][] ?? [.. rows];
        Rows = _rows;
        _columnIndex = System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(columns.Select((c, i) => KeyValuePair.Create(c, i)), StringComparer.OrdinalIgnoreCase);
    }

    public static RawTable Empty(TableKind kind) => new(kind, "", TableSchema.For(kind).Columns, []);

    public TableKind Kind { get; }
    public string SourceFile { get; }
    public IReadOnlyList<string> Columns { get; }
    /// <summary>Cells in the order of <see cref="Columns"/>; Rows[i] is data row i + 1.</summary>
    public IReadOnlyList<string[]> Rows { get; }
    public int Count => _rows.Length;

    /// <summary>The cell at a column index from <see cref="IndexOf"/> ("" when the index is -1): resolve the column once, read many rows.</summary>
    public string Cell(int rowIndex, int columnIndex) => columnIndex < 0 ? "" : _rows[rowIndex][columnIndex];

    /// <summary>The line of the file where a data row (0-based index into <see cref="Rows"/>) starts; for a CSV without
    /// recorded lines, the row's position after the header row.</summary>
    public int LineOf(int rowIndex) => _lines?[rowIndex] ?? rowIndex + 2;

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
        return i < 0 ? "" : _rows[rowIndex][i];
    }
}
