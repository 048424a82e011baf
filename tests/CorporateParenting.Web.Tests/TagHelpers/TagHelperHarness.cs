using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CorporateParenting.Web.Tests.TagHelpers;

/// <summary>Runs a tag helper outside a page, with the model value and the request's ModelState a page would give it.</summary>
internal static class TagHelperHarness
{
    private static readonly EmptyModelMetadataProvider Metadata = new();

    public static ModelExpression For<T>(string name, T value) =>
        new(name, Metadata.GetModelExplorerForType(typeof(T), value));

    public static ViewContext View(ModelStateDictionary? modelState = null) => new()
    {
        HttpContext = new DefaultHttpContext(),
        ViewData = new ViewDataDictionary(Metadata, modelState ?? new ModelStateDictionary()),
    };

    /// <summary>A failed save: what the user sent for a field and the page's error for it.</summary>
    public static ModelStateDictionary Posted(string name, object raw, string? error = null)
    {
        var state = new ModelStateDictionary();
        var attempted = raw is string[] many ? string.Join(",", many) : (string)raw;
        state.SetModelValue(name, raw, attempted);
        if (error is not null) state.AddModelError(name, error);
        return state;
    }

    /// <summary>The helper's HTML, parsed as a browser would read it.</summary>
    public static async Task<IDocument> RenderAsync(TagHelper helper, string tagName, string childContent = "")
    {
        var context = new TagHelperContext(tagName, [], new Dictionary<object, object>(), "test");
        var output = new TagHelperOutput(tagName, [], (_, _) =>
            Task.FromResult<TagHelperContent>(new DefaultTagHelperContent().SetHtmlContent(childContent)));
        await helper.ProcessAsync(context, output);
        using var writer = new StringWriter();
        output.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{writer}</body></html>");
    }
}
