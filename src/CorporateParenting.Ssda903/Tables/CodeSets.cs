using System.Collections.Frozen;

namespace CorporateParenting.Ssda903.Tables;

/// <summary>Every code of every coded field with its label and the collection years it is valid (embedded code_sets.csv).</summary>
public static class CodeSets
{
    public sealed record CodeInfo(TableKind? Table, string Field, string Code, string Label, int? ValidFrom, int? ValidTo)
    {
        /// <summary>Valid in collection year <paramref name="year"/> (2025 = 2024-25; code_sets.csv counts 2024 for that year).</summary>
        public bool ValidIn(int year) => (ValidFrom is null || ValidFrom <= year - 1) && (ValidTo is null || ValidTo >= year - 1);
    }

    private static readonly FrozenDictionary<string, CodeInfo[]> ByField = Load();

    /// <summary>The codes of a field (for example "PLACE"); when <paramref name="year"/> is given, only those valid that year.</summary>
    public static IReadOnlyList<CodeInfo> For(string field, int? year = null) =>
        ByField.TryGetValue(field, out var codes) ? year is null ? codes : codes.Where(c => c.ValidIn(year.Value)).ToArray() : [];

    public static bool IsValid(string field, string code, int year) =>
        ValidCodes.GetOrAdd((field, year), key => For(key.Field, key.Year).Select(c => c.Code).ToFrozenSet(StringComparer.Ordinal)).Contains(code);

    // Rules ask millions of times: each field's valid codes for a year, found once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Field, int Year), FrozenSet<string>> ValidCodes = new();

    public static string? Label(string field, string code) => For(field).FirstOrDefault(c => c.Code == code)?.Label;

    public static IEnumerable<string> Fields => ByField.Keys;

    private static FrozenDictionary<string, CodeInfo[]> Load() =>
        ReferenceCsv.Rows("code_sets.csv")
            .Select(r => new CodeInfo(
                Enum.TryParse<TableKind>(r["table"], out var t) ? t : null, r["field"], r["code"], r["label"],
                int.TryParse(r["valid_from_year"], out var from) ? from : null,
                int.TryParse(r["valid_to_year"], out var to) ? to : null))
            .GroupBy(c => c.Field, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
}
