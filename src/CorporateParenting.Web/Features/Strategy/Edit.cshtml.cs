using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Strategy;

/// <summary>Set up or change the strategy: title, period and vision.</summary>
[Authorize(Policy = Capability.ManageStrategy)]
public sealed class EditModel(HubDbContext db) : PageModel
{
    public sealed class PlanInput
    {
        public string? Title { get; set; }
        public int? StartYear { get; set; }
        public int? EndYear { get; set; }
        public string? Vision { get; set; }
        public string? ChildFriendlyVision { get; set; }
    }

    [BindProperty] public PlanInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await Current(cancellationToken) is { } plan)
            Input = new PlanInput { Title = plan.Title, StartYear = plan.StartYear, EndYear = plan.EndYear, Vision = plan.Vision, ChildFriendlyVision = plan.ChildFriendlyVision };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return Page();

        var plan = await Current(cancellationToken);
        if (plan is null) db.Strategies.Add(plan = new StrategyPlan { Title = "", Vision = "" });
        (plan.Title, plan.StartYear, plan.EndYear, plan.Vision) = (Input.Title!.Trim(), Input.StartYear!.Value, Input.EndYear!.Value, Input.Vision!.Trim());
        plan.ChildFriendlyVision = string.IsNullOrWhiteSpace(Input.ChildFriendlyVision) ? null : Input.ChildFriendlyVision.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/Strategy");
    }

    private Task<StrategyPlan?> Current(CancellationToken cancellationToken) => db.Strategies.OrderByDescending(s => s.StartYear).FirstOrDefaultAsync(cancellationToken);
}
