using Microsoft.AspNetCore.Http.Metadata;

namespace CorporateParenting.Web.Infrastructure;

/// <summary>
/// Every limit on what a request may carry, in one place. A page that takes bigger uploads says so with
/// <c>[RequestSizeLimit(UploadLimits.X)]</c>; everything else has <see cref="Default"/>. A request over its
/// limit is refused before its body is read, with a 413 page that names the limit (ADR 13).
/// </summary>
public static class UploadLimits
{
    public const long Megabyte = 1024 * 1024;

    /// <summary>Any form, and uploads with no limit of their own (evidence files, benchmarks, papers).</summary>
    public const long Default = 30 * Megabyte;
    /// <summary>A council's whole 903 return in one upload: a few megabytes usually, tens for the largest in England.</summary>
    public const long Ssda903Import = 100 * Megabyte;
    /// <summary>A board paper (the file itself); the request may carry the cover sheet as well.</summary>
    public const long Paper = 20 * Megabyte;
    /// <summary>Evidence attached to an action's progress update.</summary>
    public const long Evidence = 5 * Megabyte;
    /// <summary>A postcode lookup: every postcode of a council and its neighbours, or a national file cut down.</summary>
    public const long PostcodeLookup = 200 * Megabyte;

    /// <summary>Where a refused request's limit is left for the 413 page.</summary>
    public const string RefusedLimitItem = "UploadLimits.Refused";

    /// <summary>The largest any page takes: the server's and the form reader's own ceilings.</summary>
    public const long Largest = PostcodeLookup;

    public static long? For(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } declared ? declared.MaxRequestBodySize : Default;

    public static string Describe(long bytes) => $"{bytes / Megabyte:#,0} MB";

    /// <summary>Refuses a request whose declared length is over its page's limit, without reading the body.</summary>
    public static IApplicationBuilder UseUploadLimits(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.ContentLength is { } length
            && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null
            && For(context.GetEndpoint()) is { } limit && length > limit)
        {
            context.Items[RefusedLimitItem] = limit;
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }
        return next(context);
    });
}
