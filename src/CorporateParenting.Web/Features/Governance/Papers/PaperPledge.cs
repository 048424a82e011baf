using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Governance.Papers;

/// <summary>
/// The cover sheet's "The Pledge": the promises the paper honours, each with how, then anything else the owner wrote
/// (the free text that was once the whole field, so older papers read as they did). One wording for the page and the pack.
/// </summary>
public static class PaperPledge
{
    public sealed record Honoured(int PaperId, int PromiseId, string Promise, string How);

    public static async Task<ILookup<int, Honoured>> ForPapersAsync(HubDbContext db, IReadOnlyCollection<int> paperIds, CancellationToken cancellationToken) =>
        (await (from link in db.PledgePromisePapers
                join promise in db.PledgePromises on link.PromiseId equals promise.Id
                where paperIds.Contains(link.ReportRequestId)
                orderby promise.Order, promise.Id
                select new Honoured(link.ReportRequestId, promise.Id, promise.Text, link.How ?? "")).AsNoTracking().ToListAsync(cancellationToken))
        .ToLookup(h => h.PaperId);

    public static string Describe(IEnumerable<Honoured> honoured, string? freeText) =>
        string.Join("\n", honoured.Select(h => $"{h.Promise}: {h.How}").Append(freeText?.Trim() ?? "").Where(line => line.Length > 0));

    /// <summary>For display only: replaces each (untracked) paper's free text with the whole "The Pledge" text.</summary>
    public static async Task DescribeInPlaceAsync(HubDbContext db, IReadOnlyList<ReportRequest> papers, CancellationToken cancellationToken)
    {
        var honoured = await ForPapersAsync(db, papers.Where(p => p.IsReceived).Select(p => p.Id).ToList(), cancellationToken);
        foreach (var paper in papers.Where(p => p.IsReceived)) paper.PledgeContribution = Describe(honoured[paper.Id], paper.PledgeContribution);
    }
}
