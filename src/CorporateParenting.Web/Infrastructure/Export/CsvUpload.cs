using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace CorporateParenting.Web.Infrastructure.Export;

/// <summary>An uploaded CSV read by header name (any case, surrounding spaces ignored), once its required columns are known to be there.</summary>
public static class CsvUpload
{
    /// <summary>A reader positioned after the header, or null when a required column is missing.</summary>
    public static CsvReader? Open(IFormFile file, IReadOnlyCollection<string> requiredColumns)
    {
        var csv = new CsvReader(new StreamReader(file.OpenReadStream()), new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            MissingFieldFound = null,
        });
        if (csv.Read() && csv.ReadHeader() && requiredColumns.All(c => csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).Contains(c))) return csv;
        csv.Dispose();
        return null;
    }
}
