using System.Globalization;
using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Strategy.Achievements;

/// <summary>Record an achievement against a priority the user runs (any priority for the board officer).</summary>
[Authorize(Policy = Capability.UpdateStrategy)]
public sealed class NewModel(HubDbContext db, StrategyAccess access) : PageModel
{
    /// <summary>The column holds 14 digits with 2 decimals.</summary>
    private const decimal MaxImpact = 1_000_000_000_000m;

    public sealed class AchievementInput
    {
        public int? PriorityId { get; set; }
        [System.ComponentModel.DataAnnotations.Display(Name = "The date of the achievement")] public DateOnly? Date { get; set; }
        public string? What { get; set; }
        public string? Who { get; set; }
        /// <summary>Text, so "18,629.84" or "£18,629.84" can be read and a mistake shown back as typed.</summary>
        public string? ImpactNumber { get; set; }
        public string? ImpactUnit { get; set; }
        public string? ImpactSentence { get; set; }
    }

    [BindProperty] public AchievementInput Input { get; set; } = new();

    /// <summary>"18,629.84" or "£18,629.84" as a figure the column holds; null when there is none or it cannot be read.</summary>
    public static decimal? ReadImpact(string? typed) =>
        !string.IsNullOrWhiteSpace(typed) && decimal.TryParse(typed.Trim().TrimStart('£'), NumberStyles.Number, CultureInfo.GetCultureInfo("en-GB"), out var n)
        && n >= 0 && n < MaxImpact && n == decimal.Round(n, 2) ? n : null;
    public IReadOnlyList<PriorityArea> Choices { get; private set; } = [];
    public bool Manages { get; private set; }

    /// <summary>Anyone who may update the strategy sees the page; one who runs no priority is told so, and cannot post.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return Forbid();
        if (Input.PriorityId is { } id ? Choices.All(p => p.Id != id) : !Manages) ModelState.AddModelError("Input.PriorityId", "Select a priority you run");
        var number = ReadImpact(Input.ImpactNumber);   // AchievementChecks has refused one that cannot be read
        if (!ModelState.IsValid) return Page();

        db.Achievements.Add(new Achievement
        {
            PriorityId = Input.PriorityId, Date = Input.Date!.Value, What = Input.What!.Trim(), Who = Input.Who!.Trim(), ImpactNumber = number,
            ImpactUnit = number is null ? null : Input.ImpactUnit!.Trim(), ImpactSentence = string.IsNullOrWhiteSpace(Input.ImpactSentence) ? null : Input.ImpactSentence.Trim(),
        });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = "The achievement has been recorded";
        return Redirect("/Strategy/Achievements");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var mine = await access.EditablePrioritiesAsync(User);
        Manages = await access.ManagesAsync(User);
        Choices = await db.PriorityAreas.AsNoTracking().Where(p => mine.Contains(p.Id)).OrderBy(p => p.Order).ToListAsync(cancellationToken);
        return Choices.Count > 0 || Manages;
    }
}
