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
/// Records a members' visit. Its follow-up actions go into the board's action log against the next board
/// meeting on or after the visit (the latest meeting when none is planned), so the board follows them up
/// like any other action. Nothing is saved while any free text looks like a child's identifier or a date.
/// </summary>
[Authorize(Policy = Capability.RecordVisits)]
public sealed class RecordModel(HubDbContext db, TimeProvider clock) : PageModel
{
    public const int ActionSlots = 3;

    public sealed class ActionInput
    {
        public string? Description { get; set; }
        public string? Owner { get; set; }
        public DateOnly? DueDate { get; set; }
    }

    public sealed class VisitInput
    {
        public int? CareSettingId { get; set; }
        public DateOnly? Date { get; set; }
        public List<int> MemberIds { get; set; } = [];
        public string? Purpose { get; set; }
        public string? Findings { get; set; }
        public List<ActionInput> Actions { get; set; } = [];
    }

    public sealed record Choice(int Id, string Text);

    [BindProperty] public VisitInput Input { get; set; } = new();
    public IReadOnlyList<Choice> Homes { get; private set; } = [];
    public IReadOnlyList<Choice> Members { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadChoicesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        while (Input.Actions.Count < ActionSlots) Input.Actions.Add(new ActionInput());
        var today = clock.UkToday();

        if (Input.CareSettingId is not { } homeId || Homes.All(h => h.Id != homeId)) ModelState.AddModelError("Input.CareSettingId", "Select the home or service visited");
        if (Input.Date is not { } date) ModelState.AddModelError("Input.Date", "Enter the date of the visit");
        else if (date > today) ModelState.AddModelError("Input.Date", "The date of the visit must be today or in the past");
        Input.MemberIds = Input.MemberIds.Distinct().ToList();
        if (Input.MemberIds.Count == 0) ModelState.AddModelError("Input.MemberIds", "Select the members who went");
        else if (Input.MemberIds.Any(id => Members.All(m => m.Id != id))) ModelState.AddModelError("Input.MemberIds", "Select members from the list");
        if (string.IsNullOrWhiteSpace(Input.Purpose)) ModelState.AddModelError("Input.Purpose", "Enter the purpose of the visit");
        else if (Input.Purpose.Trim().Length > 1000) ModelState.AddModelError("Input.Purpose", "The purpose must be 1,000 characters or fewer");
        if (Input.Findings?.Trim().Length > 4000) ModelState.AddModelError("Input.Findings", "What they found must be 4,000 characters or fewer");
        Identifiers("Input.Purpose", "Purpose", Input.Purpose);
        Identifiers("Input.Findings", "Findings", Input.Findings);

        for (var i = 0; i < Input.Actions.Count; i++)
        {
            var action = Input.Actions[i];
            var key = $"Input.Actions[{i}]";
            var started = !string.IsNullOrWhiteSpace(action.Description) || !string.IsNullOrWhiteSpace(action.Owner) || action.DueDate is not null;
            if (!started) continue;
            if (string.IsNullOrWhiteSpace(action.Description)) ModelState.AddModelError($"{key}.Description", $"Enter what follow-up action {i + 1} is");
            else if (action.Description.Trim().Length > 1000) ModelState.AddModelError($"{key}.Description", $"Follow-up action {i + 1} must be 1,000 characters or fewer");
            if (string.IsNullOrWhiteSpace(action.Owner)) ModelState.AddModelError($"{key}.Owner", $"Enter who owns follow-up action {i + 1}");
            if (action.DueDate is null) ModelState.AddModelError($"{key}.DueDate", $"Enter when follow-up action {i + 1} is due");
            Identifiers($"{key}.Description", $"Follow-up action {i + 1}", action.Description);
        }

        var wanted = Input.Actions.Where(a => !string.IsNullOrWhiteSpace(a.Description)).ToList();
        Meeting? meeting = null;
        if (wanted.Count > 0 && Input.Date is { } on)
        {
            meeting = await db.Meetings.Where(m => m.Date >= on).OrderBy(m => m.Date).FirstOrDefaultAsync(cancellationToken)
                ?? await db.Meetings.OrderByDescending(m => m.Date).FirstOrDefaultAsync(cancellationToken);
            if (meeting is null) ModelState.AddModelError("Input.Actions[0].Description", "There is no board meeting to hold the follow-up actions: add the board's meetings first");
        }
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
        var actions = wanted.Select(a => new BoardAction
        {
            MeetingId = meeting!.Id, Description = $"{a.Description!.Trim()} (members' visit to {home}, {DateDisplay.Long(visit.Date)})",
            Owner = a.Owner!.Trim(), DueDate = a.DueDate!.Value, OriginalDueDate = a.DueDate!.Value, Status = ActionStatus.Open,
        }).ToList();
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

    private void Identifiers(string key, string field, string? text)
    {
        if (ChildIdentifierCheck.Problem(field, text) is { } problem) ModelState.AddModelError(key, problem);
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var today = clock.UkToday();
        Homes = (await db.CareSettings.AsNoTracking().Where(h => h.Active).OrderBy(h => h.Name).ToListAsync(cancellationToken))
            .Select(h => new Choice(h.Id, h.Name)).ToList();
        Members = (await db.CouncilMembers.AsNoTracking().OrderBy(m => m.Name).ToListAsync(cancellationToken))
            .Where(m => m.LeftOn is null || m.LeftOn >= today.AddYears(-1)).Select(m => new Choice(m.Id, $"{m.Name} ({m.Ward})")).ToList();
        while (Input.Actions.Count < ActionSlots) Input.Actions.Add(new ActionInput());
    }
}
