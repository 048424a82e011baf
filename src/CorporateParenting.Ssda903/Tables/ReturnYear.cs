namespace CorporateParenting.Ssda903.Tables;

/// <summary>
/// One collection year of the return: <see cref="Year"/> 2025 is the year from 1 April 2024 to 31 March 2025.
/// A table the council did not supply is present and empty.
/// </summary>
/// <param name="leftUnread">Tables whose files a reader recognised and did not read, because the run did not need them
/// (<see cref="Reading.ReturnReader.ReadFolder"/>): they are empty here, and <see cref="WasRead"/> says so.</param>
public sealed class ReturnYear(int year, IReadOnlyDictionary<TableKind, RawTable> tables, IReadOnlySet<TableKind>? leftUnread = null)
{
    // Indexed by kind, null where a table was left unread: rules ask for a table millions of times.
    private readonly RawTable?[] _byKind = Enum.GetValues<TableKind>().Select(k => leftUnread?.Contains(k) == true ? null
        : tables.TryGetValue(k, out var t) ? t : RawTable.Empty(k)).ToArray();

    public int Year { get; } = year;
    public DateOnly Start => new(Year - 1, 4, 1);
    public DateOnly End => new(Year, 3, 31);

    /// <summary>The table (empty when the council did not supply it); a table left unread throws rather than pass for empty.</summary>
    public RawTable this[TableKind kind]
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => _byKind[(int)kind] ?? LeftUnread(kind);
    }

    // Apart from the indexer, which is compiled into the rules' every look at a table.
    private RawTable LeftUnread(TableKind kind) =>
        throw new InvalidOperationException($"The {kind} table of {Year} was left unread, so its rows are not known.");

    /// <summary>The table, or an empty one where it was left unread: for work over whichever tables a run read.</summary>
    public RawTable ReadOrEmpty(TableKind kind) => _byKind[(int)kind] ?? RawTable.Empty(kind);

    public IEnumerable<RawTable> Tables => Enum.GetValues<TableKind>().Select(k => this[k]);

    public bool Has(TableKind kind) => tables.ContainsKey(kind);

    /// <summary>False for a table whose file was there but left unread: its rows are not known, not absent.</summary>
    public bool WasRead(TableKind kind) => leftUnread?.Contains(kind) != true;
}

/// <summary>Several years of one council's return; a child is the same child across years by CHILD.</summary>
public sealed class ReturnSet(IEnumerable<ReturnYear> years)
{
    public IReadOnlyList<ReturnYear> Years { get; } = years.OrderBy(y => y.Year).ToArray();

    public ReturnYear? ForYear(int year) => Years.FirstOrDefault(y => y.Year == year);

    public ReturnYear? Previous(int year) => ForYear(year - 1);

    public ReturnYear Latest => Years.Count > 0 ? Years[^1] : throw new InvalidOperationException("The return set is empty.");
}
