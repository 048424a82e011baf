using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Infrastructure;
using CorporateParenting.Web.Documents;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Strategy;

/// <summary>The whole action plan, one row per action, for Excel and Word.</summary>
public static class ActionPlanExport
{
    public sealed record Row(string Priority, string Aim, string Action, string Owner, string Due, string FirstDue, string Status, string Rag, string Indicators, string LatestUpdate);

    public static async Task<(string Title, List<Row> Rows)> LoadAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var plan = await db.Strategies.AsNoTracking().OrderByDescending(s => s.StartYear).FirstOrDefaultAsync(cancellationToken);
        var priorities = await db.PriorityAreas.AsNoTracking().Where(p => plan != null && p.StrategyId == plan.Id).OrderBy(p => p.Order)
            .Include(p => p.Aims).ThenInclude(a => a.Actions).ThenInclude(a => a.Indicators)
            .Include(p => p.Aims).ThenInclude(a => a.Actions).ThenInclude(a => a.Updates)
            .AsSplitQuery().ToListAsync(cancellationToken);
        var rows = priorities.SelectMany(p => p.Aims.OrderBy(a => a.Order).SelectMany(aim => aim.Actions.OrderBy(a => a.DueDate).Select(a => new Row(
            p.Name, aim.Text, a.Description, a.Owner, DateDisplay.Iso(a.DueDate), DateDisplay.Iso(a.OriginalDueDate),
            DisplayWords.Of(a.Status), DisplayWords.Of(a.Rag), string.Join(", ", a.Indicators.Select(i => i.IndicatorKey).Order()),
            a.Updates.OrderByDescending(u => u.WrittenAtUtc).ThenByDescending(u => u.Id).FirstOrDefault()?.Narrative ?? "")))).ToList();
        return (plan is null ? "Action plan" : $"{plan.Title} {plan.Period}: action plan", rows);
    }

    /// <summary>Landscape Word through the board pack's renderer: a section and a table per priority, moved dates beside the due date.</summary>
    public static byte[] Word(string title, string councilName, DateOnly asAt, IReadOnlyList<Row> rows)
    {
        var sections = rows.GroupBy(r => r.Priority).Select(priority => new PackSection(priority.Key, [
            new PackTable($"{priority.Key}: actions", ["Aim", "Action", "Owner", "Due", "Status", "RAG", "Latest update"],
                priority.Select(r => (IReadOnlyList<string>)[r.Aim, r.Action, r.Owner,
                    Long(r.Due) + (r.Due == r.FirstDue ? "" : $" (moved; first due {Long(r.FirstDue)})"), r.Status, r.Rag, r.LatestUpdate]).ToList()),
        ])).ToList();
        var document = new PackDocument(title, $"{councilName}\nAs at {DateDisplay.Long(asAt)}", Restricted: false, sections);
        return PackWordRenderer.Render(document, pages: null, landscape: true);
    }

    private static string Long(string isoDate) => DateDisplay.Long(DateOnly.ParseExact(isoDate, "yyyy-MM-dd"));
}
