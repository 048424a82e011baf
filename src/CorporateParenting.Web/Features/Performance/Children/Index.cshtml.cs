using CorporateParenting.Data;
using CorporateParenting.Data.Audit;
using CorporateParenting.Ssda903.Measures;
using CorporateParenting.Ssda903.Model;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Infrastructure.Paging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.Performance.Children;

/// <summary>
/// The children behind a figure: who is counted and who is in the cohort, 50 to a page (ADR 35). Every view is audited
/// with the children it showed: a page records that page's children, the CSV every child it holds.
/// </summary>
[Authorize(Policy = Capability.ViewChildData)]
public sealed class IndexModel(HubDbContext db, CouncilReturns council, CouncilMeasureOptions options, ChildDataReadAudit audit, ViewerScope viewer) : PageModel
{
    public sealed record ChildRow(string Id, int? Age, string Sex, string Placement, string LegalStatus, DateOnly? Started, DateOnly? Ended, bool Counted);

    [BindProperty(SupportsGet = true)] public string Indicator { get; set; } = "";
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    [BindProperty(SupportsGet = true)] public bool CountedOnly { get; set; }
    public MeasureResult Result { get; private set; } = null!;
    /// <summary>Every child listed (in the viewer's scope), in order; the page shows <see cref="PageRows"/>.</summary>
    public IReadOnlyList<ChildRow> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = Paging.For(1, 0);
    public IReadOnlyList<ChildRow> PageRows { get; private set; } = [];
    public PageLinks Pages => PageLinks.ForRequest(Request, Paging, "children");
    /// <summary>The viewer's scope: a service manager sees only the children of their services behind the figure.</summary>
    public ChildScope Scope { get; private set; } = ChildScope.Everyone;
    public int ChildrenBehindFigure { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        Paging = Paging.For(Paging.Requested(Request), Rows.Count);
        PageRows = Paging.Of(Rows);
        var what = Paging.PageCount == 1 ? $"Children behind {Indicator} {Year}" : $"Children behind {Indicator} {Year}, page {Paging.Page} of {Paging.PageCount}";
        await audit.RecordAsync(what, PageRows.Select(r => r.Id).ToList(), cancellationToken);
        return Page();
    }

    /// <summary>The whole list (every page) as a download; audited with every child in it.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        await audit.RecordAsync($"Children behind {Indicator} {Year} (CSV)", Rows.Select(r => r.Id).ToList(), cancellationToken);
        return CsvDownload.Create(Rows.Select(r => new { child = r.Id, age = r.Age, sex = r.Sex, placement = r.Placement, legal_status = r.LegalStatus, period_started = r.Started?.ToString("yyyy-MM-dd"), period_ended = r.Ended?.ToString("yyyy-MM-dd"), counted = r.Counted }), $"children-{Indicator}-{Year}.csv");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var data = await council.CurrentAsync(db, cancellationToken);
        if (!data.Years.Contains(Year) || NationalMeasures.Definitions.All(d => d.Id != Indicator)) return false;
        var session = new MeasureSession(data.Children, Year, await options.LoadAsync(db, cancellationToken));
        Result = session.Compute().Single(r => r.Id == Indicator);
        var counted = Result.NumeratorChildren.ToHashSet();
        var ids = CountedOnly ? Result.NumeratorChildren : Result.DenominatorChildren.Union(Result.NumeratorChildren).ToList();
        var end = new DateOnly(Year, 3, 31);
        Scope = await viewer.CurrentAsync(cancellationToken);
        var behind = ids.Select(data.Children.Find).OfType<Child>().ToList();
        ChildrenBehindFigure = behind.Count;
        Rows = behind.Where(c => Scope.Includes(c, Year)).Select(c =>
        {
            var episode = c.EpisodeOn(end) ?? c.Episodes.LastOrDefault(e => e.Start <= end);
            var period = c.PeriodOn(end) ?? c.Periods.LastOrDefault(p => p.Start <= end);
            return new ChildRow(c.Id, c.AgeOn(end), SexOf(c), episode?.Placement.ToString() ?? "", episode?.LegalStatus.ToString() ?? "", period?.Start, period?.End, counted.Contains(c.Id));
        }).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        return true;
    }

    public static string SexOf(Child c) => c.Header?.Sex switch { "1" or "M" => "Male", "2" or "F" => "Female", _ => "Not known" };
}
