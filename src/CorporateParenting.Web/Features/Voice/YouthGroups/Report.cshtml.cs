using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Governance;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.Voice.YouthGroups;

/// <summary>
/// A group's report to a board meeting, its questions and the board's answers. A draft is seen only by those who
/// write reports; everyone else reads it once it is sent.
/// </summary>
[Authorize(Policy = Capability.ViewVoice)]
public sealed class ReportModel(HubDbContext db, IAuthorizationService authorization, TimeProvider clock, IOptions<GovernanceOptions> governance) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    public YouthGroupReport Report { get; private set; } = null!;
    public Meeting Meeting { get; private set; } = null!;
    /// <summary>Log entries made from this report's questions, by question id.</summary>
    public IReadOnlyDictionary<int, int> Entries { get; private set; } = new Dictionary<int, int>();
    public bool MayWrite { get; private set; }
    public bool MayAnswer { get; private set; }
    public bool MayLog { get; private set; }
    public bool CanStillWrite { get; private set; }
    public string? AnswerRefusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await db.YouthGroupReports.AsNoTracking().Include(r => r.YouthGroup).Include(r => r.Questions).SingleOrDefaultAsync(r => r.Id == Id, cancellationToken) is not { } report) return NotFound();
        Report = report;
        Meeting = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == report.MeetingId, cancellationToken);
        var ids = report.Questions.Select(q => q.Id).ToList();
        Entries = await db.YouSaidEntries.AsNoTracking().Where(e => e.YouthGroupQuestionId != null && ids.Contains(e.YouthGroupQuestionId.Value))
            .ToDictionaryAsync(e => e.YouthGroupQuestionId!.Value, e => e.Id, cancellationToken);
        MayWrite = (await authorization.AuthorizeAsync(User, Capability.SubmitYouthReports)).Succeeded;
        MayAnswer = (await authorization.AuthorizeAsync(User, Capability.ManageBoard)).Succeeded;
        MayLog = (await authorization.AuthorizeAsync(User, Capability.ManageVoice)).Succeeded;
        var rules = new YouthReports(db, clock, governance.Value.PaperDeadlineDays);
        CanStillWrite = Refused(() => rules.EnsureCanWrite(Meeting, Report)) is null;
        AnswerRefusal = Refused(() => rules.EnsureCanAnswer(Meeting, Report));
        return Page();
    }

    /// <summary>A draft is the group's own until it is sent.</summary>
    public bool Hidden => Report.Status == YouthReportStatus.Draft && !MayWrite;

    private static string? Refused(Action check)
    {
        try { check(); return null; }
        catch (MeetingRuleException refused) { return refused.Message; }
    }
}
