using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.CorporateParents.Schools;

/// <summary>
/// The schools the council's children attend: designated teacher, link governor, the number of children
/// (protected for everyone, the board officer too, since the page is one page for all) and who is missing.
/// </summary>
[Authorize(Policy = Capability.ViewCorporateParents)]
public sealed class IndexModel(HubDbContext db, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<School> Schools { get; private set; } = [];
    public SchoolCounts.Protected Counts { get; private set; } = new(new Dictionary<int, string>(), "0", 0);
    public bool CanManage { get; private set; }

    public static bool MissingSomeone(School school) => school.DesignatedTeacher is null || school.LinkGovernor is null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanManage = (await authorization.AuthorizeAsync(User, Capability.ManageCorporateParents)).Succeeded;
        var schools = await db.Schools.AsNoTracking().ToListAsync(cancellationToken);
        Counts = SchoolCounts.Protect(schools);
        Schools = schools.OrderByDescending(MissingSomeone).ThenBy(s => s.Name).ToList();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        CsvDownload.Create(await ExportAsync(cancellationToken), "schools.csv");

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken cancellationToken) =>
        ExcelDownload.Create(await ExportAsync(cancellationToken), "schools.xlsx", "Schools");

    /// <summary>The page's rows with the counts as the page shows them: through the same disclosure control, never the raw figure.</summary>
    private async Task<IEnumerable<object>> ExportAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        return Schools.Select(s => new
        {
            School = s.Name, Urn = s.Urn ?? "", DesignatedTeacher = s.DesignatedTeacher ?? "Missing", DesignatedTeacherEmail = s.DesignatedTeacherEmail ?? "",
            LinkGovernor = s.LinkGovernor ?? "None appointed",
            Children = Counts.BySchool.TryGetValue(s.Id, out var shown) ? shown : "Not counted",
            CountedOn = s.CountedOn is { } on ? DateDisplay.Iso(on) : "",
        }).Append(new
        {
            School = "All counted schools", Urn = "", DesignatedTeacher = "", DesignatedTeacherEmail = "", LinkGovernor = "",
            Children = Counts.Total, CountedOn = "",
        });
    }
}
