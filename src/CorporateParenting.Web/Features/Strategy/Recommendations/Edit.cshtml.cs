using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Strategy.Recommendations;

/// <summary>Add or change a recommendation: where it came from, the council's response, owner, linked actions. Status moves only through reports.</summary>
[Authorize(Policy = Capability.ManageStrategy)]
public sealed class EditModel(HubDbContext db) : PageModel
{
    public sealed class RecommendationInput
    {
        public string? Reference { get; set; }
        public RecommendationSource Source { get; set; }
        [System.ComponentModel.DataAnnotations.Display(Name = "The date the recommendation was made")] public DateOnly? Date { get; set; }
        public string? Text { get; set; }
        public string? Response { get; set; }
        public string? Owner { get; set; }
        [System.ComponentModel.DataAnnotations.Display(Name = "The date the next report is due")] public DateOnly? NextReportDue { get; set; }
        public bool Confidential { get; set; }
        public List<int> Actions { get; set; } = [];
    }

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public RecommendationInput Input { get; set; } = new();
    public IReadOnlyList<(string Priority, int Id, string Description)> ActionChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        if (Id is null) return Page();
        if (await db.Recommendations.Include(r => r.Actions).SingleOrDefaultAsync(r => r.Id == Id, cancellationToken) is not { } r) return NotFound();
        Input = new RecommendationInput
        {
            Reference = r.Reference, Source = r.Source, Date = r.Date, Text = r.Text, Response = r.Response, Owner = r.Owner,
            NextReportDue = r.NextReportDue, Confidential = r.Confidential, Actions = r.Actions.Select(a => a.ActionId).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        var recommendation = Id is null ? null : await db.Recommendations.Include(r => r.Actions).SingleOrDefaultAsync(r => r.Id == Id, cancellationToken);
        if (Id is not null && recommendation is null) return NotFound();
        if ((recommendation?.Status ?? RecommendationStatus.Open) != RecommendationStatus.Closed && Input.NextReportDue is null)
            ModelState.AddModelError("Input.NextReportDue", "Enter when the first progress report is due to the board");
        var known = ActionChoices.Select(a => a.Id).ToHashSet();
        if (Input.Actions.Any(a => !known.Contains(a))) ModelState.AddModelError("Input.Actions", "Choose actions from the list");
        if (!ModelState.IsValid) return Page();

        if (recommendation is null) db.Recommendations.Add(recommendation = new Recommendation { Reference = "", Text = "", Owner = "" });
        (recommendation.Reference, recommendation.Source, recommendation.Date, recommendation.Text) = (Input.Reference!.Trim(), Input.Source, Input.Date!.Value, Input.Text!.Trim());
        recommendation.Response = string.IsNullOrWhiteSpace(Input.Response) ? null : Input.Response.Trim();
        (recommendation.Owner, recommendation.Confidential) = (Input.Owner!.Trim(), Input.Confidential);
        if (recommendation.Status != RecommendationStatus.Closed) recommendation.NextReportDue = Input.NextReportDue;
        recommendation.Actions.RemoveAll(l => !Input.Actions.Contains(l.ActionId));
        foreach (var id in Input.Actions.Distinct().Where(id => recommendation.Actions.All(l => l.ActionId != id)))
            recommendation.Actions.Add(new RecommendationActionLink { ActionId = id });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/Strategy/Recommendations/Show/{recommendation.Id}");
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var rows = await (from a in db.StrategyActions
                          join aim in db.PriorityAims on a.AimId equals aim.Id
                          join p in db.PriorityAreas on aim.PriorityId equals p.Id
                          orderby p.Order, aim.Order, a.Id
                          select new { Priority = p.Name, a.Id, a.Description }).AsNoTracking().ToListAsync(cancellationToken);
        ActionChoices = rows.Select(r => (r.Priority, r.Id, r.Description)).ToList();
    }
}
