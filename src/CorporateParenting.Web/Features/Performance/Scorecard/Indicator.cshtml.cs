using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Ssda903.Measures;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Performance.Scorecard;

/// <summary>One indicator: its definition, trend with numbers, breakdowns, target history and the owner's commentary.</summary>
[Authorize(Policy = Capability.ViewScorecard)]
public sealed class IndicatorModel(HubDbContext db, ScorecardBuilder builder, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyDictionary<string, string> DimensionNames = new Dictionary<string, string>
    {
        [nameof(Ssda903.Measures.Dimension.AgeBand)] = "Age band",
        [nameof(Ssda903.Measures.Dimension.Sex)] = "Sex",
        [nameof(Ssda903.Measures.Dimension.EthnicityGroup)] = "Ethnicity group",
        [nameof(Ssda903.Measures.Dimension.LegalStatus)] = "Legal status",
        [nameof(Ssda903.Measures.Dimension.PlacementType)] = "Placement type",
        [nameof(Ssda903.Measures.Dimension.Uasc)] = "Unaccompanied asylum-seeking",
        [nameof(Ssda903.Measures.Dimension.InOrOutOfArea)] = "In or out of the council's area",
        [nameof(Ssda903.Measures.Dimension.Ward)] = "Ward (home postcode)",
        [nameof(Ssda903.Measures.Dimension.PlacementWard)] = "Ward (placement postcode)",
    };

    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    /// <summary>Optional in the address: nullable, so leaving it out is not a "required field" error on every visit.</summary>
    [BindProperty(SupportsGet = true)] public string? Dimension { get; set; }
    /// <summary>The breakdown shown: the one asked for when it is known, else age band.</summary>
    public string Breakdown { get; private set; } = nameof(Ssda903.Measures.Dimension.AgeBand);
    [BindProperty] public string? Commentary { get; set; }

    public Indicator Indicator { get; private set; } = null!;
    public ScorecardLine Line { get; private set; } = null!;
    public int CardYear { get; private set; }
    public IReadOnlyList<BreakdownLine> Groups { get; private set; } = [];
    public BreakdownLine? Total { get; private set; }
    public bool MayViewChildren { get; private set; }
    public bool MayComment { get; private set; }
    public bool MayManage { get; private set; }
    /// <summary>What a good figure looks like, in the catalogue's plain words (or from the polarity of a local indicator).</summary>
    public string GoodLooksLike { get; private set; } = "";
    /// <summary>How the council compares with England and similar councils, in one sentence.</summary>
    public string Comparison { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetBreakdownCsvAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? CsvDownload.Create(BreakdownRows(), $"{Key}-{CardYear}-{Breakdown}.csv") : NotFound();

    public async Task<IActionResult> OnGetBreakdownExcelAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? ExcelDownload.Create(BreakdownRows(), $"{Key}-{CardYear}-{Breakdown}.xlsx", "Breakdown") : NotFound();

    /// <summary>The breakdown exactly as shown to this viewer, suppression included.</summary>
    private IEnumerable<object> BreakdownRows() =>
        (Total is null ? Groups : Groups.Append(Total with { Group = "All" }))
            .Select(g => new { Indicator = Line.Name, Year = CardYear, BrokenDownBy = DimensionNames[Breakdown], Group = g.Group == "All" ? "All" : BreakdownGroups.Label(Breakdown, g.Group, MayViewChildren), Counted = g.Numerator, OutOf = g.Denominator, Figure = g.Value });

    public async Task<IActionResult> OnPostCommentaryAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Capability.WriteCommentary)).Succeeded) return Forbid();
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (!ModelState.IsValid) return Page();   // CommentaryChecks

        var existing = await db.IndicatorCommentaries.SingleOrDefaultAsync(c => c.IndicatorId == Indicator.Id && c.Year == CardYear, cancellationToken);
        if (existing is null)
            db.IndicatorCommentaries.Add(new IndicatorCommentary { IndicatorId = Indicator.Id, Year = CardYear, Text = Commentary!.Trim(), UpdatedAtUtc = clock.GetUtcNow().UtcDateTime, UpdatedBy = User.Identity!.Name! });
        else
        {
            existing.Text = Commentary!.Trim();
            existing.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
            existing.UpdatedBy = User.Identity!.Name!;
        }
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { Key, Year = CardYear, Dimension = Breakdown });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.Indicators.AsNoTracking().Include(i => i.TargetChanges).SingleOrDefaultAsync(i => i.Key == Key, cancellationToken) is not { } indicator) return false;
        Indicator = indicator;
        if (Dimension is not null && DimensionNames.ContainsKey(Dimension)) Breakdown = Dimension;
        MayViewChildren = (await authorization.AuthorizeAsync(User, Capability.ViewChildData)).Succeeded;
        MayComment = (await authorization.AuthorizeAsync(User, Capability.WriteCommentary)).Succeeded;
        MayManage = (await authorization.AuthorizeAsync(User, Capability.ManageIndicators)).Succeeded;
        var card = await builder.BuildAsync(Year, suppress: !MayViewChildren, cancellationToken);
        if (card.Lines.FirstOrDefault(l => l.Key == Key) is not { } line) return false;
        (Line, CardYear) = (line, card.Year);
        (Groups, Total) = await builder.BreakdownAsync(indicator, card.Year, Breakdown, suppress: !MayViewChildren, cancellationToken);
        Commentary ??= line.Commentary;
        GoodLooksLike = Indicators.IndicatorCatalogue.PlainWordsOf(indicator.Key)?.GoodLooksLike ?? indicator.Polarity switch
        {
            IndicatorPolarity.HigherIsBetter => "Higher is better.",
            IndicatorPolarity.LowerIsBetter => "Lower is better.",
            _ => "This is context, not a measure of how well we do.",
        };
        var benchmarks = await db.BenchmarkValues.AsNoTracking().Where(b => b.IndicatorKey == Key && b.Year <= card.Year).ToListAsync(cancellationToken);
        var england = benchmarks.Where(b => b.Area == BenchmarkValue.England).MaxBy(b => b.Year);
        Comparison = ComparisonSentence(line, card.Year, england is null ? null : (england.Year, england.Value), Indicators.SimilarCouncils.For(benchmarks, card.Year));
        return true;
    }

    /// <summary>One sentence: this year's figure against England's and the middle of similar councils'.</summary>
    public static string ComparisonSentence(ScorecardLine line, int year, (int Year, double Value)? england, Indicators.SimilarCouncils.Comparator? neighbours)
    {
        var period = $"{year - 1}-{year % 100:00}";
        if (line.This.Suppressed) return $"The {period} figure is withheld to protect children's privacy, so it is not compared.";
        if (line.This.Value is not { } ours) return $"There is no figure for {period} to compare.";
        string Unit(double v) => Figures.Format(v, line.Unit) + (line.Unit == "children" ? " children" : "");
        string Against(double theirs) => Math.Abs(ours - theirs) < 1e-9 ? "the same as" : ours > theirs ? "higher than" : "lower than";
        string When(int benchmarkYear) => benchmarkYear == year ? "" : $" in {benchmarkYear - 1}-{benchmarkYear % 100:00}";
        var parts = new List<string>();
        // England's count is the whole country's: only a rate or a share of England's compares with one council.
        if (england is { } e && line.Unit != "children") parts.Add($"{Against(e.Value)} England ({Unit(e.Value)}{When(e.Year)})");
        if (neighbours is { } n) parts.Add($"{Against(n.Value)} similar councils ({Unit(n.Value)}{When(n.Year)}{(n.Neighbours > 0 ? $", the middle of {n.Neighbours} councils" : "")})");
        var ourText = Unit(ours);
        return parts.Count == 0
            ? $"{ourText} in {period}; no comparison with England or similar councils is loaded."
            : $"{ourText} in {period}: {string.Join(" and ", parts)}.";
    }
}
