using CorporateParenting.Data.Governance;

namespace CorporateParenting.Web.Features.Governance.Papers;

/// <summary>
/// Places scheduled reports on meetings. A report due in a month goes to the first meeting in that
/// month or after it, within two months (boards meet every two months, so a month without a meeting
/// is covered by the next one); a due month with no meeting in reach is left for the next year's plan.
/// </summary>
public static class ReportingSchedule
{
    public sealed record Placement(ReportType Type, Meeting Meeting, DateOnly DueDate);

    public static IReadOnlyList<Placement> Place(IEnumerable<ReportType> types, IReadOnlyList<Meeting> meetings, int deadlineDays)
    {
        var ordered = meetings.OrderBy(m => m.Date).ToList();
        if (ordered.Count == 0) return [];
        var years = Enumerable.Range(ordered[0].Date.Year, ordered[^1].Date.Year - ordered[0].Date.Year + 1).ToList();
        var placements = new List<Placement>();
        foreach (var type in types)
            foreach (var year in years)
                foreach (var month in type.Months)
                {
                    var start = new DateOnly(year, month, 1);
                    var meeting = ordered.FirstOrDefault(m => m.Date >= start && m.Date < start.AddMonths(2));
                    if (meeting is not null && placements.All(p => p.Type != type || p.Meeting != meeting))
                        placements.Add(new Placement(type, meeting, meeting.Date.AddDays(-deadlineDays)));
                }
        return placements.OrderBy(p => p.Meeting.Date).ThenBy(p => p.Type.Title).ToList();
    }

    /// <summary>Reads "January, July" or "1,7" into month numbers; null when any part is not a month.</summary>
    public static IReadOnlyList<int>? ParseMonths(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var months = new SortedSet<int>();
        foreach (var part in text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (int.TryParse(part, out var number) && number is >= 1 and <= 12) months.Add(number);
            else if (Enumerable.Range(1, 12).FirstOrDefault(m => Names.Month(m).StartsWith(part, StringComparison.OrdinalIgnoreCase) && part.Length >= 3) is var named and > 0) months.Add(named);
            else return null;
        }
        return months.ToList();
    }

    /// <summary>How many times a year each frequency is due.</summary>
    public static int TimesAYear(ReportFrequency frequency) => frequency switch
    {
        ReportFrequency.Quarterly => 4,
        ReportFrequency.TwiceAYear => 2,
        _ => 1,
    };
}
