using CorporateParenting.Data;
using CorporateParenting.Data.AnnualReports;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.AnnualReports;

/// <summary>Starts a year's report: the kind of year and which, its title, the committee, the author and the report's date.</summary>
[Authorize(Policy = Capability.ManageAnnualReport)]
public sealed class StartModel(HubDbContext db, AnnualReportWorkflow workflow, TimeProvider clock) : PageModel
{
    public sealed class StartInput
    {
        public ReportYearKind? Kind { get; set; }
        public int? StartYear { get; set; }
        public string? Title { get; set; }
        public string? ReportTo { get; set; }
        public string? Author { get; set; }
        [System.ComponentModel.DataAnnotations.Display(Name = "The date of the report")] public DateOnly? ReportDate { get; set; }
    }

    [BindProperty] public StartInput Input { get; set; } = new();

    public void OnGet()
    {
        var year = AnnualReportWorkflow.LastCompleteStartYear(ReportYearKind.Financial, clock.UkToday());
        Input = new StartInput
        {
            Kind = ReportYearKind.Financial, StartYear = year, ReportTo = AnnualReportWorkflow.DefaultReportTo,
            Title = $"Corporate Parenting Board annual report {year}-{(year + 1) % 100:00}", ReportDate = clock.UkToday(),
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Check();
        if (!ModelState.IsValid) return Page();
        try
        {
            var report = await workflow.StartAsync(new NewAnnualReport(Input.Kind!.Value, Input.StartYear!.Value, Input.Title!, Input.ReportTo!, Input.Author!, Input.ReportDate!.Value), cancellationToken);
            TempData["Saved"] = $"{report.Title} has been started";
            return Redirect($"/AnnualReports/Report/{report.Id}");
        }
        catch (AnnualReportRuleException refused)
        {
            ModelState.AddModelError("Input.StartYear", refused.Message);
            return Page();
        }
    }

    private void Check()
    {
        if (Input.Kind is null) ModelState.AddModelError("Input.Kind", "Choose whether the report covers the financial year or the municipal year");
        if (Input.StartYear is null && ModelState["Input.StartYear"] is not { Errors.Count: > 0 }) ModelState.AddModelError("Input.StartYear", "Enter the year the report's year starts in, like 2025");
        else if (Input.StartYear is < 2000 or > 2100) ModelState.AddModelError("Input.StartYear", "Enter a year between 2000 and 2100");
        Text("Input.Title", Input.Title, "Enter the report's title", db.MaxLength<AnnualReport>(r => r.Title), "title");
        Text("Input.ReportTo", Input.ReportTo, "Enter the committee the report goes to", db.MaxLength<AnnualReport>(r => r.ReportTo), "committee's name");
        Text("Input.Author", Input.Author, "Enter the report's author, like Cllr Aisha Brennan, Chair of the Corporate Parenting Board", db.MaxLength<AnnualReport>(r => r.Author), "author");
        if (Input.ReportDate is null && ModelState["Input.ReportDate"] is not { Errors.Count: > 0 }) ModelState.AddModelError("Input.ReportDate", "Enter the date of the report");
    }

    private void Text(string key, string? value, string missing, int? max, string what)
    {
        if (string.IsNullOrWhiteSpace(value)) ModelState.AddModelError(key, missing);
        else if (value.Trim().Length > max) ModelState.AddModelError(key, $"The {what} must be {max} characters or fewer");
    }
}
