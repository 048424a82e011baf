using CorporateParenting.Data;
using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.LocalOffer.Uptake;

/// <summary>
/// "Offer at a glance" for the board pack: the entitlements per area in the offer as published, and the last complete
/// financial year's uptake and value per area beside the year before, as a restricted viewer sees them (the pack goes to members).
/// </summary>
public static class OfferAtAGlance
{
    public const string Heading = "Offer at a glance";

    /// <summary>The section, or null while the council has no offer in the Hub.</summary>
    public static async Task<PackSection?> BuildAsync(HubDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var view = await UptakeView.LoadAsync(db, restricted: true, cancellationToken);
        if (view.Catalogue.Count == 0) return null;
        var published = await db.LocalOfferVersions.AsNoTracking().Where(v => v.PublishedOn != null && v.PublishedOn <= today)
            .OrderByDescending(v => v.PublishedOn).ThenByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        var perArea = published is null
            ? view.Catalogue.Values.GroupBy(e => e.Area).ToDictionary(g => g.Key, g => g.Count())
            : (await db.OfferEntitlements.AsNoTracking().Where(e => e.VersionId == published.Id).Select(e => e.Area).ToListAsync(cancellationToken))
                .GroupBy(a => a).ToDictionary(g => g.Key, g => g.Count());

        var year = FinancialYear.LastComplete(today);
        var before = year - 1;
        var areas = Enum.GetValues<OfferArea>();
        var rows = areas.Select(a => Row(OfferCatalogue.AreaName(a), perArea.GetValueOrDefault(a), view.Uptake.Area(a, year), view.Uptake.Area(a, before))).ToList();
        rows.Add(Row("All areas", perArea.Values.Sum(), view.Uptake.Total(year), view.Uptake.Total(before)));

        var blocks = new List<PackBlock>
        {
            new PackParagraph(published is null
                ? $"The Local Offer for care leavers has not been published yet: {perArea.Values.Sum()} entitlements are being drafted."
                : $"The Local Offer for care leavers as published on {DateDisplay.Long(published.PublishedOn!.Value)}: {perArea.Values.Sum()} entitlements across the six areas."),
            new PackTable($"Entitlements, uptake and value by area, {FinancialYear.Label(year)} and {FinancialYear.Label(before)}",
                ["Area", "Entitlements", $"Young people {FinancialYear.Label(year)}", $"Value {FinancialYear.Label(year)}", $"Young people {FinancialYear.Label(before)}", $"Value {FinancialYear.Label(before)}"],
                rows, new HashSet<int> { 1, 2, 3, 4, 5 }),
            new PackParagraph("Young people are added up across entitlements, so someone who had two is counted twice. \"c\" means 1 to 5 young people, or a figure hidden so that a small one cannot be worked out; the value of a hidden figure is hidden with it. Blank: not recorded."),
        };
        return new PackSection(Heading, blocks);
    }

    private static IReadOnlyList<string> Row(string area, int entitlements, UptakeFigure year, UptakeFigure before) =>
        [area, entitlements.ToString("N0"), year.YoungPeopleText, year.ValueText, before.YoungPeopleText, before.ValueText];
}
