using Microsoft.AspNetCore.StaticFiles;

namespace CorporateParenting.Web.Infrastructure;

/// <summary>What the Hub keeps of an uploaded file's name and type: never what the browser claims.</summary>
public static class UploadedFile
{
    private static readonly FileExtensionContentTypeProvider Types = new();

    /// <summary>The file's own name (old browsers send the Windows path), cut to fit its column but keeping the extension.</summary>
    public static string NameOf(string uploaded, int max)
    {
        var name = uploaded.Split('\\', '/').Last().Trim();
        if (name.Length <= max) return name;
        var extension = Path.GetExtension(name);
        return name[..(max - extension.Length)] + extension;
    }

    /// <summary>The media type for a name's extension; a browser's own claim could be anything, even unparseable.</summary>
    public static string TypeOf(string fileName) => Types.TryGetContentType(fileName, out var type) ? type : "application/octet-stream";
}
