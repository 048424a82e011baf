using CorporateParenting.Data;
using CorporateParenting.Data.LocalOffer;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.LocalOffer.Uptake;

/// <summary>An entitlement as uptake names it: by its stable key, with the title, area and owning service of the latest edition holding the key.</summary>
public sealed record CatalogueEntry(string Key, string Title, OfferArea Area, int Order, int? ServiceId);

/// <summary>
/// Every entitlement key in any edition. The title, area and service come from the latest published edition holding
/// the key, or the draft when only the draft has it, so a renamed entitlement keeps its uptake under one line.
/// </summary>
public static class OfferCatalogue
{
    public static async Task<IReadOnlyDictionary<string, CatalogueEntry>> LoadAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.OfferEntitlements.AsNoTracking()
            .Join(db.LocalOfferVersions, e => e.VersionId, v => v.Id, (e, v) => new { e.Key, e.Title, e.Area, e.Order, e.ServiceId, v.Number, Published = v.PublishedOn != null })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Key)
            .Select(g => g.OrderByDescending(r => r.Published).ThenByDescending(r => r.Number).First())
            .ToDictionary(r => r.Key, r => new CatalogueEntry(r.Key, r.Title, r.Area, r.Order, r.ServiceId), StringComparer.Ordinal);
    }

    /// <summary>The six areas in the guidance's order, in plain English.</summary>
    public static string AreaName(OfferArea area) => area switch
    {
        OfferArea.HealthAndWellbeing => "Health and wellbeing",
        OfferArea.Relationships => "Relationships",
        OfferArea.EducationAndTraining => "Education and training",
        OfferArea.Employment => "Employment",
        OfferArea.Accommodation => "Accommodation",
        _ => "Participation in society",
    };
}

/// <summary>The council's financial year, 1 April to 31 March, named by the calendar year it starts in.</summary>
public static class FinancialYear
{
    public static int Of(DateOnly day) => day.Month >= 4 ? day.Year : day.Year - 1;
    public static DateOnly Start(int year) => new(year, 4, 1);
    public static DateOnly End(int year) => new(year + 1, 3, 31);
    /// <summary>"2025-26".</summary>
    public static string Label(int year) => $"{year}-{(year + 1) % 100:00}";
    /// <summary>The last financial year wholly before <paramref name="today"/>.</summary>
    public static int LastComplete(DateOnly today) => Of(today) - 1;
}
