using CorporateParenting.Data;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Features.CorporateParents.Roles;
using CorporateParenting.Web.Features.CorporateParents.Training;
using CorporateParenting.Web.Features.CorporateParents.Visits;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.AnnualReports.Sections;

/// <summary>
/// Members as corporate parents: training sessions held in the year and their attendance, where serving members stood
/// at the year end (<see cref="TrainingCompliance"/> through <see cref="MemberCompliance"/>), members' visits to homes in
/// the year and homes overdue a visit at the year end (<see cref="VisitCoverage"/>), and who held each role then
/// (<see cref="RoleHolders"/>). Counts of councillors and homes, not of children.
/// </summary>
public sealed class CorporateParentsSection(HubDbContext db) : IAnnualReportSection
{
    public string Key => AnnualReportSectionKeys.CorporateParents;
    public int Order => 90;
    public string Title => "Members as corporate parents: training and visits";
    public string NarrativePrompt => "Say how members learned about their role this year and what their visits told the board.";

    public async Task<SectionDraft> DraftAsync(ReportYear year, CancellationToken cancellationToken)
    {
        var blocks = new List<DraftBlock>();
        var end = DateDisplay.Long(year.End);

        var sessions = await db.TrainingSessions.AsNoTracking().Where(s => s.Date >= year.Start && s.Date <= year.End)
            .Select(s => new { s.Id, s.IsInduction, Attended = s.Attendance.Count }).ToListAsync(cancellationToken);
        var standing = await MemberCompliance.ServingAsync(db, year.End, cancellationToken);
        int Standing(ComplianceStatus status) => standing.Count(s => s.Compliance.Status == status);
        blocks.Add(new DraftBlock(new PackSubheading("Training")));
        if (sessions.Count == 0) blocks.Add(SectionFigures.Nothing($"No training sessions for members were held in {year.Label}."));
        blocks.Add(new DraftBlock(new PackKeyValues(
        [
            ("Training sessions held", SectionFigures.Count(sessions.Count)),
            ("Of which induction sessions", SectionFigures.Count(sessions.Count(s => s.IsInduction))),
            ("Places taken by members", SectionFigures.Count(sessions.Sum(s => s.Attended))),
            ($"Serving members on {end}", SectionFigures.Count(standing.Count)),
            ($"{TrainingCompliance.Of(ComplianceStatus.UpToDate)} with training", SectionFigures.Count(Standing(ComplianceStatus.UpToDate))),
            (TrainingCompliance.Of(ComplianceStatus.Due), SectionFigures.Count(Standing(ComplianceStatus.Due))),
            (TrainingCompliance.Of(ComplianceStatus.Overdue), SectionFigures.Count(Standing(ComplianceStatus.Overdue))),
        ]), new ReportSource("Members' training", "/CorporateParents/Training")));

        var visits = await db.MemberVisits.AsNoTracking().Where(v => v.Date >= year.Start && v.Date <= year.End).Select(v => v.CareSettingId).ToListAsync(cancellationToken);
        var (months, coverage) = await VisitCoverage.LoadAsync(db, year.End, cancellationToken, asAt: true);
        blocks.Add(new DraftBlock(new PackSubheading("Visits")));
        if (visits.Count == 0) blocks.Add(SectionFigures.Nothing($"Members made no visits to homes or services in {year.Label}."));
        blocks.Add(new DraftBlock(new PackKeyValues(
        [
            ("Visits by members", SectionFigures.Count(visits.Count)),
            ("Homes and services visited", SectionFigures.Count(visits.Distinct().Count())),
            ($"Homes and services overdue a visit on {end} (the rule is every {months} months)", SectionFigures.Count(coverage.Count(r => r.Overdue))),
        ]), new ReportSource("Visits coverage", "/CorporateParents/Visits/Coverage")));

        var roles = (await RoleHolders.ListAsync(db, year.End, cancellationToken)).Where(r => r.Active || r.Now.Count > 0).ToList();
        blocks.Add(new DraftBlock(new PackSubheading("Roles")));
        blocks.Add(roles.Count == 0 ? SectionFigures.Nothing("The council has recorded no champion roles.")
            : new DraftBlock(new PackTable($"Roles and who held them on {end}", ["Role", "Held by"],
                roles.Select(r => (IReadOnlyList<string>)[r.Title, r.Now.Count == 0 ? "Vacant" : string.Join(", ", r.Now.Select(h => h.Member))]).ToList()),
                new ReportSource("Champion roles", "/CorporateParents/Roles")));

        return new SectionDraft(blocks,
        [
            new ReportHeadline("Training sessions held", SectionFigures.Count(sessions.Count)),
            new ReportHeadline("Members up to date with training at the year end", SectionFigures.Count(Standing(ComplianceStatus.UpToDate))),
            new ReportHeadline("Visits by members", SectionFigures.Count(visits.Count)),
            new ReportHeadline("Homes overdue a visit at the year end", SectionFigures.Count(coverage.Count(r => r.Overdue))),
        ]);
    }
}
