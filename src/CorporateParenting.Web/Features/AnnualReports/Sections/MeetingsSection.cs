using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Tally = CorporateParenting.Web.Features.Governance.Register.IndexModel.Tally;

namespace CorporateParenting.Web.Features.AnnualReports.Sections;

/// <summary>
/// Board meetings held in the year, their themes, and attendance by member category counted as the attendance register
/// counts it (<see cref="Tally"/>: present in person or by substitute, as a share of the attendance recorded).
/// </summary>
public sealed class MeetingsSection(HubDbContext db) : IAnnualReportSection
{
    public string Key => AnnualReportSectionKeys.Meetings;
    public int Order => 100;
    public string Title => "Board meetings and attendance";
    public string NarrativePrompt => "Say what the themed meetings looked at and what the board decided as a result.";

    public async Task<SectionDraft> DraftAsync(ReportYear year, CancellationToken cancellationToken)
    {
        var held = await db.Meetings.AsNoTracking()
            .Where(m => m.Date >= year.Start && m.Date <= year.End && (m.Status == MeetingStatus.Held || m.Status == MeetingStatus.MinutesApproved))
            .OrderBy(m => m.Date).Select(m => new { m.Id, m.Date, m.Theme }).ToListAsync(cancellationToken);
        var ids = held.Select(m => m.Id).ToList();
        var records = await (from a in db.Attendances.AsNoTracking()
                             join b in db.BoardMembers.AsNoTracking() on a.BoardMemberId equals b.Id
                             where ids.Contains(a.MeetingId)
                             select new { a.Status, b.Category }).ToListAsync(cancellationToken);
        static Tally Count(string name, IEnumerable<AttendanceStatus> statuses)
        {
            var list = statuses.ToList();
            return new Tally(name, list.Count, list.Count(s => s == AttendanceStatus.Present), list.Count(s => s == AttendanceStatus.Substitute),
                list.Count(s => s == AttendanceStatus.Apologies), list.Count(s => s == AttendanceStatus.Absent));
        }
        var overall = Count("All members", records.Select(r => r.Status));
        static string Percent(Tally t) => t.Percent is { } p ? $"{p}%" : "–";
        var headlines = new List<ReportHeadline>
        {
            new("Meetings held", SectionFigures.Count(held.Count)),
            new("Themed meetings", SectionFigures.Count(held.Count(m => m.Theme is not null))),
            new("Attendance", Percent(overall)),
        };
        if (held.Count == 0) return new SectionDraft([SectionFigures.Nothing($"The board held no meetings in {year.Label}.")], headlines);

        var byCategory = records.GroupBy(r => r.Category).OrderBy(g => g.Key).Select(g => Count(DisplayWords.Of(g.Key), g.Select(r => r.Status))).Append(overall).ToList();
        return new SectionDraft(
        [
            new DraftBlock(new PackTable($"Meetings held, {year.Label}", ["Date", "Theme"],
                held.Select(m => (IReadOnlyList<string>)[DateDisplay.Long(m.Date), m.Theme ?? "No theme"]).ToList()),
                new ReportSource("Meetings", "/Governance/Meetings")),
            records.Count == 0 ? SectionFigures.Nothing("No attendance was recorded at these meetings.")
                : new DraftBlock(new PackTable($"Attendance by member category, {year.Label}", ["Category", "Places", "Present", "Substitute", "Apologies", "Absent", "Attendance"],
                    byCategory.Select(t => (IReadOnlyList<string>)[t.Name, SectionFigures.Count(t.Meetings), SectionFigures.Count(t.Present), SectionFigures.Count(t.Substitute),
                        SectionFigures.Count(t.Apologies), SectionFigures.Count(t.Absent), Percent(t)]).ToList(), SectionFigures.Numeric(1, 2, 3, 4, 5, 6)),
                    new ReportSource("Attendance register", "/Governance/Attendance")),
        ], headlines);
    }
}
