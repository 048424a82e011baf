using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace CorporateParenting.Web.Features.Voice.Surveys;

/// <summary>
/// A child's answers so far, held in their own browser (a cookie encrypted and signed with ASP.NET Core Data
/// Protection, time-limited) until they press "Send my answers": nothing touches the database before then, so an
/// abandoned survey leaves no trace and a code is not used up by a child who stops half way (ADR 22).
/// </summary>
public sealed record SurveyProgress(int SurveyId, int BandId, string CodeHash, Dictionary<int, SurveyProgress.Answer> Answers)
{
    public sealed record Answer(string? Choice, string? Text);
}

/// <summary>Reads and writes <see cref="SurveyProgress"/> in its cookie, scoped to the survey pages.</summary>
public sealed class SurveyProgressCookie(IDataProtectionProvider protection)
{
    public const string Name = "cph.survey";
    public const string Path = "/YoungPeople/Survey";
    /// <summary>Long enough to answer slowly; short enough that a shared device does not keep a child's answers for long.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("CorporateParenting.Voice.SurveyProgress.v1").ToTimeLimitedDataProtector();

    public SurveyProgress? Read(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(Name, out var value) || string.IsNullOrEmpty(value)) return null;
        try
        {
            return JsonSerializer.Deserialize<SurveyProgress>(Protector.Unprotect(value));
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            return null;   // expired, tampered with or from an older key: the child starts again with their code
        }
    }

    public void Write(HttpResponse response, SurveyProgress progress) =>
        response.Cookies.Append(Name, Protector.Protect(JsonSerializer.Serialize(progress), Lifetime), Options(response.HttpContext.Request));

    public void Clear(HttpResponse response) => response.Cookies.Delete(Name, Options(response.HttpContext.Request));

    private static CookieOptions Options(HttpRequest request) => new()
    {
        Path = Path, HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = request.IsHttps, IsEssential = true,
    };
}
