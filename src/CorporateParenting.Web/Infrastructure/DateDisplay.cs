using System.Globalization;

namespace CorporateParenting.Web.Infrastructure;

/// <summary>Dates and times the GOV.UK way: "3 July 2024", "3 July 2024 at 2:05pm", in UK time.</summary>
public static class DateDisplay
{
    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Today's date in the UK, which is what "due" and "overdue" mean to a council.</summary>
    public static DateOnly UkToday(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, UkTime));

    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", EnglishUk);

    public static string Long(DateTime date) => date.ToString("d MMMM yyyy", EnglishUk);

    /// <summary>A UTC instant shown in UK local time.</summary>
    public static string LongWithTime(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), UkTime);
        var time = local.ToString(local.Minute == 0 ? "%h" : "h:mm", EnglishUk) + (local.Hour < 12 ? "am" : "pm");
        return $"{Long(local)} at {time}";
    }
}
