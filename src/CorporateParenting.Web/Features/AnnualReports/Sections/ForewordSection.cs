namespace CorporateParenting.Web.Features.AnnualReports.Sections;

/// <summary>The chair's introduction: nothing in the record writes it, so it is narrative only and must be written before approval.</summary>
public sealed class ForewordSection : IAnnualReportSection
{
    public string Key => AnnualReportSectionKeys.Foreword;
    public int Order => 10;
    public string Title => "Foreword";
    public string NarrativePrompt => "The chair's introduction: what the year meant for the children the council looks after and its care leavers, and what the board will push for next.";

    public Task<SectionDraft> DraftAsync(ReportYear year, CancellationToken cancellationToken) => Task.FromResult(SectionDraft.NarrativeOnly);
}
