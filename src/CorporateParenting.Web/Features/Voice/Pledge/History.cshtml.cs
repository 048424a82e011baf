using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.Voice.Pledge;

/// <summary>Every version of the Pledge, newest first, with what changed from the one before.</summary>
[Authorize(Policy = Capability.ViewVoice)]
public sealed class HistoryModel(HubDbContext db) : PageModel
{
    public sealed record Change(string What, string Promise);
    public sealed record VersionRow(PledgeVersion Version, IReadOnlyList<Change> Changes);

    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var versions = await new PledgeBook(db).VersionsAsync(cancellationToken);
        Versions = versions.Select((v, i) => new VersionRow(v, i + 1 < versions.Count ? Changes(versions[i + 1], v) : [])).ToList();
    }

    /// <summary>Reworded, new and left-out promises between two versions, by which promise each carries on.</summary>
    public static IReadOnlyList<Change> Changes(PledgeVersion before, PledgeVersion after)
    {
        var earlier = before.Promises.ToDictionary(p => p.Id);
        var carried = after.Promises.Where(p => p.CarriedFromId is { } id && earlier.ContainsKey(id)).Select(p => p.CarriedFromId!.Value).ToHashSet();
        var changes = new List<Change>();
        foreach (var p in after.Promises.OrderBy(p => p.Order))
        {
            if (p.CarriedFromId is not { } id || !earlier.TryGetValue(id, out var was)) changes.Add(new("New", p.Text));
            else if (was.Text != p.Text || was.ChildFriendlyText != p.ChildFriendlyText || was.Outcome != p.Outcome) changes.Add(new("Reworded", $"{p.Text} (was: {was.Text})"));
        }
        changes.AddRange(before.Promises.Where(p => !carried.Contains(p.Id)).OrderBy(p => p.Order).Select(p => new Change("Left out", p.Text)));
        return changes;
    }
}
