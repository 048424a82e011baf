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
/// The board officer records the board's answer to each of a group's questions and who gave it, from the day of the
/// meeting until its minutes are approved.
/// </summary>
[Authorize(Policy = Capability.ManageBoard)]
public sealed class AnswersModel(HubDbContext db, TimeProvider clock, IOptions<GovernanceOptions> governance) : PageModel
{
    public sealed class AnswerInput
    {
        public int QuestionId { get; set; }
        public string? Answer { get; set; }
        public string? AnsweredBy { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public List<AnswerInput> Answers { get; set; } = [];
    public YouthGroupReport Report { get; private set; } = null!;
    public Meeting Meeting { get; private set; } = null!;
    public string? Refusal { get; private set; }

    private YouthReports Rules => new(db, clock, governance.Value.PaperDeadlineDays);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        Answers = Report.Questions.OrderBy(q => q.Order).Select(q => new AnswerInput { QuestionId = q.Id, Answer = q.BoardAnswer, AnsweredBy = q.AnsweredBy }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        for (var i = 0; i < Answers.Count; i++)
            if (!string.IsNullOrWhiteSpace(Answers[i].Answer) && string.IsNullOrWhiteSpace(Answers[i].AnsweredBy))
                ModelState.AddModelError($"Answers[{i}].AnsweredBy", $"Enter who answered question {i + 1}");
        if (!ModelState.IsValid) return Page();
        try
        {
            await Rules.RecordAnswersAsync(Id, Answers.ToDictionary(a => a.QuestionId, a => (a.Answer, a.AnsweredBy)), cancellationToken);
        }
        catch (MeetingRuleException refused)
        {
            ModelState.AddModelError(Answers.Count == 0 ? "Answers" : "Answers[0].Answer", refused.Message);
            return Page();
        }
        TempData["Saved"] = "The board's answers are saved";
        return Redirect($"/Voice/YouthGroups/Report/{Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.YouthGroupReports.AsNoTracking().Include(r => r.YouthGroup).Include(r => r.Questions).SingleOrDefaultAsync(r => r.Id == Id, cancellationToken) is not { } report) return false;
        Report = report;
        Meeting = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == report.MeetingId, cancellationToken);
        try { Rules.EnsureCanAnswer(Meeting, Report); }
        catch (MeetingRuleException refused) { Refusal = refused.Message; }
        return true;
    }
}

public sealed class BoardAnswerChecks : FormValidator<AnswersModel>
{
    public BoardAnswerChecks(HubDbContext db)
    {
        RuleForEach(p => p.Answers).ChildRules(a =>
        {
            a.RuleFor(x => x.Answer).Fits("The answer", db.MaxLength<YouthGroupQuestion>(q => q.BoardAnswer));
            a.RuleFor(x => x.AnsweredBy).Fits("Who answered", db.MaxLength<YouthGroupQuestion>(q => q.AnsweredBy));
        });
    }
}
