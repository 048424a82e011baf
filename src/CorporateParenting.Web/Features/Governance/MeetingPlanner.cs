using CorporateParenting.Data.Governance;

namespace CorporateParenting.Web.Features.Governance;

/// <summary>A standing agenda item from configuration ("Governance:StandingItems").</summary>
public sealed class StandingItem
{
    public string Title { get; set; } = "";
    public string? Presenter { get; set; }
    public ItemPurpose Purpose { get; set; } = ItemPurpose.Information;
}

public sealed class GovernanceOptions
{
    public const string Section = "Governance";
    public List<StandingItem> StandingItems { get; set; } = [];
    /// <summary>Papers are due this many days before their meeting, so the pack can go out a week ahead.</summary>
    public int PaperDeadlineDays { get; set; } = 10;
    /// <summary>The owner is reminded this many days before a paper's deadline.</summary>
    public int ReminderDaysBefore { get; set; } = 7;
    /// <summary>How often the reminder job looks for papers to chase.</summary>
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>The clerk named on the board pack's front sheet; without a name, the board's support officer.</summary>
    public ClerkContact Clerk { get; set; } = new();
}

public sealed class ClerkContact
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Telephone { get; set; }
}

/// <summary>Plans a year of meetings every two months, each agenda opening with the standing items.</summary>
public static class MeetingPlanner
{
    public const int MeetingsInAYear = 6;

    public static IReadOnlyList<Meeting> PlanYear(DateOnly first, TimeOnly startTime, string place, IReadOnlyList<StandingItem> standing) =>
        Enumerable.Range(0, MeetingsInAYear).Select(i => new Meeting
        {
            // AddMonths keeps the day where it can and takes the month's last day where it cannot (31st, 29 February).
            Date = first.AddMonths(2 * i),
            StartTime = startTime,
            Place = place,
            Status = MeetingStatus.Planned,
            Items = standing.Select((s, order) => new AgendaItem { Order = order + 1, Title = s.Title, Presenter = s.Presenter, Purpose = s.Purpose, IsStanding = true }).ToList(),
        }).ToList();
}
