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
        var values = AsDateInputs(fields, html).Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))).ToList();
        var target = handler is null ? pageUrl : $"{pageUrl}{(pageUrl.Contains('?') ? '&' : '?')}handler={handler}";
        return await client.PostAsync(target, new FormUrlEncodedContent(values));
    }

    /// <summary>
    /// A GOV.UK date input's three fields as a browser posts them: <c>Date("Input.Date", new DateOnly(2027, 3, 27))</c>
    /// gives Input.Date.Day=27, Input.Date.Month=3, Input.Date.Year=2027; null gives three empty fields.
    /// </summary>
    public static KeyValuePair<string, string>[] Date(string name, DateOnly? date) =>
        Date(name, date?.Day.ToString() ?? "", date?.Month.ToString() ?? "", date?.Year.ToString() ?? "");

    /// <summary>The three fields exactly as typed, for tests of what cannot be read ("31", "2", "2027" or "abc").</summary>
    public static KeyValuePair<string, string>[] Date(string name, string day, string month, string year) =>
        [new($"{name}.Day", day), new($"{name}.Month", month), new($"{name}.Year", year)];

    /// <summary>
    /// A field posted as one ISO date ("2026-05-04" or "") to a page whose form shows a date input for it goes as the
    /// input's three fields, as a browser would post it, so tests can keep readable dates.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, string>> AsDateInputs(IEnumerable<KeyValuePair<string, string>> fields, string html)
    {
        foreach (var field in fields)
        {
            var isDateInput = html.Contains($"name=\"{WebUtility.HtmlEncode(field.Key)}.Day\"", StringComparison.Ordinal);
            if (isDateInput && field.Value.Length == 0)
                foreach (var part in Date(field.Key, null)) yield return part;
            else if (isDateInput && DateOnly.TryParseExact(field.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
                foreach (var part in Date(field.Key, date)) yield return part;
            else yield return field;
        }
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
