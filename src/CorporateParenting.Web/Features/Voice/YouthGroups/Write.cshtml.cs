using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Governance;
using CorporateParenting.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.Voice.YouthGroups;

/// <summary>
/// The group's report to a board meeting, on a form made for young people: three plain questions, big boxes,
/// saved as a draft until the group is happy, then sent to the board by the participation officer or a young
/// person on the board. Sending puts it on the agenda's youth groups' item and in the pack.
/// </summary>
[Authorize(Policy = Capability.SubmitYouthReports)]
public sealed class WriteModel(HubDbContext db, TimeProvider clock, IOptions<GovernanceOptions> governance) : PageModel
{
    public sealed class ReportInput
    {
        public string? TalkedAbout { get; set; }
        public string? WantBoardToKnow { get; set; }
        public List<string?> Questions { get; set; } = [];
    }

    [BindProperty(SupportsGet = true)] public int GroupId { get; set; }
    [BindProperty(SupportsGet = true)] public int MeetingId { get; set; }
    [BindProperty] public ReportInput Input { get; set; } = new();
    public YouthGroup Group { get; private set; } = null!;
    public Meeting Meeting { get; private set; } = null!;
    public YouthGroupReport? Report { get; private set; }
    /// <summary>Why the report can no longer be written, shown instead of the form.</summary>
    public string? Refusal { get; private set; }

    private YouthReports Reports => new(db, clock, governance.Value.PaperDeadlineDays);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        Input = new ReportInput { TalkedAbout = Report?.TalkedAbout, WantBoardToKnow = Report?.WantBoardToKnow, Questions = Report?.Questions.OrderBy(q => q.Order).Select(q => (string?)q.Text).ToList() ?? [] };
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SaveAsync(submit: false, cancellationToken);

    public Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken) => SaveAsync(submit: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(bool submit, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (!ModelState.IsValid) return Page();
        try
        {
            var report = await Reports.SaveAsync(GroupId, MeetingId, new YouthReportText(Input.TalkedAbout, Input.WantBoardToKnow, Input.Questions), submit, User.Identity!.Name!, cancellationToken);
            TempData["Saved"] = submit ? "Your report has been sent to the board. Thank you." : "Your report is saved as a draft. Nobody on the board sees it until it is sent.";
            return Redirect($"/Voice/YouthGroups/Report/{report.Id}");
        }
        catch (MeetingRuleException refused)
        {
            ModelState.AddModelError("Input.TalkedAbout", refused.Message);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.YouthGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == GroupId, cancellationToken) is not { } group) return false;
        if (await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == MeetingId, cancellationToken) is not { } meeting) return false;
        (Group, Meeting) = (group, meeting);
        Report = await db.YouthGroupReports.AsNoTracking().Include(r => r.Questions).SingleOrDefaultAsync(r => r.YouthGroupId == GroupId && r.MeetingId == MeetingId, cancellationToken);
        try { Reports.EnsureCanWrite(meeting, Report); }
        catch (MeetingRuleException refused) { Refusal = refused.Message; }
        return true;
    }
}

/// <summary>A draft may be part written; a report sent to the board says what the group talked about and what it wants the board to know.</summary>
public sealed class YouthReportChecks : FormValidator<WriteModel>
{
    public YouthReportChecks(HubDbContext db)
    {
        Lengths(db);
        RuleSet("Send", () =>
        {
            RuleFor(p => p.Input.TalkedAbout).NotEmpty().WithMessage("Write what you talked about");
            RuleFor(p => p.Input.WantBoardToKnow).NotEmpty().WithMessage("Write what you want the board to know");
            Lengths(db);
        });
    }

    private void Lengths(HubDbContext db)
    {
        RuleFor(p => p.Input.TalkedAbout).Fits("What you talked about", db.MaxLength<YouthGroupReport>(r => r.TalkedAbout));
        RuleFor(p => p.Input.WantBoardToKnow).Fits("What you want the board to know", db.MaxLength<YouthGroupReport>(r => r.WantBoardToKnow));
        RuleForEach(p => p.Input.Questions).Fits("Each question", db.MaxLength<YouthGroupQuestion>(q => q.Text));
    }
}
