using System.Net;
using System.Text.RegularExpressions;

namespace CorporateParenting.Testing;

/// <summary>Posts a form the way a browser does: fetches the page first for its antiforgery token.</summary>
public static partial class Forms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? handler = null)
    {
        var page = await client.GetAsync(pageUrl);
        var html = await page.Content.ReadAsStringAsync();
        if (page.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {pageUrl} returned {(int)page.StatusCode}, not the form.");
        var token = AntiforgeryToken().Match(html);
        if (!token.Success) throw new InvalidOperationException($"{pageUrl} has no antiforgery token.");
        var values = fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))).ToList();
        var target = handler is null ? pageUrl : $"{pageUrl}{(pageUrl.Contains('?') ? '&' : '?')}handler={handler}";
        return await client.PostAsync(target, new FormUrlEncodedContent(values));
    }

    /// <summary>Uploads files the way a browser posts a file input (multipart), after fetching the page for its token.</summary>
    public static async Task<HttpResponseMessage> PostFilesAsync(HttpClient client, string pageUrl, string fieldName, IEnumerable<(string Name, byte[] Content)> files)
    {
        var html = await client.GetStringAsync(pageUrl);
        var token = AntiforgeryToken().Match(html);
        if (!token.Success) throw new InvalidOperationException($"{pageUrl} has no antiforgery token.");
        using var content = new MultipartFormDataContent { { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" } };
        foreach (var (name, bytes) in files) content.Add(new ByteArrayContent(bytes), fieldName, name);
        return await client.PostAsync(pageUrl, content);
    }

    /// <summary>Signs in through the real sign-in page with a password; the client keeps the cookie.</summary>
    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        PostAsync(client, "/Account/SignIn", [new("Input.Email", email), new("Input.Password", password)]);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
