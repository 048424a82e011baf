using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.AnnualReports.Sections;

/// <summary>
/// The board's members at any time in the year, by category and role. Care-experienced young people are counted but
/// not named: the report is a public paper, and a young person on the board is known by their group.
/// </summary>
public sealed class MembershipSection(HubDbContext db) : IAnnualReportSection
{
    public string Key => AnnualReportSectionKeys.Membership;
    public int Order => 120;
    public string Title => "Membership of the board";
    public string NarrativePrompt => "Thank members who joined or left during the year, and say how young people and partners take part.";

    public async Task<SectionDraft> DraftAsync(ReportYear year, CancellationToken cancellationToken)
    {
        var members = (await db.BoardMembers.AsNoTracking().Where(m => m.TermStart <= year.End).ToListAsync(cancellationToken))
            .Where(m => m.TermEnd is null || m.TermEnd >= year.Start)
            .OrderBy(m => m.Category).ThenBy(m => m.Role).ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var headlines = new List<ReportHeadline>
        {
            new("Board members during the year", SectionFigures.Count(members.Count)),
            new("Members at the year end", SectionFigures.Count(members.Count(m => m.IsCurrentOn(year.End)))),
            new("Categories represented", SectionFigures.Count(members.Select(m => m.Category).Distinct().Count())),
        };
        if (members.Count == 0) return new SectionDraft([SectionFigures.Nothing($"No board members were recorded for {year.Label}.")], headlines);

        string Term(BoardMember m) => (m.TermStart >= year.Start ? $"Joined {DateDisplay.Long(m.TermStart)}" : "")
            + (m.TermEnd is { } end && end <= year.End ? (m.TermStart >= year.Start ? "; " : "") + $"left {DateDisplay.Long(end)}" : "");
        var source = new ReportSource("Board members", "/Governance/Members");
        return new SectionDraft(
        [
            new DraftBlock(new PackTable($"Members by category, {year.Label}", ["Category", "Members"],
                members.GroupBy(m => m.Category).Select(g => (IReadOnlyList<string>)[DisplayWords.Of(g.Key), SectionFigures.Count(g.Count())]).ToList(), SectionFigures.Numeric(1)), source),
            new DraftBlock(new PackTable($"Members, {year.Label}", ["Member", "Organisation", "Category", "Role", "Joined or left in the year"],
                members.Select(m => (IReadOnlyList<string>)[m.Category == MemberCategory.CareExperiencedYoungPerson ? "A care-experienced young person" : m.Name,
                    m.Organisation, DisplayWords.Of(m.Category), DisplayWords.Of(m.Role), Term(m)]).ToList()), source),
        ], headlines);
    }
}
