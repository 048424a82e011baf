using CorporateParenting.Web.Documents;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Tests.Documents;

/// <summary>
/// The paper converter with a stand-in for LibreOffice (a shell script that counts its runs and writes a real one-page
/// PDF where soffice would): readers asking for the same Word paper at once share one conversion, and a failed
/// conversion is tried again next time.
/// </summary>
public sealed class PaperConverterTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("hub-converter-test-");
    private string Runs => Path.Combine(_folder.FullName, "runs");

    /// <summary>A stand-in soffice: counts the run, waits a moment (as a conversion does), then writes the PDF, or nothing when told to fail.</summary>
    private PaperConverter Converter(bool fails = false)
    {
        var sample = Path.Combine(_folder.FullName, "sample.pdf");
        using (var document = new PdfSharp.Pdf.PdfDocument())
        {
            document.AddPage();
            document.Save(sample);
        }
        var script = Path.Combine(_folder.FullName, "soffice");
        File.WriteAllText(script, $$"""
            #!/bin/sh
            echo run >> '{{Runs}}'
            sleep 1
            while [ $# -gt 0 ]; do
              case "$1" in --outdir) out="$2"; shift;; esac
              last="$1"; shift
            done
            {{(fails ? "exit 1" : "")}}
            name=$(basename "$last")
            cp '{{sample}}' "$out/${name%.*}.pdf"
            """);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return new PaperConverter(Options.Create(new PackOptions { SofficePath = script }), NullLogger<PaperConverter>.Instance);
    }

    private int RunCount => File.Exists(Runs) ? File.ReadAllLines(Runs).Length : 0;

    [Fact]
    public async Task Readers_asking_for_the_same_Word_paper_at_once_share_one_conversion()
    {
        var converter = Converter();
        var paper = "the same paper"u8.ToArray();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => converter.ToPdfAsync("sufficiency.docx", paper, CancellationToken.None)));

        Assert.All(results, r => Assert.Equal((1, (string?)null), (r.Pages, r.Problem)));
        Assert.Equal(1, RunCount);
        // Another paper is converted on its own.
        Assert.Equal(1, (await converter.ToPdfAsync("other.docx", "another paper"u8.ToArray(), CancellationToken.None)).Pages);
        Assert.Equal(2, RunCount);
    }

    [Fact]
    public async Task A_failed_conversion_is_tried_again_next_time()
    {
        var converter = Converter(fails: true);
        var paper = "a paper LibreOffice cannot read"u8.ToArray();

        var first = await converter.ToPdfAsync("damaged.docx", paper, CancellationToken.None);
        var second = await converter.ToPdfAsync("damaged.docx", paper, CancellationToken.None);

        Assert.Equal("damaged.docx could not be turned into PDF (it may be damaged)", first.Problem);
        Assert.Equal(first, second);
        Assert.Equal(2, RunCount);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
