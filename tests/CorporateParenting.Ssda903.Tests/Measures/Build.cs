using CorporateParenting.Ssda903.Measures;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Tests.Measures;

/// <summary>Hand-built returns: a table is its schema's columns and rows written as "CHILD,DECOM,..." text.</summary>
internal sealed class Build
{
    private readonly Dictionary<int, Dictionary<TableKind, List<string[]>>> _years = [];

    public static Build Return() => new();

    /// <summary>Adds rows to a year's table; each row gives only the named columns ("CHILD=1;DECOM=01/04/2024;...").</summary>
    public Build Add(int year, TableKind table, params string[] rows)
    {
        var tables = _years.TryGetValue(year, out var t) ? t : _years[year] = [];
        var list = tables.TryGetValue(table, out var l) ? l : tables[table] = [];
        var columns = TableSchema.For(table).Columns;
        foreach (var row in rows)
        {
            var cells = row.Split(';').Select(p => p.Split('=', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim());
            var unknown = cells.Keys.Except(columns).ToList();
            if (unknown.Count > 0) throw new ArgumentException($"{table} has no column {string.Join(", ", unknown)}");
            list.Add(columns.Select(c => cells.GetValueOrDefault(c, "")).ToArray());
        }
        return this;
    }

    /// <summary>A child's header row in a year.</summary>
    public Build Child(int year, string id, string dob, string sex = "F", string ethnic = "WBRI") =>
        Add(year, TableKind.Header, $"CHILD={id};SEX={sex};DOB={dob};ETHNIC={ethnic}");

    /// <summary>An episode: "start, end or empty, RNE, LS, PLACE, REC".</summary>
    public Build Episode(int year, string id, string start, string end, string rne, string ls, string place, string rec = "") =>
        Add(year, TableKind.Episodes, $"CHILD={id};DECOM={start};DEC={end};RNE={rne};LS={ls};CIN=N1;PLACE={place};PLACE_PROVIDER=PR1;REC={rec}");

    public ReturnSet Set() => new(_years.Select(y => new ReturnYear(y.Key,
        y.Value.ToDictionary(t => t.Key, t => new RawTable(t.Key, t.Key + ".csv", TableSchema.For(t.Key).Columns, t.Value)))));

    public MeasureResult Measure(int year, string id, MeasureOptions? options = null) =>
        NationalMeasures.Compute(Set(), year, options).Single(m => m.Id == id);
}
