using System.Security.Claims;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Home.Panels;
using CorporateParenting.Web.Features.Shared;
using CorporateParenting.Web.Infrastructure;
using CorporateParenting.Web.Infrastructure.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.Home;

/// <summary>
/// The home page says what to do next: one panel per role the person holds, built from the record (ADR 33), then a
/// short list of everything they can use.
/// </summary>
[Authorize(Policy = Capability.UseHub)]
public sealed class IndexModel(IAuthorizationService authorization, IServiceProvider services, PersonNames people, TimeProvider clock) : PageModel
{
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public string Name { get; private set; } = "";
    public IReadOnlyList<HomePanel> Panels { get; private set; } = [];
    public IReadOnlyList<Navigation.Item> Everything { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Roles = HubRoles.All.Where(r => User.IsInRole(r.Name)).Select(r => r.DisplayName).ToList();
        var email = User.Identity?.Name ?? "";
        Name = await people.NameAsync(email, cancellationToken);
        var viewer = new HomeViewer(User, email, User.FindFirstValue(ClaimTypes.NameIdentifier), clock.UkToday(), clock.GetUtcNow().UtcDateTime);
        var panels = new List<HomePanel>();
        foreach (var (role, type) in HomePanels.ByRole.Where(p => User.IsInRole(p.Role)))
            panels.Add(await ((IHomePanel)services.GetRequiredService(type)).BuildAsync(viewer, cancellationToken));
        Panels = panels;

        var everything = new List<Navigation.Item>();
        foreach (var item in Navigation.Items.Where(i => i.Path != "/"))
            if ((await authorization.AuthorizeAsync(User, item.Capability)).Succeeded) everything.Add(item);
        Everything = everything;
    }
}
