using System.Globalization;

namespace CorporateParenting.Ssda903.Model;

/// <summary>The return's dates: strictly dd/mm/yyyy. Anything else is null here; the rules report it.</summary>
public static class Dates
{
    public static DateOnly? Parse(string value) =>
        value.Length == 10 && DateOnly.TryParseExact(value, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;

    /// <summary>Age in whole years on a day (a 29 February birthday falls on 28 February in other years).</summary>
    public static int Age(DateOnly dob, DateOnly on)
    {
        var age = on.Year - dob.Year;
        return on < Birthday(dob, on.Year) ? age - 1 : age;
    }

    public static DateOnly Birthday(DateOnly dob, int year) =>
        dob.Month == 2 && dob.Day == 29 && !DateTime.IsLeapYear(year) ? new DateOnly(year, 2, 28) : new DateOnly(year, dob.Month, dob.Day);
}
