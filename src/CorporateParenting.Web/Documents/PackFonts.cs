using PdfSharp.Fonts;

namespace CorporateParenting.Web.Documents;

/// <summary>
/// The one font PDFsharp draws page numbers with: Liberation Sans (Debian's chromium depends on it) or
/// DejaVu Sans, whichever the machine has. PDFsharp has no fonts of its own on Linux.
/// </summary>
public sealed class PackFonts : IFontResolver
{
    private static readonly string[] Candidates =
    [
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans.ttf", @"C:\Windows\Fonts\arial.ttf",
    ];
    private static readonly Lock Gate = new();
    private static bool _installed;
    private static readonly Lazy<byte[]?> Font = new(() => Candidates.FirstOrDefault(File.Exists) is { } path ? File.ReadAllBytes(path) : null);

    public const string Family = "PackSans";

    /// <summary>PDFsharp's resolver is global and set once.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (_installed) return;
            if (Font.Value is null) throw new PackRenderingException("Numbering the merged pack's pages needs a font: install Debian's fonts-liberation (Chromium's own fonts) or fonts-dejavu-core.");
            GlobalFontSettings.FontResolver = new PackFonts();
            _installed = true;
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(Family);

    public byte[]? GetFont(string faceName) => Font.Value;
}
