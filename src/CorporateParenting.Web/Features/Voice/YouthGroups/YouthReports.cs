using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Voice.YouthGroups;

/// <summary>What a group wrote on its report form: blank questions are left out.</summary>
public sealed record YouthReportText(string? TalkedAbout, string? WantBoardToKnow, IReadOnlyList<string?> Questions)
{
    public IReadOnlyList<string> AskedQuestions => Questions.Select(q => q.TrimmedOrNull()).OfType<string>().ToList();
}

/// <summary>
/// The rules of a youth group's report to a board meeting (ADR 24), in one place for pages, the demo and tests.
/// Each refusal is a <see cref="MeetingRuleException"/> whose message is written for the user; nothing is saved.
/// A report is written and sent before the meeting; on sending it becomes the group's paper on the meeting's
/// youth groups' standing item, so the agenda, the papers list and the pack carry it. The board's answers are
/// recorded from the day of the meeting until its minutes are approved, when the record freezes.
/// </summary>
public sealed class YouthReports(HubDbContext db, TimeProvider clock, int paperDeadlineDays = 10)
{
    /// <summary>The form offers this many question boxes; a group uses as many as it needs.</summary>
    public const int QuestionBoxes = 5;

    /// <summary>Saves the group's report as a draft, or sends it to the board (<paramref name="submit"/>).</summary>
    public async Task<YouthGroupReport> SaveAsync(int groupId, int meetingId, YouthReportText text, bool submit, string by, CancellationToken cancellationToken)
    {
        var group = await db.YouthGroups.SingleAsync(g => g.Id == groupId, cancellationToken);
        var meeting = await db.Meetings.Include(m => m.Items).SingleAsync(m => m.Id == meetingId, cancellationToken);
        var report = await db.YouthGroupReports.Include(r => r.Questions).SingleOrDefaultAsync(r => r.YouthGroupId == groupId && r.MeetingId == meetingId, cancellationToken);
        EnsureCanWrite(meeting, report);
        if (!group.Active) throw new MeetingRuleException($"{group.Name} is not active: make it active again before writing its report");
        var questions = text.AskedQuestions;
        if (submit && (text.TalkedAbout.TrimmedOrNull() is null || text.WantBoardToKnow.TrimmedOrNull() is null))
            throw new MeetingRuleException("Write what you talked about and what you want the board to know before you send the report");
        if (report?.Status == YouthReportStatus.Submitted && !submit)
            throw new MeetingRuleException("This report has been sent to the board: send it again to change it");

        if (report is null)
        {
            report = new YouthGroupReport { YouthGroupId = groupId, MeetingId = meetingId };
            db.YouthGroupReports.Add(report);
        }
        report.TalkedAbout = text.TalkedAbout.TrimmedOrNull();
        report.WantBoardToKnow = text.WantBoardToKnow.TrimmedOrNull();
        db.YouthGroupQuestions.RemoveRange(report.Questions);
        report.Questions = questions.Select((q, i) => new YouthGroupQuestion { Order = i + 1, Text = q }).ToList();
        if (submit)
        {
            report.Status = YouthReportStatus.Submitted;
            report.SubmittedBy = by;
            report.SubmittedAtUtc = clock.GetUtcNow().UtcDateTime;
            await PlaceOnAgendaAsync(report, group, meeting, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    /// <summary>Approved minutes freeze the meeting's record; a held meeting has heard its reports; answered questions stay as asked.</summary>
    public void EnsureCanWrite(Meeting meeting, YouthGroupReport? report)
    {
        meeting.EnsureNotApproved("youth groups' reports");
        if (meeting.Date < clock.UkToday())
            throw new MeetingRuleException($"The board met on {meeting.DateText}: the reports it heard can no longer change");
        if (report?.Questions.Any(q => q.BoardAnswer is not null) == true)
            throw new MeetingRuleException("The board has answered this report's questions: it can no longer change");
    }

    /// <summary>
    /// The board's answers, by question id (a blank answer leaves the question unanswered), with who answered.
    /// From the day of the meeting, until its minutes are approved.
    /// </summary>
    public async Task RecordAnswersAsync(int reportId, IReadOnlyDictionary<int, (string? Answer, string? AnsweredBy)> answers, CancellationToken cancellationToken)
    {
        var report = await db.YouthGroupReports.Include(r => r.Questions).SingleAsync(r => r.Id == reportId, cancellationToken);
        var meeting = await db.Meetings.SingleAsync(m => m.Id == report.MeetingId, cancellationToken);
        EnsureCanAnswer(meeting, report);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var question in report.Questions)
        {
            if (!answers.TryGetValue(question.Id, out var given)) continue;
            var (answer, by) = (given.Answer.TrimmedOrNull(), given.AnsweredBy.TrimmedOrNull());
            if (answer is not null && by is null)
                throw new MeetingRuleException($"Enter who answered question {question.Order}");
            if (answer == question.BoardAnswer && by == question.AnsweredBy) continue;
            (question.BoardAnswer, question.AnsweredBy, question.AnsweredAtUtc) = answer is null ? ((string?)null, (string?)null, (DateTime?)null) : (answer, by, now);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public void EnsureCanAnswer(Meeting meeting, YouthGroupReport report)
    {
        meeting.EnsureNotApproved("answers to the youth groups' questions");
        if (report.Status != YouthReportStatus.Submitted) throw new MeetingRuleException("This report has not been sent to the board yet");
        if (meeting.Date > clock.UkToday()) throw new MeetingRuleException($"The board's answers are recorded from the day of the meeting, {meeting.DateText}");
    }

    /// <summary>
    /// An answered question becomes a "You said, we did" entry in one step: what the group asked, what the board
    /// answered, linked to the question. Asking twice gives the same entry.
    /// </summary>
    public async Task<YouSaidEntry> ToLogEntryAsync(int questionId, CancellationToken cancellationToken)
    {
        if (await db.YouSaidEntries.SingleOrDefaultAsync(e => e.YouthGroupQuestionId == questionId, cancellationToken) is { } existing) return existing;
        var question = await db.YouthGroupQuestions.SingleAsync(q => q.Id == questionId, cancellationToken);
        if (question.BoardAnswer is null) throw new MeetingRuleException("Record the board's answer before adding the question to \"You said, we did\"");
        var report = await db.YouthGroupReports.Include(r => r.YouthGroup).SingleAsync(r => r.Id == question.ReportId, cancellationToken);
        var meetingDate = await db.Meetings.Where(m => m.Id == report.MeetingId).Select(m => m.Date).SingleAsync(cancellationToken);
        var entry = FromQuestion(question, report, meetingDate);
        db.YouSaidEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    public static YouSaidEntry FromQuestion(YouthGroupQuestion question, YouthGroupReport report, DateOnly meetingDate) => new()
    {
        RaisedOn = meetingDate, Source = VoiceSource.YouthGroupQuestion, YouthGroupReportId = report.Id, YouthGroupQuestionId = question.Id,
        YouSaid = $"{report.YouthGroup!.Name} asked the board: {question.Text}",
        WeDid = $"The board answered ({question.AnsweredBy}): {question.BoardAnswer}", Status = YouSaidStatus.Open,
    };

    /// <summary>
    /// The report becomes the group's paper for the meeting: the youth-group paper already asked of it (its title or
    /// owner names the group), or a new one on the youth groups' standing item. Received now, with the report as its
    /// cover sheet and a Word copy as its file, so every list of papers and the pack show it.
    /// </summary>
    private async Task PlaceOnAgendaAsync(YouthGroupReport report, YouthGroup group, Meeting meeting, CancellationToken cancellationToken)
    {
        var paper = report.ReportRequestId is { } id ? await db.ReportRequests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) : null;
        if (paper is null)
        {
            var taken = await db.YouthGroupReports.Where(r => r.ReportRequestId != null && r.Id != report.Id).Select(r => r.ReportRequestId!.Value).ToListAsync(cancellationToken);
            var candidates = await db.ReportRequests.Where(r => r.MeetingId == meeting.Id && r.FromYouthGroup && !taken.Contains(r.Id)).ToListAsync(cancellationToken);
            paper = candidates.FirstOrDefault(r => Names(r, group));
        }
        if (paper is null)
        {
            paper = new ReportRequest
            {
                MeetingId = meeting.Id, Title = $"{group.Name} report", Owner = group.Name, FromYouthGroup = true,
                AgendaItemId = StandingItem(meeting)?.Id, DueDate = meeting.Date.AddDays(-paperDeadlineDays),
            };
            db.ReportRequests.Add(paper);
        }
        Fill(paper, report, group, clock.GetUtcNow().UtcDateTime);
        if (report.ReportRequestId is null) report.ReportRequestId = paper.Id == 0 ? null : paper.Id;
        if (paper.Id == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            report.ReportRequestId = paper.Id;
        }
    }

    /// <summary>The youth-group paper a group's report answers: its title or owner names the group.</summary>
    public static bool Names(ReportRequest paper, YouthGroup group) =>
        paper.Title.Contains(group.Name, StringComparison.OrdinalIgnoreCase) || paper.Owner.Equals(group.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The agenda's standing item for the youth groups ("Youth groups' reports" by default).</summary>
    public static AgendaItem? StandingItem(Meeting meeting) =>
        meeting.Items.Where(i => i.IsStanding && i.Title.Contains("youth group", StringComparison.OrdinalIgnoreCase)).OrderBy(i => i.Order).FirstOrDefault()
        ?? meeting.Items.Where(i => i.Title.Contains("youth group", StringComparison.OrdinalIgnoreCase)).OrderBy(i => i.Order).FirstOrDefault();

    /// <summary>The paper's cover sheet, in the group's words, and a Word copy of the report as its file.</summary>
    public static void Fill(ReportRequest paper, YouthGroupReport report, YouthGroup group, DateTime receivedAtUtc)
    {
        var questions = report.Questions.OrderBy(q => q.Order).Select(q => $"{q.Order}. {q.Text}").ToList();
        paper.Summary = Cut(report.TalkedAbout ?? "");
        paper.AskOfBoard = Cut(questions.Count == 0 ? "Hear what the young people want the board to know." : "Answer the young people's questions:\n" + string.Join("\n", questions));
        paper.PledgeContribution = "The Pledge promises that young people are listened to: this is the group's own report, in their words.";
        paper.ChildrenInvolvement = Cut($"Written by the young people of {group.Name}. What they want the board to know: {report.WantBoardToKnow}");
        paper.FileName = $"{Slug(group.Name)}-report.docx";
        paper.ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        paper.Content = YouthReportDocument.Word(group.Name, report);
        paper.ReceivedAtUtc = receivedAtUtc;
        paper.SubmittedBy = report.SubmittedBy;
    }

    private static string Cut(string text) => text.Length <= 4000 ? text : text[..3999] + "…";

    private static string Slug(string name) =>
        string.Concat(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')).Trim('-').Replace("--", "-", StringComparison.Ordinal);
}
