using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>
/// A child's header against last year's (the child's first header row of last year): what is recorded about a child
/// stays recorded. UASC status in a year is a row in that year's UASC table (CSV has no UASC flag), and DUC is on that row.
/// </summary>
internal static class LastYearHeaderRules
{
    private static string H(RuleContext c, int i, string column) => c.Cell(Header, i, column);
    private static string Child(RuleContext c, int i) => H(c, i, "CHILD");

    /// <summary>Last year's header row for the child of this year's header row, or -1.</summary>
    private static int LastHeader(RuleContext c, int i) => c.LastYearRowOf(Header)[i];

    /// <summary>A rule on this year's header rows of children who were in last year's header too.</summary>
    private static LastYearRule Header2(string code, Func<RuleContext, int, int, bool> fails, params Tables.TableKind[] alsoLastYear) =>
        LastYearRule.Rows(code, Header, [Header, .. alsoLastYear], (c, i) => LastHeader(c, i) is var last and >= 0 && fails(c, i, last));

    private static string LastH(RuleContext c, int last, string column) => c.LastCell(Header, last, column);

    /// <summary>SEX was 1/2 up to 2023-24 and is M/F from 2024-25: the same child keeps the same sex across the change.</summary>
    private static string Sex(string code) => code switch { "1" => "M", "2" => "F", _ => code };

    public static IEnumerable<IRule> All() =>
    [
        Header2("202", (c, i, last) => Sex(H(c, i, "SEX")) != Sex(LastH(c, last, "SEX"))),
        Header2("203", (c, i, last) => c.Dates(Header, "DOB")[i] != c.LastDates(Header, "DOB")[last]),
        Header2("204", (c, i, last) => H(c, i, "ETHNIC") != LastH(c, last, "ETHNIC")),
        // 207: once a mother, always a mother (for a child looked after this year).
        Header2("207", (c, i, last) => LastH(c, last, "MOTHER") == "1" && H(c, i, "MOTHER") != "1" && c.InCareThisYear(Header, i)),
        Header2("208", (c, i, last) => UpnChangeContradicts(LastH(c, last, "UPN"), H(c, i, "UPN"))),
        // 624: a first child's date of birth, once recorded, does not change.
        Header2("624", (c, i, last) => c.LastGiven(Header, last, "MC_DOB") && H(c, i, "MC_DOB") != LastH(c, last, "MC_DOB")),
        // 626: a mother whose first child was born before this year was a mother last year too.
        Header2("626", (c, i, last) => H(c, i, "MOTHER") == "1" && LastH(c, last, "MOTHER") == "0" && c.Dates(Header, "MC_DOB")[i] < c.Start),

        // 205A: UASC last year and looked after this year without a UASC row: the status ceased last year, so last year's DUC is in last year.
        Header2("205A", (c, i, last) => c.Current.Has(UASC) && !IsUasc(c, Child(c, i)) && WasUasc(c, Child(c, i)) && c.InCareThisYear(Header, i)
            && !(LastUascRow(c, Child(c, i)) is var row and >= 0 && c.LastDates(UASC, "DUC")[row] is { } ceased && ceased >= c.LastStart && ceased <= c.LastEnd), UASC),
        // 205D: UASC this year, in last year's return, but not UASC there.
        Header2("205D", (c, i, last) => IsUasc(c, Child(c, i)) && !WasUasc(c, Child(c, i)), UASC),
        // 205B: UASC both years: the years agree on when the status ceased (a DUC given last year is given again; none last year, none before this year).
        new LastYearRule("205B", [Header, UASC], c => UascAndHeaderRows(c, (child, row) => WasUasc(c, child)
            && (LastDuc(c, child) is { Length: > 0 } ceased ? c.Cell(UASC, row, "DUC") != ceased : c.Dates(UASC, "DUC")[row] < c.Start))),
        // 205C: a DUC before last year began: the child was UASC neither this year nor last, yet the date is given.
        new LastYearRule("205C", [Header, UASC], c => UascAndHeaderRows(c, (_, row) => c.Dates(UASC, "DUC")[row] < c.LastStart)),
    ];

    /// <summary>
    /// 208: a UPN may go from blank or unknown to known, and from UN1 (not yet of school age) to another reason it is unknown;
    /// otherwise this year's UPN is last year's. Nothing recorded last year is nothing to disagree with.
    /// </summary>
    private static bool UpnChangeContradicts(string last, string now)
    {
        static bool Unknown(string upn) => upn is "UN1" or "UN2" or "UN3" or "UN4" or "UN5";
        if (last.Length == 0 || now == last) return false;
        if (now.Length == 0) return true;
        if (Unknown(last) && !Unknown(now)) return false;
        return !(last == "UN1" && Unknown(now));
    }

    private static bool IsUasc(RuleContext c, string child) => c.RowsByChild(UASC).Contains(child);
    private static bool WasUasc(RuleContext c, string child) => c.LastFirstRow(UASC).ContainsKey(child);
    private static int LastUascRow(RuleContext c, string child) => c.LastFirstRow(UASC).GetValueOrDefault(child, -1);

    private static string LastDuc(RuleContext c, string child) => LastUascRow(c, child) is var row and >= 0 ? c.LastCell(UASC, row, "DUC") : "";

    /// <summary>This year's UASC rows that fail, with the child's header row (the DfE reports the UASC status and the DUC together).</summary>
    private static IEnumerable<(Tables.TableKind, int)> UascAndHeaderRows(RuleContext c, Func<string, int, bool> fails)
    {
        var headers = c.RowsByChild(Header);
        for (var row = 0; row < c[UASC].Count; row++)
        {
            var child = c.Cell(UASC, row, "CHILD");
            if (!fails(child, row)) continue;
            yield return (UASC, row);
            foreach (var header in headers[child].Take(1)) yield return (Header, header);
        }
    }
}
