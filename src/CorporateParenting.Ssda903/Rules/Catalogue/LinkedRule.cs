using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>
/// A rule that reads several tables and reports rows in any of them (a decision and the episode it contradicts, say).
/// A row is reported once however many comparisons it fails.
/// </summary>
internal sealed class LinkedRule(string code, Func<RuleContext, IEnumerable<(TableKind Table, int RowIndex)>> failures) : IRule
{
    public string Code { get; } = code;

    public IEnumerable<(TableKind Table, int RowIndex)> Failures(RuleContext context) => failures(context).Distinct();
}
