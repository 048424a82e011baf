using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Voice.Pledge;

/// <summary>
/// Reading the Pledge: its versions, and a version's promises with what hangs on them (the survey questions that
/// test them, the actions that deliver them, the papers that say how they honour them). Confidential board actions
/// and confidential papers never appear: the Pledge pages are for everyone (ADR 25).
/// </summary>
public sealed class PledgeBook(HubDbContext db)
{
    /// <summary>An action that delivers a promise; <see cref="Token"/> ("strategy-12", "board-7") names exactly one action.</summary>
    public sealed record LinkedAction(string Token, string Kind, string Description, string Owner, string Status, bool Done, Rag? Rag, DateOnly DueDate, string Path);

    /// <summary>What a paper's cover sheet said about the promise (or the promise it carries on from an earlier version).</summary>
    public sealed record PaperSaid(int PaperId, string Title, DateOnly MeetingDate, string How);

    public sealed record PromiseLinks(PledgePromise Promise, IReadOnlyList<string> QuestionKeys, IReadOnlyList<LinkedAction> Actions, IReadOnlyList<PaperSaid> Papers);

    /// <summary>A survey question a promise may link to: its stable key and its latest wording.</summary>
    public sealed record QuestionChoice(string Key, string Text);

    public Task<List<PledgeVersion>> VersionsAsync(CancellationToken cancellationToken) =>
        db.PledgeVersions.AsNoTracking().Include(v => v.Promises).OrderByDescending(v => v.Version).ToListAsync(cancellationToken);

    /// <summary>The version asked for, or the current one (the highest number) when none is; promises in their order, links loaded.</summary>
    public async Task<PledgeVersion?> VersionAsync(int? version, CancellationToken cancellationToken)
    {
        var query = db.PledgeVersions.AsNoTracking().Include(v => v.Promises).ThenInclude(p => p.Questions)
            .Include(v => v.Promises).ThenInclude(p => p.Actions).AsSplitQuery();
        var found = version is { } n
            ? await query.SingleOrDefaultAsync(v => v.Version == n, cancellationToken)
            : await query.OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);
        found?.Promises.Sort((a, b) => a.Order != b.Order ? a.Order.CompareTo(b.Order) : a.Id.CompareTo(b.Id));
        return found;
    }

    public async Task<int?> CurrentVersionNumberAsync(CancellationToken cancellationToken) =>
        await db.PledgeVersions.MaxAsync(v => (int?)v.Version, cancellationToken);

    /// <summary>Promises grouped under their outcomes, outcomes in the order of their first promise.</summary>
    public static IReadOnlyList<IGrouping<string, T>> ByOutcome<T>(IEnumerable<T> promises, Func<T, PledgePromise> promise) =>
        promises.GroupBy(p => promise(p).Outcome).ToList();

    public async Task<IReadOnlyList<PromiseLinks>> LinksAsync(PledgeVersion version, CancellationToken cancellationToken)
    {
        var actions = await ActionsAsync(version.Promises.SelectMany(p => p.Actions).ToList(), cancellationToken);
        // A promise's papers include those that honoured the promise it carries on from: the board's evidence follows the promise, not its wording.
        var carriedFrom = await db.PledgePromises.AsNoTracking().Where(p => p.CarriedFromId != null)
            .ToDictionaryAsync(p => p.Id, p => p.CarriedFromId!.Value, cancellationToken);
        var lineage = version.Promises.ToDictionary(p => p.Id, p => Lineage(p.Id, carriedFrom));
        var allIds = lineage.Values.SelectMany(ids => ids).Distinct().ToList();
        var papers = await (from link in db.PledgePromisePapers
                            join paper in db.ReportRequests on link.ReportRequestId equals paper.Id
                            join meeting in db.Meetings on paper.MeetingId equals meeting.Id
                            where allIds.Contains(link.PromiseId) && !paper.Confidential && paper.ReceivedAtUtc != null
                            select new { link.PromiseId, paper.Id, paper.Title, meeting.Date, link.How }).AsNoTracking().ToListAsync(cancellationToken);
        return version.Promises.Select(p => new PromiseLinks(p,
            p.Questions.Select(q => q.QuestionKey).Order(StringComparer.Ordinal).ToList(),
            p.Actions.Select(a => actions.GetValueOrDefault(Token(a))).OfType<LinkedAction>().OrderBy(a => a.Done).ThenBy(a => a.DueDate).ToList(),
            papers.Where(x => lineage[p.Id].Contains(x.PromiseId)).OrderByDescending(x => x.Date).ThenBy(x => x.Title)
                .Select(x => new PaperSaid(x.Id, x.Title, x.Date, x.How ?? "")).ToList())).ToList();
    }

    /// <summary>The actions a promise may link to: strategy actions and the board's actions that are not confidential.</summary>
    public async Task<IReadOnlyList<LinkedAction>> ActionChoicesAsync(CancellationToken cancellationToken)
    {
        var strategy = await db.StrategyActions.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var board = await db.BoardActions.AsNoTracking().Where(a => !a.Confidential).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return [.. strategy.Select(Of), .. board.Select(Of)];
    }

    /// <summary>Every question key used in a question set, with the wording of its latest version.</summary>
    public async Task<IReadOnlyList<QuestionChoice>> QuestionChoicesAsync(CancellationToken cancellationToken)
    {
        var rows = await (from q in db.SurveyQuestions
                          join set in db.QuestionSets on q.QuestionSetId equals set.Id
                          select new { q.Key, q.Text, q.ResultLabel, set.CreatedAtUtc, set.Version }).AsNoTracking().ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Key).Select(g => g.OrderByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Version).First())
            .Select(r => new QuestionChoice(r.Key, r.ResultLabel ?? r.Text)).OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
    }

    public static string Token(PledgePromiseAction link) => link.StrategyActionId is { } s ? $"strategy-{s}" : $"board-{link.BoardActionId}";

    /// <summary>Reads "strategy-12" or "board-7": exactly one action, or null for anything else.</summary>
    public static PledgePromiseAction? Parse(string? token)
    {
        var parts = (token ?? "").Split('-');
        if (parts.Length != 2 || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) || id <= 0) return null;
        return parts[0] switch
        {
            "strategy" => new PledgePromiseAction { StrategyActionId = id },
            "board" => new PledgePromiseAction { BoardActionId = id },
            _ => null,
        };
    }

    private async Task<Dictionary<string, LinkedAction>> ActionsAsync(IReadOnlyList<PledgePromiseAction> links, CancellationToken cancellationToken)
    {
        var strategyIds = links.Where(l => l.StrategyActionId is not null).Select(l => l.StrategyActionId!.Value).Distinct().ToList();
        var boardIds = links.Where(l => l.BoardActionId is not null).Select(l => l.BoardActionId!.Value).Distinct().ToList();
        var strategy = await db.StrategyActions.AsNoTracking().Where(a => strategyIds.Contains(a.Id)).ToListAsync(cancellationToken);
        var board = await db.BoardActions.AsNoTracking().Where(a => boardIds.Contains(a.Id) && !a.Confidential).ToListAsync(cancellationToken);
        return strategy.Select(Of).Concat(board.Select(Of)).ToDictionary(a => a.Token);
    }

    private static LinkedAction Of(StrategyAction a) => new($"strategy-{a.Id}", "Strategy action", a.Description, a.Owner, DisplayWords.Of(a.Status),
        a.Status == StrategyActionStatus.Done, a.Rag, a.DueDate, $"/Strategy/Actions/Show/{a.Id}");

    private static LinkedAction Of(BoardAction a) => new($"board-{a.Id}", "Board action", a.Description, a.Owner, DisplayWords.Of(a.Status),
        a.Status == ActionStatus.Done, null, a.DueDate, $"/Governance/Actions/Show/{a.Id}");

    private static HashSet<int> Lineage(int id, IReadOnlyDictionary<int, int> carriedFrom)
    {
        var ids = new HashSet<int> { id };
        while (carriedFrom.TryGetValue(id, out var earlier) && ids.Add(earlier)) id = earlier;
        return ids;
    }
}
