using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Features.Voice.Results;
using CorporateParenting.Web.Features.Voice.YouSaid;
using CorporateParenting.Web.Features.Voice.YouthGroups;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.AnnualReports.Sections;

/// <summary>
/// Participation and voice in the year: the youth groups and the reports they sent to board meetings in the year, the
/// surveys that closed in the year with their responses and response rates as the results pages show them to members
/// (already protected by <see cref="SurveyResults"/>), and the "You said, we did" entries raised in the year by status.
/// </summary>
public sealed class VoiceSection(HubDbContext db, SurveyResults surveys) : IAnnualReportSection
{
    public string Key => AnnualReportSectionKeys.Voice;
    public int Order => 70;
    public string Title => "Participation and the voice of children and young people";
    public string NarrativePrompt => "Describe how children and young people shaped the board's work this year, and what changed because of what they said.";

    public async Task<SectionDraft> DraftAsync(ReportYear year, CancellationToken cancellationToken)
    {
        var blocks = new List<DraftBlock>();

        var groups = await db.YouthGroups.AsNoTracking().OrderBy(g => g.MinAge).ThenBy(g => g.Name).ToListAsync(cancellationToken);
        var reports = await (from r in db.YouthGroupReports.AsNoTracking()
                             join m in db.Meetings.AsNoTracking() on r.MeetingId equals m.Id
                             where r.Status == YouthReportStatus.Submitted && m.Date >= year.Start && m.Date <= year.End
                             select r.YouthGroupId).ToListAsync(cancellationToken);
        var groupMeetings = await db.YouthGroupMeetings.AsNoTracking().Where(m => m.Date >= year.Start && m.Date <= year.End)
            .Select(m => m.YouthGroupId).ToListAsync(cancellationToken);
        var groupRows = groups.Where(g => g.Active || reports.Contains(g.Id) || groupMeetings.Contains(g.Id))
            .Select(g => (IReadOnlyList<string>)[g.Name, YouthGroupWords.Ages(g), SectionFigures.Count(groupMeetings.Count(id => id == g.Id)), SectionFigures.Count(reports.Count(id => id == g.Id))]).ToList();
        blocks.Add(new DraftBlock(new PackSubheading("Youth groups")));
        blocks.Add(groupRows.Count == 0 ? SectionFigures.Nothing($"No youth groups met in {year.Label}.")
            : new DraftBlock(new PackTable($"Youth groups and their reports to the board, {year.Label}", ["Group", "Ages", "Meetings held", "Reports to the board"], groupRows, SectionFigures.Numeric(2, 3)),
                new ReportSource("Youth groups", "/Voice/YouthGroups")));

        var closed = await db.Surveys.AsNoTracking().Where(s => s.ClosesOn >= year.Start && s.ClosesOn <= year.End)
            .OrderBy(s => s.ClosesOn).ThenBy(s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken);
        blocks.Add(new DraftBlock(new PackSubheading("Surveys")));
        if (closed.Count == 0) blocks.Add(SectionFigures.Nothing($"No surveys closed in {year.Label}."));
        foreach (var id in closed)
        {
            if (await surveys.ForSurveyAsync(id, cancellationToken) is not { } table) continue;
            var rows = table.Bands.Select(b => (IReadOnlyList<string>)[b.Label, b.Responses.ToString(), b.Eligible?.ToString() ?? "Not known", b.ResponseRatePercent ?? "–"])
                .Append(["All ages", table.Responses.ToString(), "", ""]).ToList();
            blocks.Add(new DraftBlock(new PackTable($"{table.Title}, closed {DateDisplay.Long(table.ClosesOn)}", ["Age band", "Responses", "Asked", "Response rate"], rows, SectionFigures.Numeric(1, 2, 3)),
                new ReportSource($"Survey results: {table.Title}", $"/Voice/Results/{table.SurveyId}")));
        }

        var entries = await db.YouSaidEntries.AsNoTracking().Where(e => e.RaisedOn >= year.Start && e.RaisedOn <= year.End).Select(e => e.Status).ToListAsync(cancellationToken);
        blocks.Add(new DraftBlock(new PackSubheading("You said, we did")));
        blocks.Add(entries.Count == 0 ? SectionFigures.Nothing($"No \"You said, we did\" entries were raised in {year.Label}.")
            : new DraftBlock(new PackTable($"\"You said, we did\" entries raised in {year.Label}, by where they stand now", ["Status", "Entries"],
                Enum.GetValues<YouSaidStatus>().OrderBy(YouSaidRules.Rank).Select(s => (IReadOnlyList<string>)[YouSaidRules.Of(s), SectionFigures.Count(entries.Count(e => e == s))])
                    .Append(["All entries", SectionFigures.Count(entries.Count)]).ToList(), SectionFigures.Numeric(1)),
                new ReportSource("You said, we did", "/Voice/YouSaid")));

        return new SectionDraft(blocks,
        [
            new ReportHeadline("Youth group reports to the board", SectionFigures.Count(reports.Count)),
            new ReportHeadline("Surveys closed", SectionFigures.Count(closed.Count)),
            new ReportHeadline("\"You said, we did\" entries", SectionFigures.Count(entries.Count)),
            new ReportHeadline("\"You said, we did\" entries done", SectionFigures.Count(entries.Count(e => e == YouSaidStatus.Done))),
        ]);
    }
}
