using System.Security.Claims;
using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.CorporateParents.Visits;

/// <summary>
/// What recording and changing a visit share: the form's fields, its checks (child identifiers included), the
/// choices offered, where follow-up actions go, and who may change a visit once it is recorded (ADR 28).
/// </summary>
public static class VisitForm
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
        [System.ComponentModel.DataAnnotations.Display(Name = "The date of the visit")] public DateOnly? Date { get; set; }
        public List<int> MemberIds { get; set; } = [];
        public string? Purpose { get; set; }
        public string? Findings { get; set; }
        public List<ActionInput> Actions { get; set; } = [];
    }

    public sealed record Choice(int Id, string Text);

    /// <summary>
    /// Active homes and members serving or gone less than a year; a visit being changed keeps its own home and
    /// members in the lists even when the home has closed or the member has left since.
    /// </summary>
    public static async Task<(IReadOnlyList<Choice> Homes, IReadOnlyList<Choice> Members)> ChoicesAsync(
        HubDbContext db, DateOnly today, MemberVisit? visit, CancellationToken cancellationToken)
    {
        var keepHome = visit?.CareSettingId;
        var keepMembers = visit?.Members.Select(m => m.CouncilMemberId).ToHashSet() ?? [];
        var homes = (await db.CareSettings.AsNoTracking().Where(h => h.Active || h.Id == keepHome).OrderBy(h => h.Name).ToListAsync(cancellationToken))
            .Select(h => new Choice(h.Id, h.Name)).ToList();
        var members = (await db.CouncilMembers.AsNoTracking().OrderBy(m => m.Name).ToListAsync(cancellationToken))
            .Where(m => m.LeftOn is null || m.LeftOn >= today.AddYears(-1) || keepMembers.Contains(m.Id))
            .Select(m => new Choice(m.Id, $"{m.Name} ({m.Ward})")).ToList();
        return (homes, members);
    }

    /// <summary>Every check of the form; errors go into <paramref name="state"/> under the fields' names.</summary>
    public static void Check(ModelStateDictionary state, VisitInput input, IReadOnlyList<Choice> homes, IReadOnlyList<Choice> members, DateOnly today)
    {
        while (input.Actions.Count < ActionSlots) input.Actions.Add(new ActionInput());
        if (input.CareSettingId is not { } homeId || homes.All(h => h.Id != homeId)) state.AddModelError("Input.CareSettingId", "Select the home or service visited");
        if (input.Date is not { } date) state.AddModelError("Input.Date", "Enter the date of the visit");
        else if (date > today) state.AddModelError("Input.Date", "The date of the visit must be today or in the past");
        input.MemberIds = input.MemberIds.Distinct().ToList();
        if (input.MemberIds.Count == 0) state.AddModelError("Input.MemberIds", "Select the members who went");
        else if (input.MemberIds.Any(id => members.All(m => m.Id != id))) state.AddModelError("Input.MemberIds", "Select members from the list");
        if (string.IsNullOrWhiteSpace(input.Purpose)) state.AddModelError("Input.Purpose", "Enter the purpose of the visit");
        else if (input.Purpose.Trim().Length > 1000) state.AddModelError("Input.Purpose", "The purpose must be 1,000 characters or fewer");
        if (input.Findings?.Trim().Length > 4000) state.AddModelError("Input.Findings", "What they found must be 4,000 characters or fewer");
        Identifiers(state, "Input.Purpose", "Purpose", input.Purpose);
        Identifiers(state, "Input.Findings", "Findings", input.Findings);

        for (var i = 0; i < input.Actions.Count; i++)
        {
            var action = input.Actions[i];
            var key = $"Input.Actions[{i}]";
            var started = !string.IsNullOrWhiteSpace(action.Description) || !string.IsNullOrWhiteSpace(action.Owner) || action.DueDate is not null;
            if (!started) continue;
            if (string.IsNullOrWhiteSpace(action.Description)) state.AddModelError($"{key}.Description", $"Enter what follow-up action {i + 1} is");
            else if (action.Description.Trim().Length > 1000) state.AddModelError($"{key}.Description", $"Follow-up action {i + 1} must be 1,000 characters or fewer");
            if (string.IsNullOrWhiteSpace(action.Owner)) state.AddModelError($"{key}.Owner", $"Enter who owns follow-up action {i + 1}");
            if (action.DueDate is null) state.AddModelError($"{key}.DueDate", $"Enter when follow-up action {i + 1} is due");
            Identifiers(state, $"{key}.Description", $"Follow-up action {i + 1}", action.Description);
        }
    }

    private static void Identifiers(ModelStateDictionary state, string key, string field, string? text)
    {
        if (ChildIdentifierCheck.Problem(field, text) is { } problem) state.AddModelError(key, problem);
    }

    public static List<ActionInput> Wanted(VisitInput input) => input.Actions.Where(a => !string.IsNullOrWhiteSpace(a.Description)).ToList();

    /// <summary>
    /// The meeting that holds a visit's new follow-up actions: the first on or after the visit whose minutes are not yet
    /// approved (an approved meeting's actions are frozen, ADR 16), else the latest not yet approved. Null (with the error
    /// set) when there is none.
    /// </summary>
    public static async Task<Meeting?> MeetingForActionsAsync(HubDbContext db, ModelStateDictionary state, DateOnly on, CancellationToken cancellationToken)
    {
        var open = db.Meetings.Where(m => m.MinutesApprovedAtUtc == null);
        var meeting = await open.Where(m => m.Date >= on).OrderBy(m => m.Date).FirstOrDefaultAsync(cancellationToken)
            ?? await open.OrderByDescending(m => m.Date).FirstOrDefaultAsync(cancellationToken);
        if (meeting is null) state.AddModelError("Input.Actions[0].Description", "There is no board meeting to hold the follow-up actions: add the board's next meeting first");
        return meeting;
    }

    public static List<BoardAction> ActionsFor(IEnumerable<ActionInput> wanted, Meeting meeting, string home, DateOnly date) => wanted.Select(a => new BoardAction
    {
        MeetingId = meeting.Id, Description = $"{a.Description!.Trim()} (members' visit to {home}, {DateDisplay.Long(date)})",
        Owner = a.Owner!.Trim(), DueDate = a.DueDate!.Value, OriginalDueDate = a.DueDate!.Value, Status = ActionStatus.Open,
    }).ToList();

    /// <summary>The council member the signed-in user is, by e-mail address (as on their own record); null when none.</summary>
    public static async Task<int?> SignedInMemberAsync(HubDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var email = user.Identity?.Name?.ToLowerInvariant();
        if (string.IsNullOrEmpty(email)) return null;
        return await db.CouncilMembers.AsNoTracking().Where(m => m.Email != null && m.Email.ToLower() == email).Select(m => (int?)m.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>A recorded visit may be changed or deleted by the board officer, or by a member who went on it.</summary>
    public static async Task<bool> MayChangeAsync(HubDbContext db, IAuthorizationService authorization, ClaimsPrincipal user, MemberVisit visit, CancellationToken cancellationToken)
    {
        if ((await authorization.AuthorizeAsync(user, Capability.ManageCorporateParents)).Succeeded) return true;
        return await SignedInMemberAsync(db, user, cancellationToken) is { } me && visit.Members.Any(m => m.CouncilMemberId == me);
    }
}

/// <summary>A page showing the visit form (record or change): what <c>_VisitFields</c> needs.</summary>
public interface IVisitFormPage
{
    VisitForm.VisitInput Input { get; }
    IReadOnlyList<VisitForm.Choice> Homes { get; }
    IReadOnlyList<VisitForm.Choice> Members { get; }
}
