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

/// <summary>Adds or changes a training session and ticks the members who attended it.</summary>
[Authorize(Policy = Capability.ManageCorporateParents)]
public sealed class SessionModel(HubDbContext db, TimeProvider clock) : PageModel
{
    public sealed class SessionInput
    {
        public string? Title { get; set; }
        [System.ComponentModel.DataAnnotations.Display(Name = "The date of the session")] public DateOnly? Date { get; set; }
        public string? Provider { get; set; }
        public string? Topic { get; set; }
        public TrainingAudience Audience { get; set; }
        public bool IsInduction { get; set; }
        public List<int> AttendeeIds { get; set; } = [];
    }

    public sealed record Choice(int Id, string Name, string Detail);

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public SessionInput Input { get; set; } = new();
    public IReadOnlyList<Choice> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is null)
        {
            Input.Date = clock.UkToday();
        }
        else if (await db.TrainingSessions.AsNoTracking().Include(s => s.Attendance).SingleOrDefaultAsync(s => s.Id == Id, cancellationToken) is { } s)
        {
            Input = new SessionInput
            {
                Title = s.Title, Date = s.Date, Provider = s.Provider, Topic = s.Topic, Audience = s.Audience, IsInduction = s.IsInduction,
                AttendeeIds = s.Attendance.Select(a => a.CouncilMemberId).ToList(),
            };
        }
        else return NotFound();
        await LoadMembersAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var session = Id is null ? new TrainingSession { Title = "", Provider = "", Topic = "" }
            : await db.TrainingSessions.Include(s => s.Attendance).SingleOrDefaultAsync(s => s.Id == Id, cancellationToken);
        if (session is null) return NotFound();
        await LoadMembersAsync(cancellationToken);
        if (ModelState.IsValid && Input.AttendeeIds.Count > 0 && Input.Date > clock.UkToday())
            ModelState.AddModelError("Input.AttendeeIds", "Attendance can be recorded only once the session has taken place");
        if (!ModelState.IsValid) return Page();

        (session.Title, session.Date, session.Provider, session.Topic) = (Input.Title!.Trim(), Input.Date!.Value, Input.Provider!.Trim(), Input.Topic!.Trim());
        (session.Audience, session.IsInduction) = (Input.Audience, Input.IsInduction);
        var known = Members.Select(m => m.Id).ToHashSet();
        var wanted = Input.AttendeeIds.Where(known.Contains).ToHashSet();
        session.Attendance.RemoveAll(a => !wanted.Contains(a.CouncilMemberId));
        foreach (var id in wanted.Where(id => session.Attendance.All(a => a.CouncilMemberId != id)))
            session.Attendance.Add(new TrainingAttendance { CouncilMemberId = id });
        if (Id is null) db.TrainingSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = $"\"{session.Title}\" is saved with {session.Attendance.Count} {(session.Attendance.Count == 1 ? "member" : "members")} attending";
        return Redirect("/CorporateParents/Training");
    }

    private async Task LoadMembersAsync(CancellationToken cancellationToken)
    {
        // Members serving on the session's day, and anyone already ticked (so a correction never drops them silently).
        var day = Input.Date ?? clock.UkToday();
        Members = (await db.CouncilMembers.AsNoTracking().ToListAsync(cancellationToken))
            .Where(m => m.IsServingOn(day) || Input.AttendeeIds.Contains(m.Id))
            .OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            .Select(m => new Choice(m.Id, m.Name, $"{m.Ward}, {m.Party}")).ToList();
    }
}

public sealed class TrainingSessionChecks : FormValidator<SessionModel>
{
    public TrainingSessionChecks(HubDbContext db)
    {
        RuleFor(p => p.Input.Title).Required("Enter the session's title", db.MaxLength<TrainingSession>(s => s.Title));
        RuleFor(p => p.Input.Date).NotNull().WithMessage("Enter the date of the session");
        RuleFor(p => p.Input.Provider).Required("Enter who ran the session", db.MaxLength<TrainingSession>(s => s.Provider));
        RuleFor(p => p.Input.Topic).Required("Enter the corporate-parenting topic", db.MaxLength<TrainingSession>(s => s.Topic));
        RuleFor(p => p.Input.Audience).IsInEnum().WithMessage("Choose who the session is for");
    }
}
