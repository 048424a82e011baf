using CorporateParenting.Data.Performance;

namespace CorporateParenting.Web.Features.Demo;

/// <summary>
/// The demo council's postcode lookup, wholly made up: the generator's NB districts are Northbridge,
/// spread over eight invented wards; XQ districts are a neighbouring, equally invented council.
/// </summary>
public static class DemoPostcodes
{
    public const string CouncilCode = "NBC";
    public const string NeighbourCode = "XQC";

    private static readonly string[] Wards =
        ["Abbey Fields", "Brook Green", "Castle Mount", "Dockside", "Elm Park", "Foundry", "Garden Village", "Harbour"];

    public static IEnumerable<PostcodeArea> All()
    {
        // A fictional town centre at 53.0 N, 1.5 W; each NB district a short way out, XQ districts 10 to 70 miles off.
        for (var d = 1; d <= 30; d++)
        {
            var angle = d * 0.7;
            yield return new PostcodeArea { Postcode = $"NB{d}", Ward = Wards[(d - 1) % Wards.Length], LocalAuthority = CouncilCode,
                Latitude = 53.0 + 0.03 * Math.Sin(angle), Longitude = -1.5 + 0.05 * Math.Cos(angle) };
            var miles = 10 + (d * 37 % 60);
            yield return new PostcodeArea { Postcode = $"XQ{d}", Ward = "Outside Northbridge", LocalAuthority = NeighbourCode,
                Latitude = 53.0 + miles / 69.0 * Math.Sin(angle), Longitude = -1.5 + miles / 41.6 * Math.Cos(angle) };
        }
    }
}
