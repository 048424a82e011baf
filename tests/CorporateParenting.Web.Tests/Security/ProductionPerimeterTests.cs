using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Testing;

namespace CorporateParenting.Web.Tests.Security;

/// <summary>A production Hub reached over plain HTTP, directly or through proxies (issue 12, ADR 13).</summary>
public sealed class ProductionPerimeterTests(ProductionPerimeterHub hub) : IClassFixture<ProductionPerimeterHub>
{
    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task Plain_http_without_a_trusted_proxy_is_sent_to_the_public_https_address_not_a_500(string method)
    {
        using var client = hub.ClientFrom("192.0.2.60", baseAddress: "http://evil.example");
        using var request = new HttpRequestMessage(new HttpMethod(method), "/Account/SignIn?ReturnUrl=%2F");
        if (method == "POST") request.Content = new FormUrlEncodedContent([new("Input.Email", "admin@hub.example")]);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(PerimeterHub.PublicUrl + "/Account/SignIn?ReturnUrl=%2F", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Forwarded_proto_is_honoured_from_the_trusted_proxy_only()
    {
        var fromProxy = await SignInPageAsync(PerimeterHub.TrustedProxy);
        var fromElsewhere = await SignInPageAsync("192.0.2.61");

        Assert.Equal(HttpStatusCode.OK, fromProxy.Status);
        Assert.Contains("Sign in", fromProxy.Body);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, fromElsewhere.Status);
    }

    private async Task<(HttpStatusCode Status, string Body)> SignInPageAsync(string from)
    {
        using var client = hub.ClientFrom(from);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/SignIn");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "198.51.100.200");
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_answers_load_balancers_over_plain_http()
    {
        using var client = hub.ClientFrom("192.0.2.62");
        using var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void A_production_hub_without_a_public_address_does_not_start_and_says_why()
    {
        using var unconfigured = new HubFactory(DatabaseProvider.Sqlite, "Production", new() { ["Hub:PublicUrl"] = "" });

        var error = Assert.ThrowsAny<Exception>(() => unconfigured.CreateClient());

        Assert.Contains("Hub:PublicUrl is not set", error.ToString());
    }

    [Fact]
    public void A_production_public_address_must_be_https()
    {
        using var plain = new HubFactory(DatabaseProvider.Sqlite, "Production", new() { ["Hub:PublicUrl"] = "http://hub.testshire.example" });

        var error = Assert.ThrowsAny<Exception>(() => plain.CreateClient());

        Assert.Contains("must start with https://", error.ToString());
    }
}
