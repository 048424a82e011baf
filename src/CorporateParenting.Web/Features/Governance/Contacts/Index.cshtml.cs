using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Governance.Contacts;

/// <summary>Officers and partner organisations who report to the board or attend on request.</summary>
[Authorize(Policy = Capability.ViewBoard)]
public sealed class IndexModel(HubDbContext db, IAuthorizationService authorization) : PageModel
{
    public sealed class ContactInput
    {
        public string? Name { get; set; }
        public ContactKind Kind { get; set; }
        public string? Role { get; set; }
        public string? Email { get; set; }
    }

    [BindProperty] public ContactInput Input { get; set; } = new();
    public IReadOnlyList<ReportingContact> Contacts { get; private set; } = [];
    public bool MayManage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!MayManage) return Forbid();
        if (!ModelState.IsValid) return Page();
        db.ReportingContacts.Add(new ReportingContact { Name = Input.Name!.Trim(), Kind = Input.Kind, Role = Input.Role.TrimmedOrNull(), Email = Input.Email.EmailOrNull() });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        MayManage = (await authorization.AuthorizeAsync(User, Capability.ManageBoard)).Succeeded;
        Contacts = await db.ReportingContacts.AsNoTracking().OrderBy(c => c.Kind).ThenBy(c => c.Name).ToListAsync(cancellationToken);
    }
}
