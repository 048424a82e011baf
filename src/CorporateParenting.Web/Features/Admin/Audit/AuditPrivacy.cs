using System.Text.Json;
using System.Text.Json.Nodes;
using CorporateParenting.Data.Audit;

namespace CorporateParenting.Web.Features.Admin.Audit;

/// <summary>One audit event as a particular reader may see it.</summary>
public sealed record AuditRow(long Id, DateTime OccurredAtUtc, string? UserName, string? UserId, AuditAction Action, string EntityType, string? EntityId, string? OldValues, string? NewValues)
{
    public string ActionName => AuditActionNames.Of(Action);
}

/// <summary>
/// Which children were read is itself child-level data (ADR 14): a reader of the trail who may not see every child
/// learns that N child records were read, not whose. Only a user holding both ViewAuditTrail and ViewAllChildren
/// sees the ids.
/// </summary>
public static class AuditPrivacy
{
    public static AuditRow ForReader(AuditEvent e, bool seesChildIds)
    {
        var row = new AuditRow(e.Id, e.OccurredAtUtc, e.UserName, e.UserId, e.Action, e.EntityType, e.EntityId, e.OldValues, e.NewValues);
        if (seesChildIds || ChildCount(e.NewValues) is not { } count) return row;
        return row with
        {
            EntityId = null,
            NewValues = Withheld(e.NewValues!, count),
        };
    }

    /// <summary>The number of children an event names (reads and refusals carry a "children" array), or null.</summary>
    public static int? ChildCount(string? values)
    {
        if (values is null || !values.Contains("\"children\"", StringComparison.Ordinal)) return null;
        try
        {
            return JsonNode.Parse(values) is JsonObject o && o["children"] is JsonArray children ? children.Count : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Withheld(string values, int count)
    {
        var o = (JsonObject)JsonNode.Parse(values)!;
        o["children"] = $"{count:#,0} child {(count == 1 ? "record" : "records")} (which ones is shown only to those who may see every child)";
        return o.ToJsonString();
    }
}
