using CorporateParenting.Data;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.AnnualReports.Sections;

/// <summary>Purpose and roles of the board: the terms of reference in force at the year end (the last version adopted by then).</summary>
public sealed class PurposeSection(HubDbContext db) : IAnnualReportSection
{
    public string Key => AnnualReportSectionKeys.Purpose;
    public int Order => 20;
    public string Title => "Purpose and role of the board";
    public string NarrativePrompt => "Say in a few sentences what the board is for and how it holds the council to account as corporate parent.";

    public async Task<SectionDraft> DraftAsync(ReportYear year, CancellationToken cancellationToken)
    {
        var terms = await db.TermsOfReference.AsNoTracking().Where(t => t.AdoptedOn <= year.End)
            .OrderByDescending(t => t.Version).FirstOrDefaultAsync(cancellationToken);
        if (terms is null)
            return new SectionDraft([SectionFigures.Nothing($"No terms of reference had been adopted by {DateDisplay.Long(year.End)}.")], [new ReportHeadline("Terms of reference in force", "None"), new ReportHeadline("Terms of reference adopted", "None")]);

        var adopted = DateDisplay.Long(terms.AdoptedOn);
        return new SectionDraft(
        [
            new DraftBlock(new PackParagraph($"The board worked to version {terms.Version} of its terms of reference, adopted on {adopted}.")),
            new DraftBlock(new PackKeyValues([("Objectives", terms.Objectives), ("How often it meets", terms.Frequency), ("Accountable to", terms.Accountability), ("Membership", terms.Membership)]),
                new ReportSource("Terms of reference", $"/Governance/Terms?version={terms.Version}")),
        ],
        [new ReportHeadline("Terms of reference in force", $"Version {terms.Version}"), new ReportHeadline("Terms of reference adopted", adopted)]);
    }
}
