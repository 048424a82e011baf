using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Strategy.Priorities;

/// <summary>Add or change a priority: its words, the principles it serves, its chair and working group.</summary>
[Authorize(Policy = Capability.ManageStrategy)]
public sealed class EditModel(HubDbContext db) : PageModel
{
    public sealed class PriorityInput
    {
        public string? Name { get; set; }
        public string? Description { get; set; }
        public string? ChildFriendlyDescription { get; set; }
        public List<Principles> Principles { get; set; } = [];
        public string? ChairName { get; set; }
        public string? ChairEmail { get; set; }
        /// <summary>One member a line: "Name, Organisation" and ", partner" for a partner agency.</summary>
        public string? Members { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public PriorityInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is null) return Page();
        if (await db.PriorityAreas.Include(p => p.Members).SingleOrDefaultAsync(p => p.Id == Id, cancellationToken) is not { } p) return NotFound();
        Input = new PriorityInput
        {
            Name = p.Name, Description = p.Description, ChildFriendlyDescription = p.ChildFriendlyDescription, ChairName = p.ChairName, ChairEmail = p.ChairEmail,
            Principles = StrategyNames.AllPrinciples.Select(x => x.Principle).Where(x => p.Principles.HasFlag(x)).ToList(),
            Members = string.Join("\n", p.Members.Select(m => $"{m.Name}, {m.Organisation}{(m.IsPartner ? ", partner" : "")}")),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var plan = await db.Strategies.OrderByDescending(s => s.StartYear).FirstOrDefaultAsync(cancellationToken);
        if (plan is null) return Redirect("/Strategy/Edit");
        var priority = Id is null ? null : await db.PriorityAreas.Include(p => p.Members).SingleOrDefaultAsync(p => p.Id == Id, cancellationToken);
        if (Id is not null && priority is null) return NotFound();

        Input.Principles.RemoveAll(p => p == Principles.None);   // a crafted "None" is no choice (PriorityEditChecks refuses a list of only that)
        var members = ParseMembers(Input.Members, out var memberError);
        if (memberError is not null) ModelState.AddModelError("Input.Members", memberError);
        if (!ModelState.IsValid) return Page();

        if (priority is null)
        {
            var order = await db.PriorityAreas.Where(p => p.StrategyId == plan.Id).Select(p => (int?)p.Order).MaxAsync(cancellationToken) ?? 0;
            db.PriorityAreas.Add(priority = new PriorityArea { StrategyId = plan.Id, Order = order + 1, Name = "", Description = "", ChildFriendlyDescription = "", ChairName = "" });
        }
        (priority.Name, priority.Description, priority.ChildFriendlyDescription) = (Input.Name!.Trim(), Input.Description!.Trim(), Input.ChildFriendlyDescription!.Trim());
        priority.Principles = Input.Principles.Aggregate(Principles.None, (all, p) => all | p);
        (priority.ChairName, priority.ChairEmail) = (Input.ChairName!.Trim(), Input.ChairEmail.EmailOrNull());
        priority.Members.Clear();
        priority.Members.AddRange(members);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/Strategy/Priorities/Show/{priority.Id}");
    }

    private static List<WorkingGroupMember> ParseMembers(string? text, out string? error)
    {
        error = null;
        var members = new List<WorkingGroupMember>();
        var lines = (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length < 2 || parts[0].Length == 0 || parts[1].Length == 0 || parts[0].Length > 200 || parts[1].Length > 200)
            {
                error = $"Write member {i + 1} as a name, a comma and their organisation, like \"Careers adviser, Northbridge College\"";
                return members;
            }
            members.Add(new WorkingGroupMember { Name = parts[0], Organisation = parts[1], IsPartner = parts.Length > 2 && parts[2].Equals("partner", StringComparison.OrdinalIgnoreCase) });
        }
        return members;
    }
}
