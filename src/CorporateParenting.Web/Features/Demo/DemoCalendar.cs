using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Features.Governance;

namespace CorporateParenting.Web.Features.Demo;

/// <summary>
/// When the demo board meets: every two months on the third Tuesday (never a weekend), counted from the day the demo
/// is seeded so it always looks current. The board's current year began seven months ago (six meetings, four held);
/// the earlier meetings reach back far enough that the last complete financial or municipal year, which began 12 to
/// 24 months ago, lies wholly in the record.
/// </summary>
public static class DemoCalendar
{
    /// <summary>Meetings before the current year: eighteen months of them.</summary>
    public const int EarlierMeetings = 9;

    public static int AllMeetings => EarlierMeetings + MeetingPlanner.MeetingsInAYear;

    /// <summary>The third Tuesday of the month <paramref name="day"/> falls in.</summary>
    public static DateOnly BoardDay(DateOnly day)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        var tuesday = first.AddDays(((int)DayOfWeek.Tuesday - (int)first.DayOfWeek + 7) % 7);
        return tuesday.AddDays(14);
    }

    /// <summary>Every meeting of the demo record, oldest first, with the standing items and nothing else.</summary>
    public static List<Meeting> PlanMeetings(DateOnly today, IReadOnlyList<StandingItem> standing)
    {
        var firstOfYear = today.AddMonths(-7);
        var first = new DateOnly(firstOfYear.Year, firstOfYear.Month, 1).AddMonths(-2 * EarlierMeetings);
        var meetings = new List<Meeting>();
        while (meetings.Count < AllMeetings)
            meetings.AddRange(MeetingPlanner.PlanYear(first.AddMonths(2 * meetings.Count), new TimeOnly(14, 0), "Committee Room 2, Northbridge Town Hall", standing));
        meetings = meetings.Take(AllMeetings).ToList();
        foreach (var meeting in meetings) meeting.Date = BoardDay(meeting.Date);
        return meetings;
    }
}
