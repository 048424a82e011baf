using System.Globalization;

namespace CorporateParenting.Web.Features.Performance.Scorecard;

/// <summary>Numbers as the board reads them: "72.5%", "67 per 10,000", "739 days".</summary>
public static class Figures
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(double? value, string unit) => value is not { } v ? "" : unit switch
    {
        "%" => v.ToString("0.0", English) + "%",
        "per 10,000" => v.ToString("#,0", English),
        "children" or "days" => v.ToString("#,0", English),
        _ => v.ToString("#,0.0", English),
    };

    public static string Count(int? count) => count?.ToString("#,0", English) ?? "";

    public static string Decimal(double? value) => value?.ToString("0.##", English) ?? "";
}
