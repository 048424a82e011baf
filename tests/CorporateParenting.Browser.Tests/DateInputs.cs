using Microsoft.Playwright;

namespace CorporateParenting.Browser.Tests;

/// <summary>Types into a GOV.UK date input's Day, Month and Year fields as a person does.</summary>
public static class DateInputs
{
    public static Task FillAsync(IPage page, string name, DateOnly date) =>
        FillAsync(page, name, date.Day.ToString(), date.Month.ToString(), date.Year.ToString());

    public static async Task FillAsync(IPage page, string name, string day, string month, string year)
    {
        var id = name.Replace('.', '_').Replace('[', '_').Replace(']', '_');
        await page.Locator($"#{id}_Day").FillAsync(day);
        await page.Locator($"#{id}_Month").FillAsync(month);
        await page.Locator($"#{id}_Year").FillAsync(year);
    }
}
