using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>Decisions to place for adoption, missing periods and social worker episodes against last year's.</summary>
internal static class LastYearTableRules
{
    private static string P(RuleContext c, int i, string column) => c.Cell(PlacedAdoption, i, column);
    private static string LastP(RuleContext c, int i, string column) => c.LastCell(PlacedAdoption, i, column);
    private static IEnumerable<int> LastDecisions(RuleContext c, int i) => c.LastRowsByChild(PlacedAdoption)[P(c, i, "CHILD")];

    /// <summary>Last year's decision no longer held: it records when or why the child should no longer be placed for adoption.</summary>
    private static bool LastCeased(RuleContext c, int last) => c.LastGiven(PlacedAdoption, last, "DATE_PLACED_CEASED") || c.LastGiven(PlacedAdoption, last, "REASON_PLACED_CEASED");

    public static IEnumerable<IRule> All() =>
    [
        // 559: a decision from before this year was in last year's return.
        LastYearRule.Rows("559", PlacedAdoption, [PlacedAdoption], (c, i) => c.Dates(PlacedAdoption, "DATE_PLACED")[i] < c.Start
            && !LastDecisions(c, i).Any(last => c.LastGiven(PlacedAdoption, last, "DATE_PLACED"))),
        // 560: last year's decision still held at 31 March, so it is this year's, with the same date (a child with two
        // decisions this year, the old one and a new one, carries the old one over).
        new LastYearRule("560", [PlacedAdoption], c => c.RowsByChild(PlacedAdoption).SelectMany(rows => DecisionNotCarriedOver(c, rows.ToList())).Select(i => (PlacedAdoption, i))),
        // 561: a decision last year said had ended comes back with the same date.
        LastYearRule.Rows("561", PlacedAdoption, [PlacedAdoption], (c, i) => c.Given(PlacedAdoption, i, "DATE_PLACED")
            && LastDecisions(c, i).Any(last => LastP(c, last, "DATE_PLACED") == P(c, i, "DATE_PLACED") && LastCeased(c, last))),
        // 584: after a decision ended last year, a decision this year is a new one, made after it.
        LastYearRule.Rows("584", PlacedAdoption, [PlacedAdoption], (c, i) => LastDecisions(c, i).Any(last => LastCeased(c, last)
            && c.LastDates(PlacedAdoption, "DATE_PLACED")[last] is { } before && !(c.Dates(PlacedAdoption, "DATE_PLACED")[i] > before))),

        new OpenMissingNotCarriedOver(),

        // SW16a-c: the social worker episode open at the end of last year is this year's first, unchanged.
        LastYearRule.FirstAgainstLatest("SW16aSTG2", SWEpisodes, "SW_DECOM", (c, first, last) => SwOpen(c, last) && c.Cell(SWEpisodes, first, "SW_ID") != c.LastCell(SWEpisodes, last, "SW_ID")),
        LastYearRule.FirstAgainstLatest("SW16bSTG2", SWEpisodes, "SW_DECOM", (c, first, last) => SwOpen(c, last) && c.Dates(SWEpisodes, "SW_DECOM")[first] != c.LastDates(SWEpisodes, "SW_DECOM")[last]),
        LastYearRule.FirstAgainstLatest("SW16cSTG2", SWEpisodes, "SW_DECOM", (c, first, last) => SwOpen(c, last) && c.Cell(SWEpisodes, first, "SW_REASON") != c.LastCell(SWEpisodes, last, "SW_REASON")),
    ];

    private static bool SwOpen(RuleContext c, int last) => !c.LastGiven(SWEpisodes, last, "SW_DEC");

    /// <summary>560: the child's rows this year, when none has the date of a decision last year left open.</summary>
    private static IEnumerable<int> DecisionNotCarriedOver(RuleContext c, IReadOnlyList<int> rows)
    {
        var open = c.LastRowsByChild(PlacedAdoption)[P(c, rows[0], "CHILD")]
            .Where(last => c.LastGiven(PlacedAdoption, last, "DATE_PLACED") && !c.LastGiven(PlacedAdoption, last, "DATE_PLACED_CEASED"))
            .Select(last => LastP(c, last, "DATE_PLACED"));
        return open.Any(date => !rows.Any(r => P(c, r, "DATE_PLACED") == date)) ? rows : [];
    }

    /// <summary>
    /// 576: a missing period open at the end of last year goes on into this year, so the child's first period this year
    /// starts on the same day. A child with no period this year is reported on the header.
    /// </summary>
    private sealed class OpenMissingNotCarriedOver : IRule
    {
        public string Code => "576";

        public IEnumerable<(Tables.TableKind Table, int RowIndex)> Failures(RuleContext c)
        {
            if (!c.HasLastYear(Missing)) yield break;
            var lastStarts = c.LastDates(Missing, "MIS_START");
            var starts = c.Dates(Missing, "MIS_START");
            var thisYear = c.RowsByChild(Missing);
            var headers = c.RowsByChild(Header);
            foreach (var child in c.LastRowsByChild(Missing))
            {
                var open = child.Where(r => !c.LastGiven(Missing, r, "MIS_END") && lastStarts[r] is not null).ToList();
                if (open.Count == 0) continue;
                var rows = thisYear[child.Key].ToList();
                if (rows.Count == 0)
                {
                    foreach (var header in headers[child.Key].Take(1)) yield return (Header, header);
                    continue;
                }
                // The first period this year: the earliest start, a row without a valid start last.
                var first = rows.OrderBy(r => starts[r] ?? DateOnly.MaxValue).First();
                if (open.Any(r => lastStarts[r] != starts[first])) yield return (Missing, first);
            }
        }
    }
}
