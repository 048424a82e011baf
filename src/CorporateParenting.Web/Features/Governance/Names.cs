namespace CorporateParenting.Web.Features.Governance;

/// <summary>Month names for the reporting schedule; the board's codes in words are <see cref="Infrastructure.DisplayWords"/>.</summary>
public static class Names
{
    public static string Month(int month) => System.Globalization.CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.GetMonthName(month);
}
