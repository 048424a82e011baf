using CorporateParenting.Data;
using CorporateParenting.Data.Services;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Performance;
using CorporateParenting.Web.Features.Performance.Children;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Admin.Services;

/// <summary>The council's services: which children each serves (a count, never a list) and who manages it.</summary>
[Authorize(Policy = Capability.ManageServices)]
public sealed class IndexModel(HubDbContext db, CouncilReturns council) : PageModel
{
    public sealed record Row(Service Service, string Rule, IReadOnlyList<string> Managers, int? Children);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int? Year { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var services = await db.Services.AsNoTracking().Include(s => s.Managers).OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var names = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var data = await council.CurrentAsync(db, cancellationToken);
        Year = data.Years.Count > 0 ? data.Years.Max() : null;
        Rows = services.Select(s => new Row(s, ServiceRules.Describe(s),
            s.Managers.Select(m => names.GetValueOrDefault(m.UserId, m.UserId)).Order().ToList(),
            Year is { } y ? data.Children.Children.Count(c => ServiceRules.Includes(s, c, y)) : null)).ToList();
    }
}
