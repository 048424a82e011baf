using CorporateParenting.Data;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Features.CorporateParents.Training;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.CorporateParents.Members;

/// <summary>Every serving member with ward, party, board seat and where they stand on training; counts, filters and downloads.</summary>
[Authorize(Policy = Capability.ViewCorporateParents)]
public sealed class IndexModel(HubDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public ComplianceStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Ward { get; set; }
    [BindProperty(SupportsGet = true)] public string? Party { get; set; }
    public IReadOnlyList<MemberStanding> All { get; private set; } = [];
    public IReadOnlyList<MemberStanding> Rows { get; private set; } = [];
    public bool MayManage { get; private set; }

    public int Count(ComplianceStatus status) => All.Count(s => s.Compliance.Status == status);
    public IEnumerable<string> Wards => All.Select(s => s.Member.Ward).Distinct().Order(StringComparer.OrdinalIgnoreCase);
    public IEnumerable<string> Parties => All.Select(s => s.Member.Party).Distinct().Order(StringComparer.OrdinalIgnoreCase);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        MayManage = (await authorization.AuthorizeAsync(User, Capability.ManageCorporateParents)).Succeeded;
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return CsvDownload.Create(MemberCompliance.Export(Rows), "corporate-parents-training.csv");
    }

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return ExcelDownload.Create(MemberCompliance.Export(Rows), "corporate-parents-training.xlsx", "Members");
    }

    /// <summary>The filters as a query string, so the downloads give what the page shows.</summary>
    public string Query => string.Join("&", new[]
    {
        Status is { } s ? $"Status={s}" : null,
        Ward.TrimmedOrNull() is { } w ? $"Ward={Uri.EscapeDataString(w)}" : null,
        Party.TrimmedOrNull() is { } p ? $"Party={Uri.EscapeDataString(p)}" : null,
    }.OfType<string>());

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        All = await MemberCompliance.ServingAsync(db, clock.UkToday(), cancellationToken);
        var ward = Ward.TrimmedOrNull();
        var party = Party.TrimmedOrNull();
        Rows = All.Where(s => (Status is null || s.Compliance.Status == Status)
                && (ward is null || string.Equals(s.Member.Ward, ward, StringComparison.OrdinalIgnoreCase))
                && (party is null || string.Equals(s.Member.Party, party, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(s => s.Compliance.Status).ThenBy(s => s.Member.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public static string TagClass(ComplianceStatus status) => status switch
    {
        ComplianceStatus.UpToDate => "govuk-tag--green",
        ComplianceStatus.Due => "govuk-tag--yellow",
        _ => "govuk-tag--red",
    };
}
