using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.CorporateParents.Visits;

/// <summary>
/// Records a members' visit. Its follow-up actions go into the board's action log against the next board
/// meeting on or after the visit whose minutes are still open, so the board follows them up like any other
/// action. Nothing is saved while any free text looks like a child's identifier or a date.
/// </summary>
[Authorize(Policy = Capability.RecordVisits)]
public sealed class RecordModel(HubDbContext db, TimeProvider clock) : PageModel, IVisitFormPage
{
    [BindProperty] public VisitForm.VisitInput Input { get; set; } = new();
    public IReadOnlyList<VisitForm.Choice> Homes { get; private set; } = [];
    public IReadOnlyList<VisitForm.Choice> Members { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadChoicesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        VisitForm.Check(ModelState, Input, Homes, Members, clock.UkToday());
        var wanted = VisitForm.Wanted(Input);
        Meeting? meeting = null;
        if (wanted.Count > 0 && Input.Date is { } on) meeting = await VisitForm.MeetingForActionsAsync(db, ModelState, on, cancellationToken);
        if (!ModelState.IsValid) return Page();

        var visit = new MemberVisit
        {
            CareSettingId = Input.CareSettingId!.Value, Date = Input.Date!.Value, Purpose = Input.Purpose!.Trim(),
            Findings = Input.Findings.TrimmedOrNull(), RecordedBy = User.Identity!.Name!,
            Members = Input.MemberIds.Select(id => new MemberVisitAttendee { CouncilMemberId = id }).ToList(),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.MemberVisits.Add(visit);
        var home = Homes.Single(h => h.Id == visit.CareSettingId).Text;
        var actions = meeting is null ? [] : VisitForm.ActionsFor(wanted, meeting, home, visit.Date);
        db.BoardActions.AddRange(actions);
        await db.SaveChangesAsync(cancellationToken);
        visit.Actions.AddRange(actions.Select(a => new MemberVisitAction { BoardActionId = a.Id }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        TempData["Saved"] = actions.Count == 0
            ? $"The visit to {home} is recorded"
            : $"The visit to {home} is recorded, with {actions.Count} follow-up action{(actions.Count == 1 ? "" : "s")} in the board's action log";
        return Redirect("/CorporateParents/Visits");
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        (Homes, Members) = await VisitForm.ChoicesAsync(db, clock.UkToday(), visit: null, cancellationToken);
        while (Input.Actions.Count < VisitForm.ActionSlots) Input.Actions.Add(new VisitForm.ActionInput());
    }
}
