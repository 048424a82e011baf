using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Infrastructure;

namespace CorporateParenting.Web.Features.Strategy;

/// <summary>Working-group reports as a board-pack section: one sub-heading per priority on the agenda.</summary>
public static class WorkingGroupPackSection
{
    public const string Heading = "Working-group reports";

    public static PackSection From(IReadOnlyList<WorkingGroupReport> reports)
    {
        var blocks = new List<PackBlock>();
        foreach (var r in reports)
        {
            blocks.Add(new PackSubheading($"{r.Priority} (chair: {r.Chair})"));
            // An overdue action is counted as overdue, not also under the status its owner last gave ("on track").
            var counts = r.ByStatus.Select(s => (s.Status, Count: s.Count - r.Overdue.Count(a => a.Status == s.Status))).Where(s => s.Count > 0)
                .Select(s => $"{s.Count} {s.Status.ToLowerInvariant()}").Append($"{r.Overdue.Count} overdue");
            blocks.Add(new PackParagraph($"As at {DateDisplay.Long(r.AsAt)}: {r.Actions.Count} actions: {string.Join(", ", counts)}."));
            if (r.Overdue.Count > 0)
                blocks.Add(new PackTable($"{r.Priority}: overdue actions", ["Action", "Owner", "Due", "Status"],
                    r.Overdue.Select(a => (IReadOnlyList<string>)[a.Description, a.Owner, Due(a), "Overdue"]).ToList()));
            if (r.Indicators.Count > 0)
                blocks.Add(new PackTable($"{r.Priority}: linked indicators", ["Indicator", "Latest figure", "Rating"],
                    r.Indicators.Select(i => (IReadOnlyList<string>)[i.Name, i.Value, i.Rag]).ToList(), new HashSet<int> { 1 }));
            blocks.Add(new PackParagraph(r.Achievements.Count == 0
                ? $"No achievements recorded in the last {WorkingGroupReportBuilder.RecentMonths} months."
                : $"Achievements in the last {WorkingGroupReportBuilder.RecentMonths} months:"));
            if (r.Achievements.Count > 0)
                blocks.Add(new PackBullets(r.Achievements.Select(a => $"{DateDisplay.Long(a.Date)}: {a.What}" + (a.Impact.Length > 0 ? $" ({a.Impact})" : "")).ToList()));
        }
        return new PackSection(Heading, blocks);
    }

    private static string Due(WorkingGroupReport.ActionLine a) =>
        DateDisplay.Long(a.DueDate) + (a.DueDate != a.OriginalDueDate ? $" (first due {DateDisplay.Long(a.OriginalDueDate)})" : "");
}
