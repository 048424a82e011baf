using System.Net;
using System.Text.RegularExpressions;
using CorporateParenting.Ssda903.Generation;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;

namespace CorporateParenting.Web.Tests.Performance;

/// <summary>The postcode directory and Ofsted list uploaded beside a return: a malformed one is refused at once; good ones let the place rules run.</summary>
public sealed partial class ImportPlacesPageTests(DemoHub hub) : IClassFixture<DemoHub>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hub-places-upload-test-").FullName;

    [Fact]
    public async Task A_malformed_provider_list_is_refused_and_good_files_leave_no_rule_unchecked()
    {
        ReturnGenerator.Write(new GeneratorOptions(Children: 50, Years: 1, Seed: 3, LastYear: 2022), _folder);
        var year = Directory.GetFiles(Path.Combine(_folder, "2022")).Select(f => ("Files", Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        var postcodes = ("Postcodes", "ONSPD_NOV_2024.csv", File.ReadAllBytes(Path.Combine(_folder, "postcodes.csv")));
        using var analyst = hub.ClientAs(HubRoles.PerformanceAnalyst);

        using var refused = await UploadAsync(analyst, [.. year, postcodes, ("Providers", "providers.csv", "URN,Sector\nSC123456,Private\n"u8.ToArray())]);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("providers.csv: no provider type column; expected &#x27;Provider type&#x27; (or Ofsted&#x27;s &#x27;Placement code&#x27;)", page);
        Assert.Contains("id=\"Providers-error\"", page);

        using var withoutFiles = await UploadAsync(analyst, year);
        var unchecked_ = await analyst.GetStringAsync(withoutFiles.Headers.Location!.ToString());
        Assert.Contains("10 rules were not checked", unchecked_);
        Assert.Contains("1008, 219, 221, 224, 227, 228, 229: needs the Ofsted provider list", unchecked_);

        var providers = ("Providers", "ofsted.csv", File.ReadAllBytes(Path.Combine(_folder, "providers.csv")));
        using var uploaded = await UploadAsync(analyst, [.. year, postcodes, providers]);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var check = await analyst.GetStringAsync(uploaded.Headers.Location!.ToString());
        Assert.Contains("Collection year 2022", check);
        Assert.DoesNotContain("data-not-checked", check);
        Assert.DoesNotContain("_reference-", check);   // the reference files are not tables of the return
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, IEnumerable<(string Field, string Name, byte[] Content)> files)
    {
        var html = await client.GetStringAsync("/Performance/Imports");
        var token = AntiforgeryToken().Match(html).Groups[1].Value;
        using var content = new MultipartFormDataContent { { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" } };
        foreach (var (field, name, bytes) in files) content.Add(new ByteArrayContent(bytes), field, name);
        return await client.PostAsync("/Performance/Imports", content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
