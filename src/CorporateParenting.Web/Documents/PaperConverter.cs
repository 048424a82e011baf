using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using PdfSharp.Pdf.IO;

namespace CorporateParenting.Web.Documents;

/// <summary>A paper as PDF pages for the merged pack, or why it cannot be merged (said on its cover sheet).</summary>
public sealed record PaperPdf(byte[]? Pdf, int Pages, string? Problem);

/// <summary>
/// Turns an uploaded paper into PDF for the merged pack (ADR 37): a PDF is checked and used as it is;
/// a Word paper is converted by LibreOffice headless, at most two at a time, each lane with its own profile
/// under a temporary folder (so parallel runs do not clash; kept, since a fresh profile costs LibreOffice
/// seconds to set up) and a time limit. Results are kept by content hash, since one
/// pack is rendered several times (draft PDF and Word, public and restricted on issue, each reader's download).
/// </summary>
public sealed class PaperConverter(IOptions<PackOptions> options, ILogger<PaperConverter> logger)
{
    private static readonly string[] WordExtensions = [".docx", ".doc", ".odt", ".rtf"];
    private readonly SemaphoreSlim _lanes = new(2, 2);
    private readonly System.Collections.Concurrent.ConcurrentQueue<int> _free = new([0, 1]);
    private readonly string _profiles = Path.Combine(Path.GetTempPath(), "hub-soffice-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, Lazy<Task<PaperPdf>>> _done = [];

    public static bool IsPdf(string fileName) => Path.GetExtension(fileName).Equals(".pdf", StringComparison.OrdinalIgnoreCase);
    public static bool IsWord(string fileName) => WordExtensions.Contains(Path.GetExtension(fileName).ToLowerInvariant());

    /// <summary>LibreOffice's soffice, from the setting or the PATH; null when it is not installed.</summary>
    public string? Soffice
    {
        get
        {
            var configured = options.Value.SofficePath;
            if (Path.IsPathRooted(configured)) return File.Exists(configured) ? configured : null;
            return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(dir => Path.Combine(dir, configured)).FirstOrDefault(File.Exists);
        }
    }

    public async Task<PaperPdf> ToPdfAsync(string fileName, byte[] content, CancellationToken cancellationToken)
    {
        var key = Convert.ToHexString(SHA256.HashData(content)) + Path.GetExtension(fileName).ToLowerInvariant();
        Lazy<Task<PaperPdf>>? shared;
        lock (_done)
        {
            // Requests for the same paper at the same moment (everyone opening the pack as it is issued) share one
            // conversion, which runs to its own time limit whoever stops waiting for it.
            if (!_done.TryGetValue(key, out shared))
            {
                if (_done.Count >= 64) _done.Clear();
                _done[key] = shared = new(() => IsPdf(fileName) ? Task.FromResult(Checked(content, fileName))
                    : IsWord(fileName) ? ConvertAsync(fileName, content, CancellationToken.None)
                    : Task.FromResult(new PaperPdf(null, 0, $"{fileName} is neither PDF nor Word, so it is not printed in the pack")));
            }
        }
        // A conversion that failed may work next time (LibreOffice busy or stopped at its time limit): only its successes are kept.
        void Forget() { lock (_done) if (_done.TryGetValue(key, out var held) && held == shared) _done.Remove(key); }
        var work = shared.Value;
        PaperPdf result;
        try { result = await work.WaitAsync(cancellationToken); }
        catch when (work.IsFaulted) { Forget(); throw; }
        if (result.Pdf is null && IsWord(fileName)) Forget();
        return result;
    }

    /// <summary>A PDF the merge can read: not damaged, not locked with a password.</summary>
    public static PaperPdf Checked(byte[] pdf, string fileName)
    {
        try
        {
            using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
            return document.PageCount == 0 ? new PaperPdf(null, 0, $"{fileName} has no pages") : new PaperPdf(pdf, document.PageCount, null);
        }
        catch (Exception error) when (error is PdfReaderException or InvalidOperationException or NotSupportedException or IOException or ArgumentException or FormatException)
        {
            return new PaperPdf(null, 0, $"{fileName} could not be read as a PDF (it may be damaged or locked with a password)");
        }
    }

    private async Task<PaperPdf> ConvertAsync(string fileName, byte[] content, CancellationToken cancellationToken)
    {
        if (Soffice is not { } soffice)
            return new PaperPdf(null, 0, $"{fileName} is a Word document, and LibreOffice, which turns Word papers into PDF, is not installed on the Hub's server");
        await _lanes.WaitAsync(cancellationToken);
        _free.TryDequeue(out var lane);
        var folder = Directory.CreateTempSubdirectory("hub-paper-");
        var timer = Stopwatch.StartNew();
        try
        {
            var input = Path.Combine(folder.FullName, "paper" + Path.GetExtension(fileName).ToLowerInvariant());
            await File.WriteAllBytesAsync(input, content, cancellationToken);
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
                ArgumentList = { $"-env:UserInstallation={new Uri(Path.Combine(_profiles, lane.ToString())).AbsoluteUri}", "--headless", "--norestore", "--nolockcheck",
                    "--convert-to", "pdf", "--outdir", folder.FullName, input },
            };
            using var process = Process.Start(start)!;
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(options.Value.ConversionTimeout);
            var output = process.StandardOutput.ReadToEndAsync(limit.Token);
            var errors = process.StandardError.ReadToEndAsync(limit.Token);
            try { await process.WaitForExitAsync(limit.Token); }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                logger.LogWarning("LibreOffice took more than {Seconds} s to convert {File}: stopped", options.Value.ConversionTimeout.TotalSeconds, fileName);
                return new PaperPdf(null, 0, $"{fileName} took too long to turn into PDF");
            }
            var pdf = Path.ChangeExtension(input, ".pdf");
            if (!File.Exists(pdf))
            {
                logger.LogWarning("LibreOffice could not convert {File} (exit {Code}): {Output} {Errors}", fileName, process.ExitCode, await output, await errors);
                return new PaperPdf(null, 0, $"{fileName} could not be turned into PDF (it may be damaged)");
            }
            logger.LogInformation("LibreOffice converted {File} to PDF in {Ms} ms", fileName, timer.ElapsedMilliseconds);
            return Checked(await File.ReadAllBytesAsync(pdf, cancellationToken), fileName);
        }
        finally
        {
            _free.Enqueue(lane);
            _lanes.Release();
            try { folder.Delete(recursive: true); } catch (IOException) { /* a stopped run may still hold a file: the temp folder is cleaned by the system */ }
        }
    }
}
