using CorporateParenting.Data;
using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Features.LocalOffer.Uptake;

namespace CorporateParenting.Web.Features.AnnualReports.Sections;

/// <summary>
/// Local Offer uptake and value in the report's year: per area, and the entitlements most used, as a restricted viewer
/// sees them (<see cref="ProtectedUptake"/>). The year is the financial year the report's year starts in (uptake is kept by financial year).
/// </summary>
public sealed class LocalOfferSection(HubDbContext db) : IAnnualReportSection
{
    public const int TopEntitlements = 5;

    public string Key => AnnualReportSectionKeys.LocalOffer;
    public int Order => 80;
    public string Title => "Local Offer for care leavers: uptake and value";
    public string NarrativePrompt => "What the uptake says about the offer: what care leavers used most, what changed from last year, and what the board will do about entitlements few young people use.";

    public async Task<SectionDraft> DraftAsync(ReportYear year, CancellationToken cancellationToken)
    {
        var view = await UptakeView.LoadAsync(db, restricted: true, cancellationToken);
        var financialYear = FinancialYear.Of(year.Start);
        var label = FinancialYear.Label(financialYear);
        var total = view.Uptake.Total(financialYear);
        if (!total.Recorded)
            return new SectionDraft([new DraftBlock(new PackParagraph($"No uptake of the Local Offer is recorded for {label}."), new ReportSource("Uptake and value", UptakeView.Path))], []);

        var source = new ReportSource($"Uptake and value, {label}", $"{UptakeView.Path}?Year={financialYear}");
        var areas = Enum.GetValues<OfferArea>().Select(a => (Area: a, Figure: view.Uptake.Area(a, financialYear))).Where(a => a.Figure.Recorded)
            .Select(a => (IReadOnlyList<string>)[OfferCatalogue.AreaName(a.Area), a.Figure.YoungPeopleText, a.Figure.CostText, a.Figure.ValueText])
            .Append(["All areas", total.YoungPeopleText, total.CostText, total.ValueText]).ToList();
        // Only shown figures are ranked: placing a hidden one among them would say how big it is.
        var top = view.Entitlements.Select(e => (Entry: e, Figure: view.Uptake.Entitlement(e.Key, financialYear)))
            .Where(t => t.Figure is { Recorded: true, Hidden: false, YoungPeople: > 0 })
            .OrderByDescending(t => t.Figure.YoungPeople).ThenBy(t => t.Entry.Title, StringComparer.Ordinal).Take(TopEntitlements)
            .Select(t => (IReadOnlyList<string>)[t.Entry.Title, OfferCatalogue.AreaName(t.Entry.Area), t.Figure.YoungPeopleText, t.Figure.ValueText]).ToList();

        var blocks = new List<DraftBlock>
        {
            new(new PackTable($"Local Offer uptake and value by area, {label}", ["Area", "Young people", "Cost", "Value"], areas, new HashSet<int> { 1, 2, 3 }), source),
        };
        if (top.Count > 0)
            blocks.Add(new(new PackTable($"The entitlements most used, {label}", ["Entitlement", "Area", "Young people", "Value"], top, new HashSet<int> { 2, 3 }), source));
        blocks.Add(new(new PackParagraph("Young people are added up across entitlements, so someone who had two is counted twice. \"c\" means 1 to 5 young people, or a figure hidden so that a small one cannot be worked out; the cost and value of a hidden figure are hidden with it.")));
        return new SectionDraft(blocks, [new ReportHeadline("Young people helped by the Local Offer", total.YoungPeopleText), new ReportHeadline("Value of the Local Offer to care leavers", total.ValueText)]);
    }
}
