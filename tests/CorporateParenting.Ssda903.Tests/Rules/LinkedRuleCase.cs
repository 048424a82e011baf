using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Tests.Rules;

/// <summary>
/// A hand-made return written as lines "Table CHILD overrides" (rows of a table numbered in the order given; "Table_last" for last year's rows),
/// and a rule's failures written back as "Table row CHILD", for rules that read several tables.
/// </summary>
internal static class LinkedRuleCase
{
    public static IReadOnlyList<string> Failures(string rule, string[] rows)
    {
        var build = new RuleTestReturn();
        foreach (var row in rows)
        {
            var parts = row.Split(' ', 3);
            // "Episodes_last CHILD ..." is a row of last year's return; "Episodes CHILD (none)", a child without episodes.
            if (parts.Length > 2 && parts[2] == "(none)") build.Without(Enum.Parse<TableKind>(parts[0]), parts[1]);
            else if (parts[0].EndsWith("_last", StringComparison.Ordinal)) build.LastYear(Enum.Parse<TableKind>(parts[0][..^5]), parts[1], parts.Length > 2 ? parts[2] : "");
            else build.Row(Enum.Parse<TableKind>(parts[0]), parts[1], parts.Length > 2 ? parts[2] : "");
        }
        return build.Failures(rule).Select(f => $"{f.Table} {f.Row} {f.Child}").Order(StringComparer.Ordinal).ToList();
    }

    public static void AssertFails(string rule, string[] rows, string[] failing) =>
        Assert.Equal(failing.Order(StringComparer.Ordinal), Failures(rule, rows));
}
