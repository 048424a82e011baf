using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.Performance.Scorecard;

/// <summary>The live scorecard: every indicator for a year, filtered by priority area, with exports and a print view.</summary>
[Authorize(Policy = Capability.ViewScorecard)]
public sealed class IndexModel(ScorecardBuilder builder, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Priority { get; set; }
    public Scorecard Card { get; private set; } = null!;
    public IReadOnlyList<string> PriorityAreas { get; private set; } = [];
    public bool MayManage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        MayManage = (await authorization.AuthorizeAsync(User, Capability.ManageIndicators)).Succeeded;
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return CsvDownload.Create(Rows(Card), $"scorecard-{Card.Year}.csv");
    }

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return ExcelDownload.Create(Rows(Card), $"scorecard-{Card.Year}.xlsx", "Scorecard");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var suppress = !(await authorization.AuthorizeAsync(User, Capability.ViewChildData)).Succeeded;
        var card = await builder.BuildAsync(Year, suppress, cancellationToken);
        PriorityAreas = card.PriorityAreas;
        if (Priority is not null && !PriorityAreas.Contains(Priority)) Priority = null;   // only known areas filter (and key the cache)
        Card = Priority is null ? card : card with { Lines = card.Lines.Where(l => (l.PriorityArea ?? "Not assigned") == Priority).ToList() };
    }

    /// <summary>
    /// The scorecard as a flat table: the same suppressed figures the viewer sees on screen. The measure's key is for
    /// analysts (who join it to other data); a member's or young person's copy reads as the page does, without it.
    /// </summary>
    public static IEnumerable<object> Rows(Scorecard card) => card.Suppressed
        ? card.Lines.Select(l => (object)new
        {
            Indicator = l.Name, PriorityArea = l.PriorityArea ?? "", l.Unit, Year = card.Year,
            Figure = l.This.Text, Counted = l.This.Numerator, OutOf = l.This.Denominator,
            YearBefore = l.Last?.Text ?? "", England = l.England, SimilarCouncils = l.Neighbours, l.Target,
            Rating = l.RagLabel, RatedAgainst = l.RatedAgainst, Commentary = l.Commentary ?? "",
            Trend = Trend(l),
        })
        : card.Lines.Select(l => (object)new
        {
            Indicator = l.Name, l.Key, PriorityArea = l.PriorityArea ?? "", l.Unit, Year = card.Year,
            Value = l.This.Text, Numerator = l.This.Numerator, Denominator = l.This.Denominator,
            YearBefore = l.Last?.Text ?? "", England = l.England, SimilarCouncils = l.Neighbours, l.Target,
            Rating = l.RagLabel, RatedAgainst = l.RatedAgainst, Commentary = l.Commentary ?? "", TargetHistory = l.TargetHistory ?? "",
            Trend = Trend(l),
        });

    private static string Trend(ScorecardLine l) => string.Join("; ", l.Trend.Select(t => $"{t.Year}: {(t.Text.Length == 0 ? "-" : t.Text)}"));
}
