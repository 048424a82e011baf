using System.Globalization;
using System.Security.Claims;
using CorporateParenting.Data;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.LocalOffer.Uptake;

/// <summary>
/// Who may record what: whoever manages the offer (the board officer) records for every entitlement; anyone else
/// holding RecordOfferUptake (a service manager) only for entitlements owned by a service they are assigned to (ADR 14).
/// </summary>
public static class UptakeRecorder
{
    public static async Task<UptakeRules> RulesForAsync(HubDbContext db, ClaimsPrincipal user, IAuthorizationService authorization, TimeProvider clock, CancellationToken cancellationToken)
    {
        var catalogue = await OfferCatalogue.LoadAsync(db, cancellationToken);
        IReadOnlySet<int>? services = null;
        if (!(await authorization.AuthorizeAsync(user, Capability.ManageLocalOffer)).Succeeded)
        {
            var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
            services = (await db.Services.AsNoTracking().Where(s => s.Managers.Any(m => m.UserId == userId)).Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet();
        }
        return new UptakeRules(catalogue, services, clock.UkToday());
    }

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"];

    /// <summary>A date as typed: 2025-04-01 (what a date input sends) or 1/4/2025.</summary>
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>An amount as typed: "18629.84", "£18,629.84"; null for blank; false when it is not an amount.</summary>
    public static bool TryParseAmount(string? text, out decimal? amount)
    {
        amount = null;
        var cleaned = text?.Trim().Replace("£", "").Replace(",", "").Trim();
        if (string.IsNullOrEmpty(cleaned)) return true;
        if (!decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return false;
        amount = value;
        return true;
    }

    public static bool TryParseCount(string? text, out int count) =>
        int.TryParse(text?.Trim().Replace(",", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out count);
}
