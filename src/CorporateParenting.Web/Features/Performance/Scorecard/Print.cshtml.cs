using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.Performance.Scorecard;

/// <summary>The whole scorecard laid out for paper and the board pack: no filters, no links.</summary>
[Authorize(Policy = Capability.ViewScorecard)]
public sealed class PrintModel(ScorecardBuilder builder, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public Scorecard Card { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var suppress = !(await authorization.AuthorizeAsync(User, Capability.ViewChildData)).Succeeded;
        Card = await builder.BuildAsync(Year, suppress, cancellationToken);
    }
}
