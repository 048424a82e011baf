using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.CorporateParents.Meet;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Home.Panels;

/// <summary>
/// A young person's home, in plain words: their youth groups and their next reports to the board, what the board did
/// with what young people said, corporate parents they can meet, and the strategy and Pledge for young people.
/// No figures at all: nothing here can show a small number.
/// </summary>
public sealed class YoungPersonHome(HubDbContext db, HomeLinks links) : IHomePanel
{
    public async Task<HomePanel> BuildAsync(HomeViewer viewer, CancellationToken cancellationToken)
    {
        var today = viewer.Today;
        var groups = await db.YouthGroups.AsNoTracking().Where(g => g.Active).OrderBy(g => g.MinAge).ToListAsync(cancellationToken);
        var nextMeetings = (await db.YouthGroupMeetings.AsNoTracking().Where(m => m.Date >= today).ToListAsync(cancellationToken))
            .GroupBy(m => m.YouthGroupId).ToDictionary(g => g.Key, g => g.Min(m => m.Date));
        var nextBoard = await db.Meetings.AsNoTracking().Where(m => m.Date >= today).OrderBy(m => m.Date).Select(m => (DateOnly?)m.Date).FirstOrDefaultAsync(cancellationToken);
        var yours = groups.Select(g => new HomeTask(g.Name, links.To("/Voice/YouthGroups/Group", new { id = g.Id }), TaskState.None, null,
            string.Join(". ", new[]
            {
                nextMeetings.TryGetValue(g.Id, out var d) ? $"Your group next meets on {DateDisplay.Long(d)}" : null,
                nextBoard is { } b ? $"Your report goes to the board meeting on {DateDisplay.Long(b)}" : null,
            }.Where(s => s is not null)))).ToList();

        var said = await db.YouSaidEntries.AsNoTracking()
            .Where(e => e.Published && e.ChildFriendlyYouSaid != null && e.ChildFriendlyWeDid != null)
            .OrderByDescending(e => e.FedBackOn ?? e.RaisedOn).Take(3)
            .Select(e => new { e.ChildFriendlyYouSaid, e.ChildFriendlyWeDid, e.Status }).ToListAsync(cancellationToken);
        var didWith = said.Select(e => new HomeTask($"You said: {e.ChildFriendlyYouSaid}", links.To("/YoungPeople/YouSaidWeDid"),
            TaskState.None, null, $"{(e.Status == YouSaidStatus.Done ? "We did" : "We are doing")}: {e.ChildFriendlyWeDid}")).ToList();

        var parents = (await PublishedPenPictures.ListAsync(db, today, take: 3, cancellationToken))
            .Select(c => new HomeTask($"{c.Name}, councillor for {c.Ward}", links.To("/CorporateParents/Meet/Index"), TaskState.None, null, c.WhoIAm)).ToList();
        if (parents.Count > 0) parents.Add(new HomeTask("Meet all your corporate parents", links.To("/CorporateParents/Meet/Index")));

        var promises = new List<HomeTask>
        {
            new("Our promises to you", links.To("/Strategy/ForYoungPeople"), Detail: "What the council is doing for children in care and care leavers, in plain words"),
            new("The Pledge", links.To("/YoungPeople/Pledge"), Detail: "What we promise every child in our care, and what you told us about it"),
        };
        return new HomePanel(HubRoles.YoungPerson, "Your Hub",
        [
            new TaskGroup("Your groups", yours, "There are no youth groups yet."),
            new TaskGroup("What the board did with what you said", didWith, "Nothing to show yet."),
            new TaskGroup("Corporate parents you can meet", parents, "No councillor has shared their pen picture yet."),
            new TaskGroup("Our promises", promises, ""),
        ]);
    }
}
