using System.Globalization;
using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Web.Disclosure;

namespace CorporateParenting.Web.Features.LocalOffer.Uptake;

/// <summary>
/// A figure as one viewer may see it. When <see cref="Hidden"/> the count and the money are gone (null), not just
/// drawn as "c", so no page can show them by mistake. <see cref="Recorded"/> is false where nothing was recorded.
/// </summary>
public sealed record UptakeFigure(bool Recorded, bool Hidden, int? YoungPeople, decimal? Cost, decimal? Value)
{
    public static readonly UptakeFigure None = new(false, false, null, null, null);
    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");

    public string YoungPeopleText => !Recorded ? "" : Hidden ? SmallNumbers.Symbol : YoungPeople!.Value.ToString("N0", EnglishUk);
    public string CostText => MoneyText(Cost);
    public string ValueText => MoneyText(Value);

    public static string Pounds(decimal amount) => amount.ToString("C2", EnglishUk);

    private string MoneyText(decimal? amount) => !Recorded ? "" : Hidden ? SmallNumbers.Symbol : amount is { } a ? Pounds(a) : "";
}

/// <summary>One entitlement's uptake in one financial year: the rows of the year added up, as the record has them.</summary>
public sealed record UptakeCell(string Key, OfferArea Area, int Year, int YoungPeople, decimal? Cost, decimal? Value);

/// <summary>
/// Uptake as a viewer without <c>ViewChildData</c> sees it, wherever it is shown (ADR 12, ADR 32): counts of young
/// people from 1 to 5 are "c" (<see cref="SmallNumbers"/>), and because each area's total and the year's total are
/// shown with their parts, more cells are hidden (<see cref="DisclosureProtection"/>) until no hidden count can be
/// worked out. A hidden row's cost and value are hidden with it: an amount per young person would give the count away.
/// Each financial year is protected on its own, from that year's figures alone, so the page, the CSV, the board pack
/// and the annual report hide the same cells and cannot be set beside each other to undo one another.
/// </summary>
public sealed class ProtectedUptake
{
    private readonly Dictionary<(string Key, int Year), UptakeFigure> _entitlements = [];
    private readonly Dictionary<(OfferArea Area, int Year), UptakeFigure> _areas = [];
    private readonly Dictionary<int, UptakeFigure> _totals = [];

    private ProtectedUptake() { }

    public IReadOnlyList<int> Years { get; private init; } = [];
    /// <summary>How many figures (entitlements, areas, totals) are hidden: 0 for a viewer who sees everything.</summary>
    public int HiddenCount { get; private set; }

    public UptakeFigure Entitlement(string key, int year) => _entitlements.GetValueOrDefault((key, year), UptakeFigure.None);
    public UptakeFigure Area(OfferArea area, int year) => _areas.GetValueOrDefault((area, year), UptakeFigure.None);
    public UptakeFigure Total(int year) => _totals.GetValueOrDefault(year, UptakeFigure.None);

    /// <summary>The rows held added up per entitlement and financial year (the year the period starts in); rows of keys in no edition are left out.</summary>
    public static IReadOnlyList<UptakeCell> Cells(IEnumerable<OfferUptake> rows, IReadOnlyDictionary<string, CatalogueEntry> catalogue) =>
        rows.Where(r => catalogue.ContainsKey(r.EntitlementKey))
            .GroupBy(r => (r.EntitlementKey, Year: FinancialYear.Of(r.PeriodStart)))
            .Select(g => new UptakeCell(g.Key.EntitlementKey, catalogue[g.Key.EntitlementKey].Area, g.Key.Year, g.Sum(r => r.YoungPeople), SumOrNull(g.Select(r => r.Cost)), SumOrNull(g.Select(r => r.Value))))
            .ToList();

    /// <param name="restricted">True for a viewer without ViewChildData (and for every document that goes to members or the public).</param>
    public static ProtectedUptake Protect(IReadOnlyList<UptakeCell> cells, bool restricted)
    {
        var result = new ProtectedUptake { Years = cells.Select(c => c.Year).Distinct().Order().ToList() };
        foreach (var year in result.Years) result.ProtectYear(cells.Where(c => c.Year == year).OrderBy(c => c.Area).ThenBy(c => c.Key, StringComparer.Ordinal).ToList(), year, restricted);
        return result;
    }

    /// <summary>The attacker's view of one year: each entitlement, each area (its entitlements add up to it) and the year (its areas add up to it).</summary>
    public static (DisclosureProblem Problem, IReadOnlyList<(UptakeCell Cell, int Row)> Entitlements, IReadOnlyList<(OfferArea Area, int Row)> Areas, int TotalRow) Build(IReadOnlyList<UptakeCell> year)
    {
        var problem = new DisclosureProblem();
        var totalCount = year.Sum(c => c.YoungPeople);
        var total = problem.AddVariable(totalCount, "all entitlements");
        var totalRow = problem.AddRow("total", [total], SmallNumbers.IsSmall(totalCount), IndicatorDisclosure.HeadlineCost);
        var entitlements = new List<(UptakeCell, int)>();
        var areas = new List<(OfferArea, int)>();
        var areaVariables = new List<int>();
        foreach (var group in year.GroupBy(c => c.Area))
        {
            var count = group.Sum(c => c.YoungPeople);
            var area = problem.AddVariable(count, OfferCatalogue.AreaName(group.Key));
            areaVariables.Add(area);
            areas.Add((group.Key, problem.AddRow(OfferCatalogue.AreaName(group.Key), [area], SmallNumbers.IsSmall(count), 100 + count)));
            var parts = new List<int>();
            foreach (var cell in group)
            {
                var variable = problem.AddVariable(cell.YoungPeople, cell.Key);
                parts.Add(variable);
                entitlements.Add((cell, problem.AddRow(cell.Key, [variable], SmallNumbers.IsSmall(cell.YoungPeople), 1 + cell.YoungPeople)));
            }
            problem.AddRelation($"{OfferCatalogue.AreaName(group.Key)}: its entitlements add up to it", parts.Select(p => (p, 1)).Append((area, -1)));
        }
        problem.AddRelation("the areas add up to the total", areaVariables.Select(a => (a, 1)).Append((total, -1)));
        return (problem, entitlements, areas, totalRow);
    }

    private void ProtectYear(IReadOnlyList<UptakeCell> year, int number, bool restricted)
    {
        var (problem, entitlements, areas, totalRow) = Build(year);
        var hidden = restricted ? DisclosureProtection.Protect(problem) : new bool[problem.Rows.Count];
        HiddenCount += hidden.Count(h => h);
        foreach (var (cell, row) in entitlements)
            _entitlements[(cell.Key, number)] = Figure(hidden[row], cell.YoungPeople, cell.Cost, cell.Value);
        foreach (var (area, row) in areas)
        {
            var parts = year.Where(c => c.Area == area).ToList();
            _areas[(area, number)] = Figure(hidden[row], parts.Sum(c => c.YoungPeople), SumOrNull(parts.Select(c => c.Cost)), SumOrNull(parts.Select(c => c.Value)));
        }
        _totals[number] = Figure(hidden[totalRow], year.Sum(c => c.YoungPeople), SumOrNull(year.Select(c => c.Cost)), SumOrNull(year.Select(c => c.Value)));
    }

    private static UptakeFigure Figure(bool hidden, int count, decimal? cost, decimal? value) =>
        hidden ? new UptakeFigure(true, true, null, null, null) : new UptakeFigure(true, false, count, cost, value);

    private static decimal? SumOrNull(IEnumerable<decimal?> amounts)
    {
        var known = amounts.Where(a => a is not null).ToList();
        return known.Count == 0 ? null : known.Sum();
    }
}
