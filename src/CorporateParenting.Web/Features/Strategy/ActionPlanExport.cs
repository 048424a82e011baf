using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Infrastructure;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
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
            p.Name, aim.Text, a.Description, a.Owner, a.DueDate.ToString("yyyy-MM-dd"), a.OriginalDueDate.ToString("yyyy-MM-dd"),
            StrategyNames.Of(a.Status), StrategyNames.Of(a.Rag), string.Join(", ", a.Indicators.Select(i => i.IndicatorKey).Order()),
            a.Updates.OrderByDescending(u => u.WrittenAtUtc).ThenByDescending(u => u.Id).FirstOrDefault()?.Narrative ?? "")))).ToList();
        return (plan is null ? "Action plan" : $"{plan.Title} {plan.Period}: action plan", rows);
    }

    /// <summary>A landscape Word table, a heading per priority, dates written the GOV.UK way.</summary>
    public static byte[] Word(string title, IReadOnlyList<Row> rows)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            body.Append(Paragraph(title, bold: true, size: 32));
            foreach (var priority in rows.GroupBy(r => r.Priority))
            {
                body.Append(Paragraph(priority.Key, bold: true, size: 28));
                var table = new Table(new TableProperties(new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
                table.Append(TableRow(true, "Aim", "Action", "Owner", "Due", "Status", "RAG", "Latest update"));
                foreach (var r in priority)
                {
                    var due = Long(r.Due) + (r.Due == r.FirstDue ? "" : $" (moved; first due {Long(r.FirstDue)})");
                    table.Append(TableRow(false, r.Aim, r.Action, r.Owner, due, r.Status, r.Rag, r.LatestUpdate));
                }
                body.Append(table);
            }
            body.Append(new SectionProperties(new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape }));
            document.AddMainDocumentPart().Document = new Document(body);
        }
        return buffer.ToArray();
    }

    private static string Long(string isoDate) => DateDisplay.Long(DateOnly.ParseExact(isoDate, "yyyy-MM-dd"));

    private static Paragraph Paragraph(string text, bool bold = false, int size = 20)
    {
        var properties = new RunProperties(new FontSize { Val = size.ToString() });
        if (bold) properties.Append(new Bold());
        return new Paragraph(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static TableRow TableRow(bool header, params string[] cells)
    {
        var row = new TableRow();
        if (header) row.Append(new TableRowProperties(new TableHeader()));
        foreach (var cell in cells) row.Append(new TableCell(Paragraph(cell, bold: header)));
        return row;
    }
}
