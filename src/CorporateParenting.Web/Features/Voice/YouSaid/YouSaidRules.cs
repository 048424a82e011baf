using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Voice.YouSaid;

/// <summary>
/// What makes a "You said, we did" entry whole (ADR 24), checked wherever an entry is saved (the form, the demo, a
/// question turned into an entry), not only by the page. Each problem names the entry's property it is about.
/// </summary>
public static class YouSaidRules
{
    public static IReadOnlyList<(string Property, string Message)> Problems(YouSaidEntry entry)
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(entry.YouSaid)) problems.Add((nameof(entry.YouSaid), "Enter what children and young people said"));
        switch (entry.Source)
        {
            case VoiceSource.Survey when entry.SurveyId is null:
                problems.Add((nameof(entry.SurveyId), "Choose the survey the result comes from")); break;
            case VoiceSource.YouthGroupReport when entry.YouthGroupReportId is null:
                problems.Add((nameof(entry.YouthGroupReportId), "Choose the youth group's report")); break;
            case VoiceSource.YouthGroupQuestion when entry.YouthGroupQuestionId is null:
                problems.Add((nameof(entry.YouthGroupQuestionId), "Choose the youth group's question")); break;
        }
        if (entry.Source != VoiceSource.Survey && (entry.SurveyId is not null || entry.SurveyQuestionKey is not null))
            problems.Add((nameof(entry.SurveyId), "A survey and its question are only for entries from a survey result"));
        if (entry.Status == YouSaidStatus.Done && string.IsNullOrWhiteSpace(entry.WeDid))
            problems.Add((nameof(entry.WeDid), "Enter what the board or council did before marking the entry done"));
        if (entry.FedBackOn is not null && string.IsNullOrWhiteSpace(entry.FedBackHow))
            problems.Add((nameof(entry.FedBackHow), "Enter how it was fed back to the young people"));
        if (entry.FedBackOn is null && !string.IsNullOrWhiteSpace(entry.FedBackHow))
            problems.Add((nameof(entry.FedBackOn), "Enter the date it was fed back to the young people"));
        if (entry.FedBackOn is { } fed && fed < entry.RaisedOn)
            problems.Add((nameof(entry.FedBackOn), "The date it was fed back must be the same as or after the date it was said"));
        if (entry.Published && string.IsNullOrWhiteSpace(entry.ChildFriendlyYouSaid))
            problems.Add((nameof(entry.ChildFriendlyYouSaid), "Enter what young people said in child-friendly words before publishing"));
        if (entry.Published && string.IsNullOrWhiteSpace(entry.ChildFriendlyWeDid))
            problems.Add((nameof(entry.ChildFriendlyWeDid), "Enter what we did in child-friendly words before publishing"));
        if (entry.Links.Any(l => Targets(l) != 1))
            problems.Add((nameof(entry.Links), "Each link must name exactly one strategy action, board action or recommendation"));
        if (entry.Links.GroupBy(l => (l.StrategyActionId, l.BoardActionId, l.RecommendationId)).Any(g => g.Count() > 1))
            problems.Add((nameof(entry.Links), "The same action or recommendation is linked twice"));
        return problems;
    }

    /// <summary>For code that saves without a form (the demo, a question turned into an entry): refuses an entry that is not whole.</summary>
    public static void Ensure(YouSaidEntry entry)
    {
        if (Problems(entry) is { Count: > 0 } problems)
            throw new InvalidOperationException("This \"You said, we did\" entry is not complete: " + string.Join("; ", problems.Select(p => p.Message)));
    }

    private static int Targets(YouSaidLink link) =>
        (link.StrategyActionId is null ? 0 : 1) + (link.BoardActionId is null ? 0 : 1) + (link.RecommendationId is null ? 0 : 1);

    /// <summary>Board view order: open first, then in progress, then done; the most recent first within each.</summary>
    public static int Rank(YouSaidStatus status) => status switch { YouSaidStatus.Open => 0, YouSaidStatus.InProgress => 1, _ => 2 };

    public static string Of(YouSaidStatus status) => status switch { YouSaidStatus.InProgress => "In progress", YouSaidStatus.Done => "Done", _ => "Open" };

    public static string TagClass(YouSaidStatus status) => status switch { YouSaidStatus.InProgress => "govuk-tag--yellow", YouSaidStatus.Done => "govuk-tag--green", _ => "govuk-tag--grey" };

    public static string Of(VoiceSource source) => source switch
    {
        VoiceSource.Survey => "Survey result",
        VoiceSource.YouthGroupReport => "Youth group's report",
        VoiceSource.YouthGroupQuestion => "Youth group's question",
        VoiceSource.ChildrenInCareCouncil => "Children in Care Council",
        VoiceSource.Advocacy => "Advocacy",
        VoiceSource.Complaints => "Complaints themes",
        _ => "Other",
    };
}

/// <summary>A link as the board reads it: what it is, its current status, and where to see it.</summary>
public sealed record YouSaidLinkView(int EntryId, string Kind, string Text, string Status, string Path);

public static class YouSaidLinkViews
{
    /// <summary>
    /// The current status of each linked action or recommendation. The log is shared with young people in part, so
    /// confidential board actions and recommendations are never offered as links nor shown, whoever reads it.
    /// </summary>
    public static async Task<ILookup<int, YouSaidLinkView>> ForAsync(HubDbContext db, IReadOnlyCollection<YouSaidLink> links, CancellationToken cancellationToken)
    {
        var strategyIds = links.Where(l => l.StrategyActionId is not null).Select(l => l.StrategyActionId!.Value).ToList();
        var boardIds = links.Where(l => l.BoardActionId is not null).Select(l => l.BoardActionId!.Value).ToList();
        var recommendationIds = links.Where(l => l.RecommendationId is not null).Select(l => l.RecommendationId!.Value).ToList();
        var strategy = await db.StrategyActions.AsNoTracking().Where(a => strategyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var board = await db.BoardActions.AsNoTracking().Where(a => boardIds.Contains(a.Id) && !a.Confidential).ToDictionaryAsync(a => a.Id, cancellationToken);
        var recommendations = await db.Recommendations.AsNoTracking().Where(r => recommendationIds.Contains(r.Id) && !r.Confidential).ToDictionaryAsync(r => r.Id, cancellationToken);
        var views = new List<YouSaidLinkView>();
        foreach (var link in links)
        {
            if (link.StrategyActionId is { } s && strategy.TryGetValue(s, out var action))
                views.Add(new(link.EntryId, "Strategy action", action.Description, DisplayWords.Of(action.Status), $"/Strategy/Actions/Show/{s}"));
            else if (link.BoardActionId is { } b && board.TryGetValue(b, out var boardAction))
                views.Add(new(link.EntryId, "Board action", boardAction.Description, DisplayWords.Of(boardAction.Status), $"/Governance/Actions/Show/{b}"));
            else if (link.RecommendationId is { } r && recommendations.TryGetValue(r, out var recommendation))
                views.Add(new(link.EntryId, "Recommendation", $"{recommendation.Reference}: {recommendation.Text}", DisplayWords.Of(recommendation.Status), $"/Strategy/Recommendations/Show/{r}"));
        }
        return views.ToLookup(v => v.EntryId);
    }
}
