namespace CorporateParenting.Ssda903.Model;

/// <summary>The return's dates: strictly dd/mm/yyyy. Anything else is null here; the rules report it.</summary>
public static class Dates
{
    public static DateOnly? Parse(string value)
    {
        if (value.Length != 10 || value[2] != '/' || value[5] != '/') return null;
        if (!TwoDigits(value, 0, out var day) || !TwoDigits(value, 3, out var month) || !TwoDigits(value, 6, out var century) || !TwoDigits(value, 8, out var years)) return null;
        var year = century * 100 + years;
        return month is >= 1 and <= 12 && year >= 1 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private static bool TwoDigits(string s, int at, out int value)
    {
        int tens = s[at] - '0', units = s[at + 1] - '0';
        value = tens * 10 + units;
        return (uint)tens <= 9 && (uint)units <= 9;
    }

    /// <summary>Age in whole years on a day (a 29 February birthday falls on 28 February in other years).</summary>
    public static int Age(DateOnly dob, DateOnly on)
    {
        var age = on.Year - dob.Year;
        return on < Birthday(dob, on.Year) ? age - 1 : age;
    }

    public static DateOnly Birthday(DateOnly dob, int year) =>
        dob.Month == 2 && dob.Day == 29 && !DateTime.IsLeapYear(year) ? new DateOnly(year, 2, 28) : new DateOnly(year, dob.Month, dob.Day);
}
