using System.Text.Json;
using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Features.Governance.Minutes;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Features.Governance.Papers;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.Governance.Pack;

/// <summary>
/// Gathers a meeting's pack: agenda, minutes of the last meeting, the action log, the published
/// scorecard, the working-group reports on the agenda, the papers' cover sheets and the youth groups' reports. The public pack leaves out
/// every confidential item and paper; the restricted pack has them all and says so on every page.
/// The scorecard is always the suppressed copy: the pack goes to members.
/// </summary>
public sealed class BoardPackBuilder(HubDbContext db, TimeProvider clock, IOptions<HubOptions> hub, Strategy.WorkingGroupReportBuilder workingGroups)
{
    public async Task<PackDocument?> BuildAsync(int meetingId, bool restricted, CancellationToken cancellationToken)
    {
        if (await db.Meetings.AsNoTracking().Include(m => m.Items).SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken) is not { } meeting) return null;
        var previous = await db.Meetings.AsNoTracking().Where(m => m.Date < meeting.Date).OrderByDescending(m => m.Date).Select(m => (int?)m.Id).FirstOrDefaultAsync(cancellationToken);
        var papers = await db.ReportRequests.AsNoTracking().Where(r => r.MeetingId == meetingId && (restricted || !r.Confidential))
            .Select(PaperRequests.WithoutContent).OrderBy(r => r.Title).ToListAsync(cancellationToken);
        await PaperPledge.DescribeInPlaceAsync(db, papers, cancellationToken);
        var sections = new List<PackSection>
        {
            Agenda(meeting, restricted),
            previous is { } id && await MinutesView.LoadAsync(db, id, restricted, cancellationToken) is { } minutes ? Minutes(minutes) : new PackSection("Minutes of the last meeting", [new PackParagraph("This is the board's first meeting in the Hub: there are no earlier minutes.")]),
            await ActionLogAsync(restricted, cancellationToken),
            await ScorecardAsync(meeting, cancellationToken),
            CoverSheets("Papers", papers.Where(p => !p.FromYouthGroup).ToList(), meeting),
            await YouthGroupsAsync(papers.Where(p => p.FromYouthGroup).ToList(), meeting, cancellationToken),
        };
        // Working-group reports come after the scorecard, only for meetings that have one on the agenda.
        if (await WorkingGroupsAsync(meeting, restricted, cancellationToken) is { } groups) sections.Insert(4, groups);
        var title = $"Corporate Parenting Board, {DateDisplay.Long(meeting.Date)}";
        var subtitle = $"{hub.Value.CouncilName}\nBoard pack{(restricted ? " (restricted)" : "")}\n{DateDisplay.Time(meeting.StartTime)}, {meeting.Place}{(meeting.Theme is null ? "" : $"\nTheme: {meeting.Theme}")}";
        if (await SurveyResultsAsync(meeting, cancellationToken) is { } surveys) sections.Add(surveys);
        if (await LocalOffer.Uptake.OfferAtAGlance.BuildAsync(db, meeting.Date, cancellationToken) is { } offer) sections.Add(offer);
        return new PackDocument(title, subtitle, restricted, sections);
    }

    /// <summary>
    /// A supplementary pack: the cover sheets of the papers that arrived after the pack (or the last
    /// supplementary pack) was issued, numbered 1, 2... for the same meeting.
    /// </summary>
    public async Task<PackDocument?> BuildSupplementaryAsync(int meetingId, int number, IReadOnlySet<int> paperIds, bool restricted, CancellationToken cancellationToken)
    {
        if (await db.Meetings.AsNoTracking().Include(m => m.Items).SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken) is not { } meeting) return null;
        var papers = (await db.ReportRequests.AsNoTracking().Where(r => r.MeetingId == meetingId && (restricted || !r.Confidential))
            .Select(PaperRequests.WithoutContent).OrderBy(r => r.Title).ToListAsync(cancellationToken)).Where(p => paperIds.Contains(p.Id)).ToList();
        await PaperPledge.DescribeInPlaceAsync(db, papers, cancellationToken);
        var title = $"Corporate Parenting Board, {DateDisplay.Long(meeting.Date)}";
        var subtitle = $"{hub.Value.CouncilName}\nSupplementary pack {number}{(restricted ? " (restricted)" : "")}\nPapers received after the board pack was issued";
        return new PackDocument(title, subtitle, restricted,
        [
            CoverSheets("Papers", papers.Where(p => !p.FromYouthGroup).ToList(), meeting),
            await YouthGroupsAsync(papers.Where(p => p.FromYouthGroup).ToList(), meeting, cancellationToken),
        ]);
    }

    private static PackSection Agenda(Meeting meeting, bool restricted)
    {
        var rows = meeting.Items.Where(i => restricted || !i.Confidential).OrderBy(i => i.Order)
            .Select((i, n) => (IReadOnlyList<string>)[(n + 1).ToString(), i.Title + (i.Confidential ? " (confidential)" : ""), i.Presenter ?? "", i.Purpose.ToString().ToLowerInvariant()]).ToList();
        return new PackSection("Agenda", [
            new PackParagraph($"{DateDisplay.Long(meeting.Date)} at {DateDisplay.Time(meeting.StartTime)}, {meeting.Place}{(meeting.OnlineLink is null ? "" : " and online")}."),
            new PackTable("Agenda items in order", ["Item", "Title", "Presenter", "For"], rows, new HashSet<int> { 0 }),
        ]);
    }

    private static PackSection Minutes(MinutesView view)
    {
        var m = view.Meeting;
        var blocks = new List<PackBlock>
        {
            new PackParagraph($"Meeting on {DateDisplay.Long(m.Date)}. " + (view.IsApproved
                ? $"Approved by {m.MinutesApprovedBy} on {DateDisplay.Long(m.MinutesApprovedAtUtc!.Value)}."
                : "Draft: for the board to approve at this meeting.")),
        };
        if (view.Attendance.Count > 0)
            blocks.Add(new PackKeyValues(view.Attendance.GroupBy(a => a.Attendance.Status).OrderBy(g => g.Key)
                .Select(g => (DisplayWords.Of(g.Key), string.Join(", ", g.Select(a => a.Member.Name + (a.Attendance.SubstituteName is { } s ? $" (represented by {s})" : ""))))).ToList()));
        foreach (var (item, number) in view.Items.Select((item, i) => (item, i + 1)))
        {
            blocks.Add(new PackSubheading($"{number}. {item.Title}"));
            blocks.Add(new PackParagraph(item.Minutes ?? "No minutes recorded."));
            blocks.AddRange(view.Resolutions.Where(r => r.AgendaItemId == item.Id).Select(r => new PackParagraph($"Resolved {r.Reference}: {r.Text}")));
        }
        return new PackSection("Minutes of the last meeting", blocks);
    }

    private async Task<PackSection> ActionLogAsync(bool restricted, CancellationToken cancellationToken)
    {
        var today = clock.UkToday();
        var open = (await db.BoardActions.AsNoTracking().Where(a => (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress) && (restricted || !a.Confidential)).ToListAsync(cancellationToken))
            .OrderByDescending(a => a.IsOverdueOn(today)).ThenBy(a => a.DueDate).ToList();
        var rows = open.Select(a => (IReadOnlyList<string>)[a.Description, a.Owner,
            DateDisplay.Long(a.DueDate) + (a.DueDate != a.OriginalDueDate ? $" (first due {DateDisplay.Long(a.OriginalDueDate)})" : ""),
            a.IsOverdueOn(today) ? "Overdue" : DisplayWords.Of(a.Status)]).ToList();
        return new PackSection("Action log", rows.Count == 0
            ? [new PackParagraph("No open actions.")]
            : [new PackParagraph($"{open.Count} open actions, {open.Count(a => a.IsOverdueOn(today))} overdue (shown first)."), new PackTable("Open actions", ["Action", "Owner", "Due", "Status"], rows)]);
    }

    private async Task<PackSection> ScorecardAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        const string heading = "Performance scorecard";
        var published = await db.PublishedScorecards.AsNoTracking().Where(p => p.MeetingDate == meeting.Date).OrderByDescending(p => p.PublishedAtUtc).FirstOrDefaultAsync(cancellationToken);
        if (published is null) return new PackSection(heading, [new PackParagraph("No scorecard has been published for this meeting.")]);
        var card = JsonSerializer.Deserialize<Performance.Scorecard.Scorecard>(published.Suppressed)!;
        var rows = card.Lines.Select(l => (IReadOnlyList<string>)[l.Name, l.This.Text, l.Last?.Text ?? "", l.England, l.Target, l.RagLabel]).ToList();
        return new PackSection(heading, [
            new PackParagraph($"{published.Title}, published {DateDisplay.Long(published.PublishedAtUtc)}. Small numbers are shown as \"c\"."),
            new PackTable($"Indicators, {card.Year - 1}-{card.Year % 100:00}", ["Indicator", "This year", "Last year", "England", "Target", "Rating"], rows, new HashSet<int> { 1, 2, 3, 4 }),
        ]);
    }

    private async Task<PackSection?> WorkingGroupsAsync(Meeting meeting, bool restricted, CancellationToken cancellationToken)
    {
        var reports = new List<Strategy.WorkingGroupReport>();
        foreach (var item in meeting.Items.Where(i => i.PriorityId is not null && (restricted || !i.Confidential)).OrderBy(i => i.Order))
            if (await workingGroups.BuildAsync(item.PriorityId!.Value, cancellationToken, meeting.Date) is { } report) reports.Add(report);
        return reports.Count == 0 ? null : Strategy.WorkingGroupPackSection.From(reports);
    }

    private PackSection CoverSheets(string heading, IReadOnlyList<ReportRequest> papers, Meeting meeting)
    {
        var today = clock.UkToday();
        if (papers.Count == 0) return new PackSection(heading, [new PackParagraph("None for this meeting.")]);
        var blocks = new List<PackBlock>();
        foreach (var p in papers)
        {
            blocks.Add(new PackSubheading(p.Title + (p.Confidential ? " (confidential)" : "")));
            blocks.Add(p.IsReceived
                ? new PackKeyValues([("Owner", p.Owner), ("Summary", p.Summary!), ("The board is asked to", p.AskOfBoard!), ("The Pledge", p.PledgeContribution!),
                    ("Children's involvement and views", p.ChildrenInvolvement!), ("Paper", p.FileName!)])
                : Presented(p, meeting) ? new PackParagraph($"Presented at the meeting by {p.Owner} (see the minutes); no paper was sent through the Hub.")
                : new PackParagraph($"Not received by {DateDisplay.Long(today)}: it was due from {p.Owner} on {DateDisplay.Long(p.DueDate)}. A paper that arrives later goes out in a supplementary pack."));
        }
        return new PackSection(heading, blocks);
    }

    /// <summary>
    /// Youth groups' reports written on the Hub's form are printed in the group's own words (ADR 24): what they talked
    /// about, what they want the board to know, their questions (with the board's answers once recorded). Other
    /// youth groups' papers keep their cover sheets.
    /// </summary>
    private async Task<PackSection> YouthGroupsAsync(IReadOnlyList<ReportRequest> papers, Meeting meeting, CancellationToken cancellationToken)
    {
        const string heading = "Youth groups' reports";
        var ids = papers.Select(p => p.Id).ToList();
        var reports = await db.YouthGroupReports.AsNoTracking().Include(r => r.YouthGroup).Include(r => r.Questions)
            .Where(r => r.Status == Data.Voice.YouthReportStatus.Submitted && r.ReportRequestId != null && ids.Contains(r.ReportRequestId.Value)).ToListAsync(cancellationToken);
        var written = reports.Select(r => r.ReportRequestId!.Value).ToHashSet();
        var others = papers.Where(p => !written.Contains(p.Id)).ToList();
        if (reports.Count == 0) return CoverSheets(heading, others, meeting);
        var blocks = new List<PackBlock>();
        foreach (var report in reports.OrderBy(r => r.YouthGroup!.Name, StringComparer.Ordinal))
        {
            blocks.Add(new PackSubheading($"{report.YouthGroup!.Name} ({Voice.YouthGroups.YouthGroupWords.Ages(report.YouthGroup)})"));
            blocks.Add(new PackKeyValues([("What we talked about", report.TalkedAbout ?? ""), ("What we want the board to know", report.WantBoardToKnow ?? "")]));
            blocks.Add(new PackParagraph("Our questions for the board:"));
            blocks.Add(report.Questions.Count == 0 ? new PackParagraph("No questions this time.") : new PackBullets(report.Questions.OrderBy(q => q.Order)
                .Select(q => q.Text + (q.BoardAnswer is null ? "" : $" The board's answer ({q.AnsweredBy}): {q.BoardAnswer}")).ToList()));
        }
        if (others.Count > 0) blocks.AddRange(CoverSheets(heading, others, meeting).Blocks);
        return new PackSection(heading, blocks);
    }

    /// <summary>A paper whose agenda item has minutes was presented: the pack must not call it "not received".</summary>
    private static bool Presented(ReportRequest paper, Meeting meeting) =>
        paper.AgendaItemId is { } itemId && meeting.Items.FirstOrDefault(i => i.Id == itemId)?.Minutes is not null;
    /// <summary>
    /// "Survey results": each survey the participation officer put in this meeting's pack, with the same protected
    /// figures the board's results page shows (every pack gets them: no reader sees survey figures unsuppressed, ADR 23)
    /// and only approved themes and redacted comments.
    /// </summary>
    private async Task<PackSection?> SurveyResultsAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var ids = await db.Surveys.AsNoTracking().Where(s => s.PackMeetingId == meeting.Id).OrderBy(s => s.OpensOn).Select(s => s.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0) return null;
        var results = new Voice.Results.SurveyResults(db);
        var blocks = new List<PackBlock>();
        foreach (var id in ids)
        {
            if (await results.ForSurveyAsync(id, cancellationToken) is not { } table) continue;
            blocks.AddRange(Voice.Results.SurveyResultsPack.Blocks(table, await Voice.Results.SurveyComments.ApprovedAsync(db, id, cancellationToken)));
        }
        return new PackSection("Survey results", blocks);
    }
}
