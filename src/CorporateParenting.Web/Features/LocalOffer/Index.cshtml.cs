using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.LocalOffer;

/// <summary>The Local Offer for care leavers inside the Hub: where each part lives, and the public pages.</summary>
[Authorize(Policy = Capability.ViewLocalOffer)]
public sealed class IndexModel : PageModel
{
    public static readonly IReadOnlyList<SectionPart> Parts =
    [
        new("The offer", "/LocalOffer/Entitlements", "The published offer under its six areas, every earlier edition, and the draft of the next one."),
        new("Pledges", "/LocalOffer/Pledges", "What departments and partners have pledged to the offer, who made each pledge and when."),
        new("Uptake and value", "/LocalOffer/Uptake", "How many care leavers had each entitlement, what it cost and what it was worth, year by year; record or upload uptake."),
    ];

    public void OnGet() { }
}
