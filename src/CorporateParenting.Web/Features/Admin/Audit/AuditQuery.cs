using CorporateParenting.Data.Audit;

namespace CorporateParenting.Web.Features.Admin.Audit;

/// <summary>The audit page's filters, bound from the query string so a filtered view can be shared and exported.</summary>
public sealed class AuditFilter
{
    public string? User { get; set; }
    public string? EntityType { get; set; }
    public AuditAction? Action { get; set; }
    [System.ComponentModel.DataAnnotations.Display(Name = "The from date")] public DateOnly? From { get; set; }
    [System.ComponentModel.DataAnnotations.Display(Name = "The to date")] public DateOnly? To { get; set; }
    /// <summary>The page shown (read from <c>?page=</c> by the page, never bound: see Paging.Requested).</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever] public int Page { get; set; } = 1;

    public IQueryable<AuditEvent> Apply(IQueryable<AuditEvent> events)
    {
        if (!string.IsNullOrWhiteSpace(User))
        {
            var user = User.Trim().ToLower();
            events = events.Where(e => e.UserName != null && e.UserName.ToLower().Contains(user));
        }
        if (!string.IsNullOrWhiteSpace(EntityType)) events = events.Where(e => e.EntityType == EntityType);
        if (Action is not null) events = events.Where(e => e.Action == Action);
        if (From is not null)
        {
            var from = From.Value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            events = events.Where(e => e.OccurredAtUtc >= from);
        }
        if (To is not null)
        {
            var to = To.Value.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            events = events.Where(e => e.OccurredAtUtc < to);
        }
        return events.OrderByDescending(e => e.OccurredAtUtc).ThenByDescending(e => e.Id);
    }

    public Dictionary<string, string?> RouteValues(int? page = null) => new()
    {
        ["User"] = User, ["EntityType"] = EntityType, ["Action"] = Action?.ToString(),
        ["From"] = From?.ToString("yyyy-MM-dd"), ["To"] = To?.ToString("yyyy-MM-dd"),
        ["page"] = (page ?? Page) == 1 ? null : (page ?? Page).ToString(),
    };
}
