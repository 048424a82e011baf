using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using CorporateParenting.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.CorporateParents;

/// <summary>The council as corporate parent: where each part of the members' record lives.</summary>
[Authorize(Policy = Capability.ViewCorporateParents)]
public sealed class IndexModel : PageModel
{
    public static readonly IReadOnlyList<SectionPart> Parts =
    [
        new("Members and training", "/CorporateParents/Members", "Every councillor, their induction and corporate-parenting training, who is up to date, due or overdue."),
        new("Pen pictures", "/CorporateParents/PenPictures", "Members' pen pictures: drafted, approved by the member, and shared with young people."),
        new("Champion roles and nominations", "/CorporateParents/Roles", "The member champion and other roles, who holds them now and who held them before."),
        new("Visits", "/CorporateParents/Visits", "Members' visits to children's homes and services, what they found, and which homes are due a visit."),
        new("If this were my child", "/CorporateParents/KeyQuestions", "The key questions every member should be able to answer, answered from live data."),
        new("Schools", "/CorporateParents/Schools", "Designated teachers and link governors in the schools our children attend."),
        new("Decisions", "/CorporateParents/Decisions", "The corporate-parenting check on cabinet and budget proposals, and what changed because of it."),
    ];

    public void OnGet() { }
}
