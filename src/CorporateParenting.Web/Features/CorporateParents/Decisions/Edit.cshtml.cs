using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.CorporateParents.Decisions;

/// <summary>Records a proposal's corporate-parenting check: who decides, when, what it means, and whether it changed the proposal.</summary>
[Authorize(Policy = Capability.ManageCorporateParents)]
public sealed class EditModel(HubDbContext db) : PageModel
{
    public sealed class CheckInput
    {
        public string? Proposal { get; set; }
        public DecisionMaker DecisionMaker { get; set; }
        [System.ComponentModel.DataAnnotations.Display(Name = "The date of the decision")] public DateOnly? DecidedOn { get; set; }
        public string? WhatItMeans { get; set; }
        public bool Changed { get; set; }
        public string? HowItChanged { get; set; }
        public string? Link { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public CheckInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is null) return Page();
        if (await db.DecisionChecks.AsNoTracking().SingleOrDefaultAsync(c => c.Id == Id, cancellationToken) is not { } c) return NotFound();
        Input = new CheckInput { Proposal = c.Proposal, DecisionMaker = c.DecisionMaker, DecidedOn = c.DecidedOn, WhatItMeans = c.WhatItMeans, Changed = c.Changed, HowItChanged = c.HowItChanged, Link = c.Link };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        DecisionCheck? check = null;
        if (Id is { } id && (check = await db.DecisionChecks.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)) is null) return NotFound();
        if (string.IsNullOrWhiteSpace(Input.Proposal)) ModelState.AddModelError("Input.Proposal", "Enter the proposal");
        else if (Input.Proposal.Trim().Length > 500) ModelState.AddModelError("Input.Proposal", "The proposal must be 500 characters or fewer");
        if (!Enum.IsDefined(Input.DecisionMaker)) ModelState.AddModelError("Input.DecisionMaker", "Select who decides");
        if (Input.DecidedOn is null) ModelState.AddModelError("Input.DecidedOn", "Enter the date of the decision");
        if (string.IsNullOrWhiteSpace(Input.WhatItMeans)) ModelState.AddModelError("Input.WhatItMeans", "Enter what the proposal means for children in care and care leavers");
        else if (Input.WhatItMeans.Trim().Length > 4000) ModelState.AddModelError("Input.WhatItMeans", "What it means must be 4,000 characters or fewer");
        if (Input.Changed && string.IsNullOrWhiteSpace(Input.HowItChanged)) ModelState.AddModelError("Input.HowItChanged", "Enter how the proposal changed because of the check");
        else if (Input.HowItChanged?.Trim().Length > 2000) ModelState.AddModelError("Input.HowItChanged", "How it changed must be 2,000 characters or fewer");
        if (!string.IsNullOrWhiteSpace(Input.Link) && (Input.Link.Trim().Length > 500 || !FormChecks.IsWebAddress(Input.Link.Trim())))
            ModelState.AddModelError("Input.Link", "Enter the link to the report as a web address starting https://");
        if (!ModelState.IsValid) return Page();

        if (check is null) db.DecisionChecks.Add(check = new DecisionCheck { Proposal = "", WhatItMeans = "" });
        check.Proposal = Input.Proposal!.Trim();
        check.DecisionMaker = Input.DecisionMaker;
        check.DecidedOn = Input.DecidedOn!.Value;
        check.WhatItMeans = Input.WhatItMeans!.Trim();
        check.Changed = Input.Changed;
        check.HowItChanged = Input.Changed ? Input.HowItChanged!.Trim() : null;
        check.Link = Input.Link.TrimmedOrNull();
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = "The check is saved";
        return Redirect("/CorporateParents/Decisions");
    }
}
