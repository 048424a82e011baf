using CorporateParenting.Data;
using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Web.Authorization;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.LocalOffer.Uptake;

/// <summary>Enter or correct one row of uptake. Every field but the dates is read as text so a bad entry gets its own message and stays as typed; the dates are GOV.UK date inputs, which keep what was typed themselves.</summary>
[Authorize(Policy = Capability.RecordOfferUptake)]
public sealed class EditModel(HubDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public sealed class UptakeInput
    {
        public string? EntitlementKey { get; set; }
        [Display(Name = "The first day of the period")] public DateOnly? PeriodStart { get; set; }
        [Display(Name = "The last day of the period")] public DateOnly? PeriodEnd { get; set; }
        public string? YoungPeople { get; set; }
        public string? Cost { get; set; }
        public string? Value { get; set; }
        public string? Note { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public UptakeInput Input { get; set; } = new();
    public UptakeRules Rules { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Rules = await UptakeRecorder.RulesForAsync(db, User, authorization, clock, cancellationToken);
        if (Id is null) return Page();
        if (await db.OfferUptake.AsNoTracking().SingleOrDefaultAsync(u => u.Id == Id, cancellationToken) is not { } row || !Rules.MayRecord(row.EntitlementKey)) return NotFound();
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        Input = new UptakeInput
        {
            EntitlementKey = row.EntitlementKey, PeriodStart = row.PeriodStart, PeriodEnd = row.PeriodEnd,
            YoungPeople = row.YoungPeople.ToString(invariant), Cost = row.Cost?.ToString("0.00", invariant), Value = row.Value?.ToString("0.00", invariant), Note = row.Note,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Rules = await UptakeRecorder.RulesForAsync(db, User, authorization, clock, cancellationToken);
        OfferUptake? row = null;
        if (Id is { } id && ((row = await db.OfferUptake.SingleOrDefaultAsync(u => u.Id == id, cancellationToken)) is null || !Rules.MayRecord(row.EntitlementKey))) return NotFound();

        // A date that could not be read already has the date input's message.
        var start = Input.PeriodStart;
        var end = Input.PeriodEnd;
        if (start is null && ModelState["Input.PeriodStart"] is not { Errors.Count: > 0 }) ModelState.AddModelError("Input.PeriodStart", "Enter the first day of the period");
        if (end is null && ModelState["Input.PeriodEnd"] is not { Errors.Count: > 0 }) ModelState.AddModelError("Input.PeriodEnd", "Enter the last day of the period");
        var count = 0;
        if (string.IsNullOrWhiteSpace(Input.YoungPeople)) ModelState.AddModelError("Input.YoungPeople", "Enter the number of young people, 0 if none");
        else if (!UptakeRecorder.TryParseCount(Input.YoungPeople, out count)) ModelState.AddModelError("Input.YoungPeople", "The number of young people must be a whole number, like 53");
        if (!UptakeRecorder.TryParseAmount(Input.Cost, out var cost)) ModelState.AddModelError("Input.Cost", "The cost must be an amount in pounds, like 1250.00");
        if (!UptakeRecorder.TryParseAmount(Input.Value, out var value)) ModelState.AddModelError("Input.Value", "The value must be an amount in pounds, like 18629.84");
        // The rules run even when a field could not be read, so every problem is named at once; a period that
        // could not be read is not checked again.
        var today = Infrastructure.DateDisplay.UkToday(clock);
        var entry = new UptakeEntry(Input.EntitlementKey?.Trim() ?? "", start ?? today, end ?? start ?? today, count, cost, value, Input.Note?.Trim() is { Length: > 0 } n ? n : null);
        var others = await db.OfferUptake.AsNoTracking().Where(u => u.EntitlementKey == entry.EntitlementKey && u.Id != (Id ?? 0)).ToListAsync(cancellationToken);
        foreach (var error in Rules.Check(entry, others))
        {
            var key = $"Input.{error.Field}";
            if (error.Field.StartsWith("Period", StringComparison.Ordinal) && (start is null || end is null)) continue;
            if (ModelState[key] is not { Errors.Count: > 0 }) ModelState.AddModelError(key, error.Message);
        }
        if (ModelState.IsValid)
        {
            var by = User.Identity?.Name ?? "unknown";
            row ??= db.OfferUptake.Add(new OfferUptake { EntitlementKey = entry.EntitlementKey, RecordedBy = by }).Entity;
            UptakeEdit.Apply(row, entry, by, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            TempData["Saved"] = $"Uptake of {Rules.Catalogue[entry.EntitlementKey].Title} for {Infrastructure.DateDisplay.Long(entry.PeriodStart)} to {Infrastructure.DateDisplay.Long(entry.PeriodEnd)} is saved";
            return Redirect("/LocalOffer/Uptake/Record");
        }
        return Page();
    }
}

/// <summary>Copies a checked entry onto a row, with who recorded it and when.</summary>
public static class UptakeEdit
{
    public static void Apply(OfferUptake row, UptakeEntry entry, string by, DateTime nowUtc)
    {
        row.EntitlementKey = entry.EntitlementKey;
        row.PeriodStart = entry.PeriodStart;
        row.PeriodEnd = entry.PeriodEnd;
        row.YoungPeople = entry.YoungPeople;
        row.Cost = entry.Cost;
        row.Value = entry.Value;
        row.Note = entry.Note;
        row.RecordedBy = by;
        row.RecordedAtUtc = nowUtc;
    }
}
