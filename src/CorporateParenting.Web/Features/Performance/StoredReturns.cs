using System.IO.Compression;
using System.Security.Cryptography;
using CorporateParenting.Data.Performance;
using CorporateParenting.Ssda903.Reading;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Web.Features.Performance;

/// <summary>How an import's files are kept (gzip) and read back into the engine's tables.</summary>
public static class StoredReturns
{
    public static byte[] Compress(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(content);
        return buffer.ToArray();
    }

    public static string Sha256Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The stored files of an import as the engine reads them: exactly what the analyst uploaded.</summary>
    public static ReturnYear Read(Ssda903Import import)
    {
        var files = import.Files.Select(f => new ReturnFile(f.FileName, () => new GZipStream(new MemoryStream(f.Content), CompressionMode.Decompress)));
        var read = ReturnReader.Read(files, import.Year);
        return read.Year ?? throw new InvalidOperationException($"The stored {import.Year} return no longer reads: {string.Join("; ", read.Errors.Take(3))}");
    }
}
