using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Ssda903.Generation;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Performance;

/// <summary>An analyst imports a year in the browser: upload, check, confirm; replacing asks first; broken files save nothing.</summary>
public sealed class ImportPageTests(DemoHub hub) : IClassFixture<DemoHub>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hub-upload-test-").FullName;

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, IEnumerable<(string Name, byte[] Content)> files) =>
        Forms.PostFilesAsync(client, "/Performance/Imports", "Files", files);

    private IEnumerable<(string, byte[])> GeneratedYear(int year)
    {
        ReturnGenerator.Write(new GeneratorOptions(Children: 50, Years: 1, Seed: 3, LastYear: year), _folder);
        return Directory.GetFiles(Path.Combine(_folder, year.ToString())).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)));
    }

    private Task<int> ImportsAsync(int year) => hub.WithScope(s => s.GetRequiredService<HubDbContext>().Ssda903Imports.CountAsync(i => i.Year == year));

    [Fact]
    public async Task An_analyst_uploads_checks_and_confirms_and_a_second_import_of_the_year_must_be_confirmed_as_a_replacement()
    {
        using var analyst = hub.ClientAs(HubRoles.PerformanceAnalyst);
        using var uploaded = await UploadAsync(analyst, GeneratedYear(2023));
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var checkUrl = uploaded.Headers.Location!.ToString();
        var check = await analyst.GetStringAsync(checkUrl);
        Assert.Contains("Collection year 2023", check);
        Assert.Contains("Episodes", check);
        Assert.Contains("rules in the DfE 2024-25 catalogue", check);
        Assert.Equal(0, await ImportsAsync(2023));   // nothing saved before confirming

        using var confirmed = await Forms.PostAsync(analyst, checkUrl, [new("Year", "2023")]);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(1, await ImportsAsync(2023));
        var history = await analyst.GetStringAsync("/Performance/Imports");
        Assert.Contains("The 2023 return is imported", history);
        Assert.Contains("SHA-256", history);

        using var again = await UploadAsync(analyst, GeneratedYear(2023));
        var againUrl = again.Headers.Location!.ToString();
        Assert.Contains("This replaces an earlier import", await analyst.GetStringAsync(againUrl));
        using var unconfirmed = await Forms.PostAsync(analyst, againUrl, [new("Year", "2023")]);
        Assert.Contains("Confirm that this import replaces the 2023 return", await unconfirmed.Content.ReadAsStringAsync());
        Assert.Equal(1, await ImportsAsync(2023));
        using var replaced = await Forms.PostAsync(analyst, againUrl, [new("Year", "2023"), new("ConfirmReplace", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.Equal(2, await ImportsAsync(2023));
        Assert.Contains("Replaced", await analyst.GetStringAsync("/Performance/Imports"));

        var quality = await analyst.GetStringAsync("/Performance/DataQuality?Year=2023");
        Assert.Contains("Failures across imports", quality);
    }

    [Fact]
    public async Task A_broken_file_is_reported_precisely_and_nothing_is_saved()
    {
        using var analyst = hub.ClientAs(HubRoles.PerformanceAnalyst);
        var header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n1001,1,01/02/2010,WBRI,UN1,,\r\n\"1002,2,03/04/2011,WBRI,UN1,,\r\n"u8.ToArray();
        using var uploaded = await UploadAsync(analyst, [("header.csv", header)]);
        var check = await analyst.GetStringAsync(uploaded.Headers.Location!.ToString() + "?year=2021");

        Assert.Contains("These files cannot be imported", check);
        Assert.Matches("header\\.csv.*line 3", check);
        Assert.DoesNotContain("Confirm and import", check);
        Assert.Equal(0, await ImportsAsync(2021));
    }

    [Fact]
    public async Task Choosing_no_files_says_what_to_do()
    {
        using var analyst = hub.ClientAs(HubRoles.PerformanceAnalyst);
        using var response = await UploadAsync(analyst, []);
        Assert.Contains("Select the 903 files to import", await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
