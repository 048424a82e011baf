using System.Globalization;

namespace CorporateParenting.Web.Infrastructure;

/// <summary>Dates and times the GOV.UK way: "3 July 2024", "3 July 2024 at 2:05pm", in UK time.</summary>
public static class DateDisplay
{
    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Today's date in the UK, which is what "due" and "overdue" mean to a council.</summary>
    public static DateOnly UkToday(this TimeProvider clock) => UkDay(clock.GetUtcNow().UtcDateTime);

    /// <summary>The UK day a UTC instant falls on (an approval at 00:30 in summer is that day, not the day before).</summary>
    public static DateOnly UkDay(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), UkTime));

    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", EnglishUk);

    public static string Long(DateTime date) => date.ToString("d MMMM yyyy", EnglishUk);

    /// <summary>A time of day the GOV.UK way: "2pm", "2:30pm".</summary>
    public static string Time(TimeOnly time) => time.ToString(time.Minute == 0 ? "%h" : "h:mm", EnglishUk) + (time.Hour < 12 ? "am" : "pm");

    /// <summary>A date for a file a machine reads back (CSV, Excel): ISO 8601, "2024-07-03".</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A UTC instant shown in UK local time.</summary>
    public static string LongWithTime(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), UkTime);
        return $"{Long(local)} at {Time(TimeOnly.FromDateTime(local))}";
    }
}
