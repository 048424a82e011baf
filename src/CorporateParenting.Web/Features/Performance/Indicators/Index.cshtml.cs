using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Performance.Indicators;

/// <summary>The indicator library: every indicator with its definition, polarity, unit, target, tolerance, rating rule, owner and priority area.</summary>
[Authorize(Policy = Capability.ViewScorecard)]
public sealed class IndexModel(HubDbContext db, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];
    /// <summary>Readers without child access read the catalogue's plain words; analysts the technical definitions.</summary>
    public bool PlainWords { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Indicators = await LoadAsync(cancellationToken);
        PlainWords = !(await authorization.AuthorizeAsync(User, Capability.ViewChildData)).Succeeded;
    }

    public (string Name, string Definition) Words(Indicator i) =>
        PlainWords && IndicatorCatalogue.PlainWordsOf(i.Key) is { } plain ? (plain.Name, plain.Meaning) : (i.Name, i.Definition);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        CsvDownload.Create(Rows(await LoadAsync(cancellationToken)), "indicator-library.csv");

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken cancellationToken) =>
        ExcelDownload.Create(Rows(await LoadAsync(cancellationToken)), "indicator-library.xlsx", "Indicators");

    private async Task<List<Indicator>> LoadAsync(CancellationToken cancellationToken) =>
        await db.Indicators.AsNoTracking().OrderBy(i => i.PriorityArea).ThenBy(i => i.SortOrder).ToListAsync(cancellationToken);

    public static string BetterWhen(IndicatorPolarity polarity) => polarity switch
    {
        IndicatorPolarity.HigherIsBetter => "Higher",
        IndicatorPolarity.LowerIsBetter => "Lower",
        _ => "Neither",
    };

    public static string RatedBy(RagRule rule) => rule switch
    {
        RagRule.AgainstTarget => "Against the council's target",
        RagRule.AgainstEngland => "Against England",
        _ => "Not rated",
    };

    private static IEnumerable<object> Rows(IEnumerable<Indicator> indicators) => indicators.Select(i => new
    {
        i.Key, i.Name, i.Definition, Source = i.Source.ToString(), i.Unit, BetterWhen = BetterWhen(i.Polarity), Rating = RatedBy(i.RagRule),
        i.Target, i.Tolerance, Owner = i.Owner ?? "", PriorityArea = i.PriorityArea ?? "",
    });
}
