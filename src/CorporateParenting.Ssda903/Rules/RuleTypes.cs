using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Rules;

/// <summary>One failure of one DfE rule: <see cref="Row"/> is the 1-based data row of that table's file.</summary>
public sealed record RuleFailure(string Rule, TableKind Table, int Row, string? Child, IReadOnlyList<string> Fields, string Message);

public sealed record ValidationReport(int Year, IReadOnlyList<RuleFailure> Failures, IReadOnlyList<string> RulesImplemented, int RulesInCatalogue)
{
    /// <summary>Implemented rules that could not be checked this time (a reference file was not given), each with why.</summary>
    public IReadOnlyList<RuleNotChecked> NotChecked { get; init; } = [];
}

/// <summary>A rule left unchecked, and why: never counted as passed.</summary>
public sealed record RuleNotChecked(string Rule, string Reason);

public sealed record CatalogueEntry(string Code, string Message, IReadOnlyList<string> Fields, IReadOnlyList<string> Tables);

/// <summary>A DfE validation rule: finds the rows of the current year that break it.</summary>
internal interface IRule
{
    string Code { get; }
    IEnumerable<(TableKind Table, int RowIndex)> Failures(RuleContext context);
}

/// <summary>The DfE rule catalogue for 2024-25 (rule code, message, fields, tables), embedded.</summary>
public static class RuleCatalogue
{
    public static IReadOnlyList<CatalogueEntry> All { get; } = ReferenceCsv.Rows("dfe_rules_2024_25.csv")
        .Select(r => new CatalogueEntry(r["Rule code"], r["Rule message"], PythonList(r["Affected fields"]), PythonList(r["Tables"])))
        .ToList();

    private static readonly Dictionary<string, CatalogueEntry> ByCode = All.ToDictionary(e => e.Code, StringComparer.OrdinalIgnoreCase);

    public static CatalogueEntry For(string code) => ByCode.TryGetValue(code, out var entry) ? entry : throw new KeyNotFoundException($"Rule {code} is not in the DfE catalogue.");

    /// <summary>The catalogue writes lists the Python way: ['DEC', 'REC'].</summary>
    private static IReadOnlyList<string> PythonList(string text) =>
        text.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.Trim('\'', '"')).ToList();
}
