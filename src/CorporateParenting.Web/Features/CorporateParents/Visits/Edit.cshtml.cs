using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.CorporateParents.Visits;

/// <summary>
/// Changes a recorded visit: the board officer, or a member who went on it (anyone else gets 404). The same checks as
/// recording, child identifiers included. Follow-up actions already raised belong to the board's action log and are
/// not changed here (ADR 28); new ones may be added.
/// </summary>
[Authorize(Policy = Capability.RecordVisits)]
public sealed class EditModel(HubDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel, IVisitFormPage
{
    public sealed record RaisedAction(int Id, string Description);

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public VisitForm.VisitInput Input { get; set; } = new();
    public IReadOnlyList<VisitForm.Choice> Homes { get; private set; } = [];
    public IReadOnlyList<VisitForm.Choice> Members { get; private set; } = [];
    public IReadOnlyList<RaisedAction> Raised { get; private set; } = [];
    public string Home { get; private set; } = "";
    public DateOnly Date { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } visit) return NotFound();
        Input = new VisitForm.VisitInput
        {
            CareSettingId = visit.CareSettingId, Date = visit.Date, MemberIds = visit.Members.Select(m => m.CouncilMemberId).ToList(),
            Purpose = visit.Purpose, Findings = visit.Findings,
        };
        while (Input.Actions.Count < VisitForm.ActionSlots) Input.Actions.Add(new VisitForm.ActionInput());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } visit) return NotFound();
        VisitForm.Check(ModelState, Input, Homes, Members, clock.UkToday());
        var wanted = VisitForm.Wanted(Input);
        Meeting? meeting = null;
        if (wanted.Count > 0 && Input.Date is { } on) meeting = await VisitForm.MeetingForActionsAsync(db, ModelState, on, cancellationToken);
        if (!ModelState.IsValid) return Page();

        visit.CareSettingId = Input.CareSettingId!.Value;
        visit.Date = Input.Date!.Value;
        visit.Purpose = Input.Purpose!.Trim();
        visit.Findings = Input.Findings.TrimmedOrNull();
        visit.Members.RemoveAll(m => !Input.MemberIds.Contains(m.CouncilMemberId));
        visit.Members.AddRange(Input.MemberIds.Where(id => visit.Members.All(m => m.CouncilMemberId != id)).Select(id => new MemberVisitAttendee { CouncilMemberId = id }));
        var home = Homes.Single(h => h.Id == visit.CareSettingId).Text;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var actions = meeting is null ? [] : VisitForm.ActionsFor(wanted, meeting, home, visit.Date);
        db.BoardActions.AddRange(actions);
        await db.SaveChangesAsync(cancellationToken);
        visit.Actions.AddRange(actions.Select(a => new MemberVisitAction { BoardActionId = a.Id }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        TempData["Saved"] = actions.Count == 0
            ? $"The visit to {home} is changed"
            : $"The visit to {home} is changed, with {actions.Count} new follow-up action{(actions.Count == 1 ? "" : "s")} in the board's action log";
        return Redirect("/CorporateParents/Visits");
    }

    /// <summary>The visit (tracked), when it exists and the user may change it; the choices and the actions it raised.</summary>
    private async Task<MemberVisit?> LoadAsync(CancellationToken cancellationToken)
    {
        var visit = await db.MemberVisits.Include(v => v.Members).Include(v => v.Actions).SingleOrDefaultAsync(v => v.Id == Id, cancellationToken);
        if (visit is null || !await VisitForm.MayChangeAsync(db, authorization, User, visit, cancellationToken)) return null;
        (Homes, Members) = await VisitForm.ChoicesAsync(db, clock.UkToday(), visit, cancellationToken);
        var ids = visit.Actions.Select(a => a.BoardActionId).ToList();
        Raised = await db.BoardActions.AsNoTracking().Where(a => ids.Contains(a.Id)).OrderBy(a => a.Id)
            .Select(a => new RaisedAction(a.Id, a.Description)).ToListAsync(cancellationToken);
        Home = await db.CareSettings.AsNoTracking().Where(h => h.Id == visit.CareSettingId).Select(h => h.Name).SingleAsync(cancellationToken);
        Date = visit.Date;
        while (Input.Actions.Count < VisitForm.ActionSlots) Input.Actions.Add(new VisitForm.ActionInput());
        return visit;
    }
}
