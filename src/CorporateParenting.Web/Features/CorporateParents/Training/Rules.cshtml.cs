using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.CorporateParents.Training;

/// <summary>The council's rules for corporate parents (one row): induction window, sessions a year, how often homes are visited.</summary>
[Authorize(Policy = Capability.ManageCorporateParents)]
public sealed class RulesModel(HubDbContext db) : PageModel
{
    public sealed class RulesInput
    {
        public int? InductionWithinMonths { get; set; }
        public int? SessionsPerYear { get; set; }
        public int? VisitEveryMonths { get; set; }
    }

    [BindProperty] public RulesInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rules = await MemberCompliance.RulesAsync(db, cancellationToken);
        Input = new RulesInput { InductionWithinMonths = rules.InductionWithinMonths, SessionsPerYear = rules.SessionsPerYear, VisitEveryMonths = rules.VisitEveryMonths };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return Page();
        var rules = await db.CorporateParentingRules.OrderBy(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        if (rules is null) db.CorporateParentingRules.Add(rules = new CorporateParentingRules());
        (rules.InductionWithinMonths, rules.SessionsPerYear, rules.VisitEveryMonths) = (Input.InductionWithinMonths!.Value, Input.SessionsPerYear!.Value, Input.VisitEveryMonths!.Value);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = "The council's rules are saved";
        return Redirect("/CorporateParents/Training");
    }
}

public sealed class CorporateParentingRulesChecks : FormValidator<RulesModel>
{
    public CorporateParentingRulesChecks()
    {
        RuleFor(p => p.Input.InductionWithinMonths).NotNull().WithMessage("Enter the months within which induction is due")
            .InclusiveBetween(1, 24).WithMessage("Induction must be due within 1 to 24 months of election");
        RuleFor(p => p.Input.SessionsPerYear).NotNull().WithMessage("Enter how many sessions each member should attend a year")
            .InclusiveBetween(0, 12).WithMessage("Sessions a year must be a number from 0 to 12");
        RuleFor(p => p.Input.VisitEveryMonths).NotNull().WithMessage("Enter how often each home should be visited, in months")
            .InclusiveBetween(1, 36).WithMessage("Homes must be visited every 1 to 36 months");
    }
}
