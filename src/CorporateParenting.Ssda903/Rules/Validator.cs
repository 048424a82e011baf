using CorporateParenting.Ssda903.Rules.Catalogue;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Rules;

/// <summary>Runs every implemented DfE rule over a collection year, in parallel, in a stable order.</summary>
public static class Validator
{
    internal static readonly IReadOnlyList<IRule> Rules =
    [
        .. CodeRules.All(), .. DateRules.All(), .. HeaderRules.All(), .. EpisodeRules.All(),
        .. PlacementRules.All(), .. LegalStatusRules.All(), .. EpisodeHistoryRules.All(),
        .. HealthRules.All(), .. CareLeaverRules.All(), .. OtherTableRules.All(), .. LinkingRules.All(),
        .. CohortRules.All(), .. HeaderEpisodeRules.All(),
        .. SocialWorkerRules.All(), .. PlacedForAdoptionRules.All(), .. PermanenceRules.All(), .. FurtherTableRules.All(),
        .. LastYearEpisodeRules.All(), .. LastYearHeaderRules.All(), .. LastYearCareLeaverRules.All(), .. LastYearTableRules.All(),
        .. AdoptionLinkRules.All(), .. MissingLinkRules.All(), .. PermanenceLinkRules.All(), .. RecordLinkRules.All(),
        .. IntegrityRules.All(), .. PlaceRules.All(),
    ];

    /// <summary>Last year's tables the rules read (the rules that compare this year with last): a run may leave the rest unread.</summary>
    public static readonly IReadOnlySet<TableKind> TablesReadLastYear =
        new HashSet<TableKind> { TableKind.Episodes, TableKind.Header, TableKind.UASC, TableKind.SWEpisodes, TableKind.PlacedAdoption, TableKind.Missing };

    /// <summary>
    /// The tables a run may leave unread in a year <paramref name="yearsBefore"/> years before the one validated: none of
    /// that year itself (or of a later one), what no rule compares of last year's, and all but the episodes of an earlier
    /// year (a care leaver's episodes in every loaded year). A rule that asks for a table left unread throws: it is never
    /// taken for an empty one.
    /// </summary>
    public static IReadOnlySet<TableKind>? TablesNotRead(int yearsBefore) => yearsBefore switch
    {
        <= 0 => null,
        1 => Enum.GetValues<TableKind>().Where(t => !TablesReadLastYear.Contains(t)).ToHashSet(),
        _ => Enum.GetValues<TableKind>().Where(t => t != TableKind.Episodes).ToHashSet(),
    };

    /// <param name="places">The postcode directory, provider list and council's LA the place rules need; without them those rules are reported as not checked.</param>
    public static ValidationReport Validate(ReturnSet returns, int year, Places.PlaceLookups? places = null)
    {
        var context = new RuleContext(returns, year) { Places = places ?? Places.PlaceLookups.None };
        var perRule = new List<RuleFailure>[Rules.Count];
        var notChecked = new RuleNotChecked?[Rules.Count];
        using (Diagnostics.Timings.Phase("shared lookups")) context.Prepare();
        void Run(int r)
        {
            var rule = Rules[r];
            if (rule is IPlaceRule placed && PlaceRule.Missing(placed.Needs, context) is { } why)
            {
                notChecked[r] = new RuleNotChecked(rule.Code, why);
                perRule[r] = [];
                return;
            }
            var entry = RuleCatalogue.For(rule.Code);
            perRule[r] = rule.Failures(context).Select(f => new RuleFailure(rule.Code, f.Table, f.RowIndex + 1,
                context.Cell(f.Table, f.RowIndex, "CHILD") is { Length: > 0 } child ? child : null, entry.Fields, entry.Message)).ToList();
        }
        if (Diagnostics.Timings.PerRule) RunTimed(Run);
        else Parallel.For(0, Rules.Count, Run);
        var failures = perRule.SelectMany(f => f)
            .OrderBy(f => f.Table).ThenBy(f => f.Row).ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ToList();
        return new ValidationReport(year, failures, Rules.Select(r => r.Code).Distinct().Order(StringComparer.Ordinal).ToList(), RuleCatalogue.All.Count)
        {
            NotChecked = notChecked.OfType<RuleNotChecked>().OrderBy(n => n.Rule, StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>CPB_TIMINGS=rules: one rule at a time, the slowest by CPU named, with what each allocated (the first to need a shared lookup pays for building it).</summary>
    private static void RunTimed(Action<int> run)
    {
        var took = new (string Code, double Ms, double Cpu, long Bytes)[Rules.Count];
        for (var r = 0; r < Rules.Count; r++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var cpu = Environment.CpuUsage.TotalTime;
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            run(r);
            took[r] = (Rules[r].Code, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds, GC.GetAllocatedBytesForCurrentThread() - bytes);
        }
        Diagnostics.Timings.Write($"rules one at a time: {took.Sum(t => t.Ms):0} ms wall, {took.Sum(t => t.Cpu):0} ms CPU, {took.Sum(t => t.Bytes) >> 20} MB allocated");
        foreach (var (code, ms, cpu, bytes) in took.OrderByDescending(t => t.Cpu).Take(40))
            Diagnostics.Timings.Write($"  rule {code,-10} {cpu,8:0.0} ms CPU {ms,8:0.0} ms wall {bytes >> 20,6} MB");
        Diagnostics.Timings.Write("rules allocating most:");
        foreach (var (code, ms, cpu, bytes) in took.OrderByDescending(t => t.Bytes).Take(20))
            Diagnostics.Timings.Write($"  rule {code,-10} {bytes >> 20,6} MB {cpu,8:0.0} ms CPU");
    }
}
