using CorporateParenting.Ssda903.Rules;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Tests.Rules;

/// <summary>
/// Hand-built returns for rule tests: a valid base row per table, which a case overrides field by field
/// ("PLACE=T1;URN="). Every child gets a valid header and an open episode unless the case supplies its own.
/// </summary>
internal sealed class RuleTestReturn
{
    public static readonly IReadOnlyDictionary<TableKind, string> Base = new Dictionary<TableKind, string>
    {
        [TableKind.Header] = "SEX=F;DOB=01/06/2012;ETHNIC=WBRI;UPN=A123456789012;MOTHER=0",
        [TableKind.Episodes] = "DECOM=01/01/2023;RNE=S;LS=C2;CIN=N1;PLACE=U4;PLACE_PROVIDER=PR1;URN=1234567;HOME_POST=NB1 1AA;PL_POST=NB2 2BB",
        [TableKind.Reviews] = "DOB=01/06/2012;REVIEW=01/09/2024;REVIEW_CODE=PN1",
        [TableKind.OC2] = "DOB=01/06/2012;SDQ_SCORE=12;CONVICTED=0;IMMUNISATIONS=1;TEETH_CHECK=1;HEALTH_ASSESSMENT=1;SUBSTANCE_MISUSE=0",
        [TableKind.OC3] = "DOB=01/06/2005;IN_TOUCH=YES;ACTIV=F2;ACCOM=D1",
        [TableKind.Missing] = "DOB=01/06/2012;MISSING=M;MIS_START=01/07/2024;MIS_END=02/07/2024",
        [TableKind.UASC] = "SEX=M;DOB=15/06/2008;DUC=",
        [TableKind.AD1] = "DOB=01/06/2022;DATE_INT=01/01/2024;DATE_MATCH=01/02/2024;FOSTER_CARE=0;NB_ADOPTR=2;SEX_ADOPTR=MF;LS_ADOPTR=L11",
        [TableKind.PlacedAdoption] = "DOB=01/06/2022;DATE_PLACED=01/01/2024",
        [TableKind.PrevPerm] = "DOB=01/06/2012;PREV_PERM=P2;LA_PERM=201;DATE_PERM=01/01/2015",
        [TableKind.SWEpisodes] = "DOB=01/06/2012;SW_ID=SW123456;SW_DECOM=01/04/2024;SW_REASON=MANAGE",
    };

    private readonly Dictionary<TableKind, List<string[]>> _rows = [];
    private readonly HashSet<string> _children = [];
    private readonly HashSet<(string, TableKind)> _given = [];
    private readonly Dictionary<TableKind, List<string[]>> _lastYearRows = [];

    /// <summary>A row of the table for a child: the base row with the overrides applied.</summary>
    public RuleTestReturn Row(TableKind table, string child, string overrides = "")
    {
        (_rows.TryGetValue(table, out var list) ? list : _rows[table] = []).Add(Cells(table, child, overrides));
        _children.Add(child);
        _given.Add((child, table));
        return this;
    }

    /// <summary>The child has no row in this table (no header or episode is added for it).</summary>
    public RuleTestReturn Without(TableKind table, string child)
    {
        _children.Add(child);
        _given.Add((child, table));
        return this;
    }

    /// <summary>
    /// A row of last year's table for a child: the base row with the overrides applied. Last year's return holds only
    /// the rows a case gives (no header or episode is added), and is loaded only when the case gives one.
    /// </summary>
    public RuleTestReturn LastYear(TableKind table, string child, string overrides = "")
    {
        (_lastYearRows.TryGetValue(table, out var list) ? list : _lastYearRows[table] = []).Add(Cells(table, child, overrides));
        return this;
    }

    /// <summary>The table's base row for a child with the overrides applied, in the table's column order.</summary>
    private static string[] Cells(TableKind table, string child, string overrides)
    {
        var columns = TableSchema.For(table).Columns;
        var cells = Parse(Base.GetValueOrDefault(table, ""));
        foreach (var (k, v) in Parse(overrides)) cells[k] = v;
        cells["CHILD"] = child;
        var unknown = cells.Keys.Except(columns).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"{table} has no column {string.Join(", ", unknown)}");
        return columns.Select(c => cells.GetValueOrDefault(c, "")).ToArray();
    }

    public ReturnSet Set(int year = 2025)
    {
        // A valid header and an open episode for every child the case did not give them to.
        foreach (var child in _children.ToList())
        {
            if (!_given.Contains((child, TableKind.Header))) Row(TableKind.Header, child);
            if (!_given.Contains((child, TableKind.Episodes))) Row(TableKind.Episodes, child);
        }
        var years = new List<ReturnYear> { new(year, _rows.ToDictionary(t => t.Key, t => new RawTable(t.Key, t.Key + ".csv", TableSchema.For(t.Key).Columns, t.Value))) };
        if (_lastYearRows.Count > 0)
            years.Add(new ReturnYear(year - 1, _lastYearRows.ToDictionary(t => t.Key, t => new RawTable(t.Key, t.Key + ".csv", TableSchema.For(t.Key).Columns, t.Value))));
        return new ReturnSet(years);
    }

    public IReadOnlyList<RuleFailure> Failures(string rule, int year = 2025) =>
        Validator.Validate(Set(year), year).Failures.Where(f => f.Rule == rule).ToList();

    private static Dictionary<string, string> Parse(string spec) =>
        spec.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).ToDictionary(p => p[0].Trim(), p => p.Length > 1 ? p[1].Trim() : "");
}
