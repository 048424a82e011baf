using CorporateParenting.Data;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.CorporateParents.Meet;
using CorporateParenting.Web.Infrastructure;
using CorporateParenting.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.Home;

[Authorize(Policy = Capability.UseHub)]
public sealed class IndexModel(IAuthorizationService authorization, HubDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public IReadOnlyList<Navigation.Item> Tasks { get; private set; } = [];
    /// <summary>For young people: a few of their corporate parents' approved pen pictures.</summary>
    public IReadOnlyList<PublishedPenPictures.Card> PenPictures { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Roles = HubRoles.All.Where(r => User.IsInRole(r.Name)).Select(r => r.DisplayName).ToList();
        var tasks = new List<Navigation.Item>();
        // Young people start from the strategy in plain words; the full strategy stays in the navigation.
        if (User.IsInRole(HubRoles.YoungPerson))
        {
            tasks.Add(new("Our promises to you", "/Strategy/ForYoungPeople", Capability.ViewStrategy, "What the council is doing for children in care and care leavers, in plain words."));
            PenPictures = await PublishedPenPictures.ListAsync(db, clock.UkToday(), take: 3, HttpContext.RequestAborted);
        }
        foreach (var item in Navigation.Items.Where(i => i.Path != "/"))
            if ((await authorization.AuthorizeAsync(User, item.Capability)).Succeeded) tasks.Add(item);
        Tasks = tasks;
    }
}
