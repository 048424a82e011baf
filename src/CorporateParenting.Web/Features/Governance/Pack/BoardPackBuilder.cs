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
/// Gathers a meeting's pack the way a committee clerk's agenda pack reads (ADR 37): a front sheet (membership,
/// clerk, publication date), the agenda (apologies, declarations of interest, each item with the page its
/// papers start on), then each item's papers in agenda order: minutes of the last meeting, the action log,
/// the published scorecard, the working-group reports, each received paper's cover sheet followed by the
/// paper itself, the youth groups' reports. An item with nothing to print (no scorecard published, a paper
/// not in yet) is its one line on the agenda, never a page. The public pack leaves out every confidential
/// item and paper; the restricted pack has them all and says so on every page. The scorecard is always the
/// suppressed copy: the pack goes to members.
/// </summary>
public sealed class BoardPackBuilder(HubDbContext db, TimeProvider clock, IOptions<HubOptions> hub, IOptions<GovernanceOptions> governance, Strategy.WorkingGroupReportBuilder workingGroups)
{
    public const string AgendaHeading = "Agenda";

    /// <param name="publishedAtUtc">When the pack is issued; a draft says it is not yet published.</param>
    public async Task<PackDocument?> BuildAsync(int meetingId, bool restricted, CancellationToken cancellationToken, DateTime? publishedAtUtc = null)
    {
        if (await db.Meetings.AsNoTracking().Include(m => m.Items).SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken) is not { } meeting) return null;
        var previous = await db.Meetings.AsNoTracking().Where(m => m.Date < meeting.Date).OrderByDescending(m => m.Date).Select(m => (int?)m.Id).FirstOrDefaultAsync(cancellationToken);
        var papers = await db.ReportRequests.AsNoTracking().Where(r => r.MeetingId == meetingId && (restricted || !r.Confidential))
            .Select(PaperRequests.WithoutContent).OrderBy(r => r.Title).ToListAsync(cancellationToken);
        await PaperPledge.DescribeInPlaceAsync(db, papers, cancellationToken);
        var youth = await YouthGroupsAsync(papers.Where(p => p.FromYouthGroup).ToList(), cancellationToken);
        var paperSections = await PaperSectionsAsync(papers.Where(p => p.IsReceived && !youth.Written.Contains(p.Id)).ToList(), cancellationToken);

        // What each kind of standing item prints; null when there is nothing to print (said on the agenda instead).
        var minutes = previous is { } id && await MinutesView.LoadAsync(db, id, restricted, cancellationToken) is { } view ? Minutes(view) : null;
        var standing = new List<(Func<AgendaItem, bool> Matches, PackSection? Section, string Absent)>
        {
            (i => i.Title.StartsWith("Minutes", StringComparison.OrdinalIgnoreCase), minutes, "This is the board's first meeting in the Hub: there are no earlier minutes."),
            (i => i.Title.Contains("action log", StringComparison.OrdinalIgnoreCase), await ActionLogAsync(restricted, cancellationToken), "No open actions."),
            (i => i.Title.Contains("scorecard", StringComparison.OrdinalIgnoreCase), await ScorecardAsync(meeting, cancellationToken), "No scorecard has been published for this meeting."),
            (i => i.Title.Contains("youth group", StringComparison.OrdinalIgnoreCase), youth.Section, "No youth group has sent a report for this meeting."),
        };
        var groups = await WorkingGroupsAsync(meeting, restricted, cancellationToken);

        var sections = new List<PackSection>();
        var lines = new List<AgendaLine>
        {
            new("1", "Apologies for absence", await ApologiesAsync(meeting, cancellationToken), null),
            new("2", "Declarations of interest", "Members declare any interest in an item on this agenda.", null),
        };
        PackSection? Place(PackSection? section)
        {
            if (section is not null && !sections.Contains(section)) sections.Add(section);
            return section;
        }
        foreach (var item in meeting.Items.Where(i => restricted || !i.Confidential).OrderBy(i => i.Order))
        {
            var detail = string.Join(" · ", new[] { item.Presenter, $"For {item.Purpose.ToString().ToLowerInvariant()}" }.Where(x => !string.IsNullOrEmpty(x)));
            var itemPapers = papers.Where(p => p.AgendaItemId == item.Id).ToList();
            PackSection? section = null;
            string? absent = null;
            if (itemPapers.Count > 0)
            {
                var printed = itemPapers.Select(p => paperSections.GetValueOrDefault(p.Id) ?? (youth.Written.Contains(p.Id) ? youth.Section : null)).OfType<PackSection>().ToList();
                foreach (var s in printed) Place(s);
                section = printed.FirstOrDefault();
                absent = string.Join(" ", itemPapers.Where(p => !p.IsReceived).Select(p => NotIn(p, meeting)));
            }
            else if (item.PriorityId is not null && groups is not null) section = Place(groups);
            else if (standing.FirstOrDefault(s => s.Matches(item)) is { Matches: not null } kind)
            {
                section = Place(kind.Section);
                if (section is null) absent = kind.Absent;
            }
            lines.Add(new AgendaLine((lines.Count + 1).ToString(), item.Title + (item.Confidential ? " (confidential)" : ""),
                string.IsNullOrEmpty(absent) ? detail : $"{detail}. {absent}", section?.Heading));
        }
        // A paper asked for without an agenda item and not in yet is still a line, so the agenda says it is awaited.
        foreach (var paper in papers.Where(p => !p.IsReceived && (p.AgendaItemId is null || meeting.Items.All(i => i.Id != p.AgendaItemId))))
            lines.Add(new AgendaLine((lines.Count + 1).ToString(), paper.Title + (paper.Confidential ? " (confidential)" : ""), NotIn(paper, meeting), null));
        // What the pack carries that no agenda item asked for (a paper without an item, survey results, the Local Offer) comes last, still on the agenda.
        var extras = new List<PackSection?> { minutes, standing[1].Section, standing[2].Section, groups };
        extras.AddRange(paperSections.Values);
        extras.Add(youth.Section);
        extras.Add(await SurveyResultsAsync(meeting, cancellationToken));
        extras.Add(await LocalOffer.Uptake.OfferAtAGlance.BuildAsync(db, meeting.Date, cancellationToken));
        foreach (var extra in extras.OfType<PackSection>().Where(e => !sections.Contains(e)).Distinct().ToList())
        {
            Place(extra);
            lines.Add(new AgendaLine((lines.Count + 1).ToString(), extra.Heading, "For information", extra.Heading));
        }
        sections.Insert(0, new PackSection(AgendaHeading, [
            new PackParagraph($"{DateDisplay.Long(meeting.Date)} at {DateDisplay.Time(meeting.StartTime)}, {meeting.Place}{(meeting.OnlineLink is null ? "" : " and online")}."),
            new PackAgenda(lines),
        ]));

        var title = $"Corporate Parenting Board, {DateDisplay.Long(meeting.Date)}";
        var subtitle = $"{hub.Value.CouncilName}\nBoard pack{(restricted ? " (restricted)" : "")}\n{DateDisplay.Time(meeting.StartTime)}, {meeting.Place}{(meeting.Theme is null ? "" : $"\nTheme: {meeting.Theme}")}";
        return new PackDocument(title, subtitle, restricted, Unique(sections), await FrontSheetAsync(meeting, publishedAtUtc, cancellationToken));
    }

    /// <summary>
    /// A supplementary pack: the papers that arrived after the pack (or the last supplementary pack) was
    /// issued, each cover sheet followed by its paper, numbered 1, 2... for the same meeting.
    /// </summary>
    public async Task<PackDocument?> BuildSupplementaryAsync(int meetingId, int number, IReadOnlySet<int> paperIds, bool restricted, CancellationToken cancellationToken, DateTime? publishedAtUtc = null)
    {
        if (await db.Meetings.AsNoTracking().Include(m => m.Items).SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken) is not { } meeting) return null;
        var papers = (await db.ReportRequests.AsNoTracking().Where(r => r.MeetingId == meetingId && (restricted || !r.Confidential))
            .Select(PaperRequests.WithoutContent).OrderBy(r => r.Title).ToListAsync(cancellationToken)).Where(p => paperIds.Contains(p.Id)).ToList();
        await PaperPledge.DescribeInPlaceAsync(db, papers, cancellationToken);
        var youth = await YouthGroupsAsync(papers.Where(p => p.FromYouthGroup).ToList(), cancellationToken);
        var sections = (await PaperSectionsAsync(papers.Where(p => p.IsReceived && !youth.Written.Contains(p.Id)).ToList(), cancellationToken)).Values.ToList();
        if (youth.Section is { } written) sections.Add(written);
        var title = $"Corporate Parenting Board, {DateDisplay.Long(meeting.Date)}";
        var subtitle = $"{hub.Value.CouncilName}\nSupplementary pack {number}{(restricted ? " (restricted)" : "")}\nPapers received after the board pack was issued";
        return new PackDocument(title, subtitle, restricted, Unique(sections), [Published(publishedAtUtc)]);
    }

    /// <summary>The front sheet: who sits on the board on the day, who to contact, and when the pack was published.</summary>
    private async Task<IReadOnlyList<PackBlock>> FrontSheetAsync(Meeting meeting, DateTime? publishedAtUtc, CancellationToken cancellationToken)
    {
        var members = (await db.BoardMembers.AsNoTracking().ToListAsync(cancellationToken)).Where(m => m.IsCurrentOn(meeting.Date))
            .OrderBy(m => m.Role switch { BoardRole.Chair => 0, BoardRole.ViceChair => 1, _ => 2 }).ThenBy(m => m.Category).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
        var clerk = governance.Value.Clerk;
        var clerkName = clerk.Name ?? members.FirstOrDefault(m => m.Role == BoardRole.SupportOfficer)?.Name ?? "The board's support officer";
        var contact = string.Join(", ", new[] { clerkName, clerk.Email, clerk.Telephone }.Where(x => !string.IsNullOrWhiteSpace(x)));
        return
        [
            new PackTable("Membership", ["Member", "Role", "Representing"],
                members.Select(m => (IReadOnlyList<string>)[m.Name, m.Role is BoardRole.Member ? DisplayWords.Of(m.Category) : DisplayWords.Of(m.Role), m.Organisation]).ToList()),
            new PackKeyValues([("Clerk to the board", contact), Published(publishedAtUtc).Pairs[0]]),
        ];
    }

    private PackKeyValues Published(DateTime? publishedAtUtc) => new([("Date of publication", publishedAtUtc is { } on
        ? DateDisplay.Long(on)
        : $"Not yet published: a draft made on {DateDisplay.Long(clock.UkToday())}")]);

    /// <summary>Apologies already sent for the meeting (recorded as attendance before the day), for the agenda's first line.</summary>
    private async Task<string> ApologiesAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var names = await db.Attendances.AsNoTracking().Where(a => a.MeetingId == meeting.Id && a.Status == AttendanceStatus.Apologies)
            .Join(db.BoardMembers, a => a.BoardMemberId, m => m.Id, (a, m) => m.Name).ToListAsync(cancellationToken);
        return names.Count == 0 ? "To receive apologies and note substitutes." : $"Apologies received from {string.Join(", ", names.Order(StringComparer.Ordinal))}.";
    }

    /// <summary>Two sections of the same heading would share a contents entry and a page reference: the later one is numbered.</summary>
    private static List<PackSection> Unique(IEnumerable<PackSection> sections)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        return sections.Select(s =>
        {
            var heading = s.Heading;
            for (var n = 2; !used.Add(heading); n++) heading = $"{s.Heading} ({n})";
            return heading == s.Heading ? s : s with { Heading = heading };
        }).ToList();
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

    private async Task<PackSection?> ActionLogAsync(bool restricted, CancellationToken cancellationToken)
    {
        var today = clock.UkToday();
        var open = (await db.BoardActions.AsNoTracking().Where(a => (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress) && (restricted || !a.Confidential)).ToListAsync(cancellationToken))
            .OrderByDescending(a => a.IsOverdueOn(today)).ThenBy(a => a.DueDate).ToList();
        var rows = open.Select(a => (IReadOnlyList<string>)[a.Description, a.Owner,
            DateDisplay.Long(a.DueDate) + (a.DueDate != a.OriginalDueDate ? $" (first due {DateDisplay.Long(a.OriginalDueDate)})" : ""),
            a.IsOverdueOn(today) ? "Overdue" : DisplayWords.Of(a.Status)]).ToList();
        return rows.Count == 0 ? null : new PackSection("Action log", [new PackParagraph($"{open.Count} open actions, {open.Count(a => a.IsOverdueOn(today))} overdue (shown first)."), new PackTable("Open actions", ["Action", "Owner", "Due", "Status"], rows)]);
    }

    private async Task<PackSection?> ScorecardAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        const string heading = "Performance scorecard";
        var published = await db.PublishedScorecards.AsNoTracking().Where(p => p.MeetingDate == meeting.Date).OrderByDescending(p => p.PublishedAtUtc).FirstOrDefaultAsync(cancellationToken);
        if (published is null) return null;
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

    /// <summary>Each received paper: its cover sheet as a section of its own, the paper's file attached to follow it.</summary>
    private async Task<Dictionary<int, PackSection>> PaperSectionsAsync(IReadOnlyList<ReportRequest> papers, CancellationToken cancellationToken)
    {
        var ids = papers.Select(p => p.Id).ToList();
        var files = await db.ReportRequests.AsNoTracking().Where(r => ids.Contains(r.Id) && r.Content != null).Select(r => new { r.Id, r.Content }).ToDictionaryAsync(r => r.Id, r => r.Content!, cancellationToken);
        return papers.ToDictionary(p => p.Id, p => new PackSection(p.Title + (p.Confidential ? " (confidential)" : ""),
            [new PackKeyValues([("Owner", p.Owner), ("Summary", p.Summary!), ("The board is asked to", p.AskOfBoard!), ("The Pledge", p.PledgeContribution!),
                ("Children's involvement and views", p.ChildrenInvolvement!), ("Paper", p.FileName!)])],
            files.TryGetValue(p.Id, out var content) && content.Length > 0 && p.FileName is { } name ? new PackPaper(name, content) : null));
    }

    /// <summary>What the agenda says of a paper not in the pack.</summary>
    private string NotIn(ReportRequest paper, Meeting meeting) => Presented(paper, meeting)
        ? $"Presented at the meeting by {paper.Owner} (see the minutes); no paper was sent through the Hub."
        : $"Not received by {DateDisplay.Long(clock.UkToday())}: it was due from {paper.Owner} on {DateDisplay.Long(paper.DueDate)}. A paper that arrives later goes out in a supplementary pack.";

    /// <summary>
    /// Youth groups' reports written on the Hub's form are printed in the group's own words (ADR 24): what they talked
    /// about, what they want the board to know, their questions (with the board's answers once recorded). Other
    /// youth groups' papers are papers like any other (a cover sheet and the file).
    /// </summary>
    private async Task<(PackSection? Section, IReadOnlySet<int> Written)> YouthGroupsAsync(IReadOnlyList<ReportRequest> papers, CancellationToken cancellationToken)
    {
        const string heading = "Youth groups' reports";
        var ids = papers.Select(p => p.Id).ToList();
        var reports = await db.YouthGroupReports.AsNoTracking().Include(r => r.YouthGroup).Include(r => r.Questions)
            .Where(r => r.Status == Data.Voice.YouthReportStatus.Submitted && r.ReportRequestId != null && ids.Contains(r.ReportRequestId.Value)).ToListAsync(cancellationToken);
        var written = reports.Select(r => r.ReportRequestId!.Value).ToHashSet();
        if (reports.Count == 0) return (null, written);
        var blocks = new List<PackBlock>();
        foreach (var report in reports.OrderBy(r => r.YouthGroup!.Name, StringComparer.Ordinal))
        {
            blocks.Add(new PackSubheading($"{report.YouthGroup!.Name} ({Voice.YouthGroups.YouthGroupWords.Ages(report.YouthGroup)})"));
            blocks.Add(new PackKeyValues([("What we talked about", report.TalkedAbout ?? ""), ("What we want the board to know", report.WantBoardToKnow ?? "")]));
            blocks.Add(new PackParagraph("Our questions for the board:"));
            blocks.Add(report.Questions.Count == 0 ? new PackParagraph("No questions this time.") : new PackBullets(report.Questions.OrderBy(q => q.Order)
                .Select(q => q.Text + (q.BoardAnswer is null ? "" : $" The board's answer ({q.AnsweredBy}): {q.BoardAnswer}")).ToList()));
        }
        return (new PackSection(heading, blocks), written);
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
