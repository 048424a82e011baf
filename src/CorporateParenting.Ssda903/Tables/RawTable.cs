using System.Collections;

namespace CorporateParenting.Ssda903.Tables;

/// <summary>
/// One table of one year exactly as read: every cell a trimmed, upper-cased string ("" when blank),
/// so that rules can report bad values as they were written. Rows are numbered from 1, header not counted.
/// Held by column (ADR 6 addendum): each distinct value of a column once, and each cell its value's number, so
/// England's million rows are a few arrays of numbers the garbage collector never walks, not a million row arrays.
/// </summary>
public sealed class RawTable
{
    private readonly System.Collections.Frozen.FrozenDictionary<string, int> _columnIndex;
    private readonly string[] _columns;
    private readonly string[] _named;
    // Each column's index + 1 by the shape of its name (ShapeOf), for IndexOf's first look: the multiplier is the first
    // that gives this table's columns different shapes, so that the look finds nearly every column in one step.
    private readonly byte[] _byShape = new byte[64];
    private readonly int _shapeFactor;
    private readonly int[]? _lines;
    private readonly int[][] _cells;
    private readonly string[][] _values;

    /// <param name="lines">The physical line of the file on which each row starts, when the reader knows it.</param>
    public RawTable(TableKind kind, string sourceFile, IReadOnlyList<string> columns, IReadOnlyList<string[]> rows, IReadOnlyList<int>? lines = null)
        : this(kind, sourceFile, columns, rows.Count, FromRows(columns.Count, rows), lines is not null && lines.Count == rows.Count ? [.. lines] : null)
    {
    }

    /// <summary>A table from its columns as a <see cref="ColumnBuilder"/> made them.</summary>
    internal RawTable(TableKind kind, string sourceFile, IReadOnlyList<string> columns, int count, (int[] Cells, string[] Values)[] built, int[]? lines)
    {
        Kind = kind;
        SourceFile = sourceFile;
        Columns = columns;
        Count = count;
        _columns = columns.ToArray();
        _named = columns.ToArray();
        _cells = built.Select(b => b.Cells).ToArray();
        _values = built.Select(b => b.Values).ToArray();
        _lines = lines is not null && !IsRowOrder(lines) ? lines : null;
        Rows = new RowList(this);
        _columnIndex = System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(columns.Select((c, i) => KeyValuePair.Create(c, i)), StringComparer.OrdinalIgnoreCase);
        _shapeFactor = Enumerable.Range(1, 63).FirstOrDefault(k => _columns.Select(c => ShapeOf(c, k)).Distinct().Count() == _columns.Length, 1);
        for (var i = Math.Min(_columns.Length, byte.MaxValue) - 1; i >= 0; i--) _byShape[ShapeOf(_columns[i], _shapeFactor)] = (byte)(i + 1);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int ShapeOf(string column, int factor) =>
        column.Length == 0 ? 0 : (column.Length * factor + column[0] * 3 + column[^1]) & 63;

    private static (int[] Cells, string[] Values)[] FromRows(int columnCount, IReadOnlyList<string[]> rows)
    {
        var builders = Enumerable.Range(0, columnCount).Select(_ => new ColumnBuilder(rows.Count)).ToArray();
        foreach (var row in rows)
            for (var c = 0; c < builders.Length; c++) builders[c].AddAsIs(row[c]);
        return builders.Select(b => b.Build()).ToArray();
    }

    /// <summary>Lines that are just the rows' places after the header need not be kept.</summary>
    private static bool IsRowOrder(int[] lines)
    {
        for (var i = 0; i < lines.Length; i++) if (lines[i] != i + 2) return false;
        return true;
    }

    public static RawTable Empty(TableKind kind) => new(kind, "", TableSchema.For(kind).Columns, []);

    public TableKind Kind { get; }
    public string SourceFile { get; }
    public IReadOnlyList<string> Columns { get; }

    /// <summary>
    /// The rows as arrays in the order of <see cref="Columns"/>; Rows[i] is data row i + 1. Each is made when asked for:
    /// for tests and messages. Code that reads many rows uses <see cref="Cell(int, int)"/>.
    /// </summary>
    public IReadOnlyList<string[]> Rows { get; }
    public int Count { get; }

    /// <summary>The cell at a column index from <see cref="IndexOf"/> ("" when the index is -1): resolve the column once, read many rows.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public string Cell(int rowIndex, int columnIndex) => columnIndex < 0 ? "" : _values[columnIndex][_cells[columnIndex][rowIndex]];

    /// <summary>
    /// Whether the cell at a column index is filled in (false when the index is -1), read from its value's number without
    /// the string: value 0 is "" and no other value is. A rule asks this of every row, and the strings of a column of
    /// postcodes or dates lie all over memory.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool Given(int rowIndex, int columnIndex) => columnIndex >= 0 && _cells[columnIndex][rowIndex] != 0;

    /// <summary>
    /// A column's distinct values and each row's number among them (0 is ""), for work done once per value rather than
    /// once per row (parsing dates, grouping rows by CHILD); every row "" when the index is -1, as <see cref="Cell(int, int)"/>
    /// reads it. Do not change either array.
    /// </summary>
    internal (int[] Cells, string[] Values) Column(int columnIndex) =>
        columnIndex < 0 ? (new int[Count], [""]) : (_cells[columnIndex], _values[columnIndex]);

    /// <summary>A column's cells as dates (null where blank or not dd/mm/yyyy; every row null when the index is -1), each distinct value parsed once.</summary>
    public DateOnly?[] Dates(int columnIndex) => PerRow(columnIndex, Model.Dates.Parse);

    /// <summary>
    /// Each row's cell in a column ("" for every row when the index is -1) turned into a value by <paramref name="ofValue"/>,
    /// called once per distinct value: a date parsed, a postcode looked up, a test of a child's id.
    /// </summary>
    internal T[] PerRow<T>(int columnIndex, Func<string, T> ofValue) => PerRow(columnIndex, values => Array.ConvertAll(values, v => ofValue(v)));

    /// <summary><see cref="PerRow{T}(int, Func{string, T})"/> with the distinct values turned into values all at once (in their order).</summary>
    internal T[] PerRow<T>(int columnIndex, Func<string[], T[]> ofValues)
    {
        var (cells, values) = Column(columnIndex);
        var byValue = ofValues(values);
        var rows = new T[Count];
        for (var i = 0; i < rows.Length; i++) rows[i] = byValue[cells[i]];
        return rows;
    }

    /// <summary>A data row's cells as a new array (0-based index into <see cref="Rows"/>).</summary>
    public string[] Row(int rowIndex)
    {
        var row = new string[_columns.Length];
        for (var c = 0; c < row.Length; c++) row[c] = Cell(rowIndex, c);
        return row;
    }

    /// <summary>The line of the file where a data row (0-based index into <see cref="Rows"/>) starts; for a CSV without
    /// recorded lines, the row's position after the header row.</summary>
    public int LineOf(int rowIndex) => _lines?[rowIndex] ?? rowIndex + 2;

    public bool HasColumn(string column) => _columnIndex.ContainsKey(column);

    /// <summary>Index of a column, or -1 when the table does not have it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int IndexOf(string column)
    {
        // Rules name columns with literals, millions of times: matched by reference to the string a caller last named the
        // column with (Native AOT does not put literals in string.Intern's table, so the schema's interned names are other
        // strings), first in the slot of its name's shape. This much is small enough to be compiled into each caller.
        var shaped = _byShape[ShapeOf(column, _shapeFactor)] - 1;
        return shaped >= 0 && ReferenceEquals(_named[shaped], column) ? shaped : IndexOfByName(column);
    }

    // Else by ordinal comparison, remembering the caller's string; any other case by the dictionary. Two threads may each
    // remember theirs: either is the column's name.
    private int IndexOfByName(string column)
    {
        var named = _named;
        for (var i = 0; i < named.Length; i++)
            if (ReferenceEquals(named[i], column)) return i;
        var columns = _columns;
        for (var i = 0; i < columns.Length; i++)
            if (string.Equals(columns[i], column)) { named[i] = column; return i; }
        return _columnIndex.GetValueOrDefault(column, -1);
    }

    /// <summary>The cell of a data row (0-based index into <see cref="Rows"/>), or "" when the column is absent.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public string Cell(int rowIndex, string column) => Cell(rowIndex, IndexOf(column));

    /// <summary><see cref="Given(int, int)"/> by the column's name.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool Given(int rowIndex, string column) => Given(rowIndex, IndexOf(column));

    private sealed class RowList(RawTable table) : IReadOnlyList<string[]>
    {
        public string[] this[int index] => (uint)index < (uint)table.Count ? table.Row(index) : throw new ArgumentOutOfRangeException(nameof(index));
        public int Count => table.Count;

        public IEnumerator<string[]> GetEnumerator()
        {
            for (var i = 0; i < table.Count; i++) yield return table.Row(i);
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
