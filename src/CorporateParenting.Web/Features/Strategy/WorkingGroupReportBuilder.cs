using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Features.Performance.Scorecard;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Strategy;

/// <summary>A priority's report for a themed meeting, as plain data so the board pack can include it.</summary>
public sealed record WorkingGroupReport(
    string Priority, string Chair, DateOnly AsAt,
    IReadOnlyList<WorkingGroupReport.StatusCount> ByStatus,
    IReadOnlyList<WorkingGroupReport.ActionLine> Actions,
    IReadOnlyList<WorkingGroupReport.ActionLine> Overdue,
    IReadOnlyList<WorkingGroupReport.IndicatorLine> Indicators,
    IReadOnlyList<WorkingGroupReport.AchievementLine> Achievements)
{
    public sealed record StatusCount(string Status, int Count);
    public sealed record ActionLine(int Id, string Aim, string Description, string Owner, DateOnly DueDate, DateOnly OriginalDueDate, string Status, string Rag, string? LatestUpdate);
    public sealed record IndicatorLine(string Key, string Name, string Value, string Rag);
    public sealed record AchievementLine(DateOnly Date, string What, string Impact);
}

public sealed class WorkingGroupReportBuilder(HubDbContext db, ScorecardBuilder scorecard, TimeProvider clock)
{
    /// <summary>Achievements within this many months count as recent.</summary>
    public const int RecentMonths = 12;

    /// <param name="meetingDate">For a meeting's pack: the scorecard published for that meeting gives the figures, as in the pack's scorecard section.</param>
    public async Task<WorkingGroupReport?> BuildAsync(int priorityId, CancellationToken cancellationToken = default, DateOnly? meetingDate = null)
    {
        var priority = await db.PriorityAreas.AsNoTracking()
            .Include(p => p.Aims).ThenInclude(a => a.Actions).ThenInclude(a => a.Indicators)
            .Include(p => p.Aims).ThenInclude(a => a.Actions).ThenInclude(a => a.Updates)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == priorityId, cancellationToken);
        if (priority is null) return null;
        var today = clock.UkToday();

        var actions = priority.Aims.OrderBy(a => a.Order).SelectMany(aim => aim.Actions.OrderBy(a => a.DueDate).Select(a => (Aim: aim, Action: a))).ToList();
        var lines = actions.Select(x => new WorkingGroupReport.ActionLine(x.Action.Id, x.Aim.Text, x.Action.Description, x.Action.Owner, x.Action.DueDate, x.Action.OriginalDueDate,
            DisplayWords.Of(x.Action.Status), DisplayWords.Of(x.Action.Rag), x.Action.Updates.OrderByDescending(u => u.WrittenAtUtc).ThenByDescending(u => u.Id).FirstOrDefault()?.Narrative)).ToList();
        var byStatus = Enum.GetValues<StrategyActionStatus>()
            .Select(s => new WorkingGroupReport.StatusCount(DisplayWords.Of(s), actions.Count(x => x.Action.Status == s))).ToList();
        var overdue = lines.Where((_, i) => actions[i].Action.IsOverdueOn(today)).ToList();

        // Suppressed figures: the report goes into a pack that members and young people read.
        var keys = actions.SelectMany(x => x.Action.Indicators.Select(i => i.IndicatorKey)).ToHashSet();
        var published = meetingDate is { } date
            ? await db.PublishedScorecards.AsNoTracking().Where(p => p.MeetingDate == date).OrderByDescending(p => p.PublishedAtUtc).Select(p => p.Suppressed).FirstOrDefaultAsync(cancellationToken)
            : null;
        var card = published is not null
            ? System.Text.Json.JsonSerializer.Deserialize<Scorecard>(published)!
            : await scorecard.BuildAsync(null, suppress: true, cancellationToken);
        var indicators = keys.Order().Select(key => card.Lines.FirstOrDefault(l => l.Key == key) is { } line
            ? new WorkingGroupReport.IndicatorLine(key, line.Name, line.This.Text, line.RagLabel)
            : new WorkingGroupReport.IndicatorLine(key, key, "No figure yet", "Not rated")).ToList();

        var since = today.AddMonths(-RecentMonths);
        var achievements = await db.Achievements.AsNoTracking().Where(a => a.PriorityId == priorityId && a.Date >= since)
            .OrderByDescending(a => a.Date).ToListAsync(cancellationToken);
        return new WorkingGroupReport(priority.Name, priority.ChairName, today, byStatus, lines, overdue, indicators,
            achievements.Select(a => new WorkingGroupReport.AchievementLine(a.Date, a.What, AchievementImpact(a))).ToList());
    }

    public static string AchievementImpact(Achievement a) =>
        string.Join(" ", new[] { StrategyNames.Impact(a.ImpactNumber, a.ImpactUnit), a.ImpactSentence ?? "" }.Where(s => s.Length > 0));
}
