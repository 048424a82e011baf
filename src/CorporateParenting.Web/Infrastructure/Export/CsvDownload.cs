using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;

namespace CorporateParenting.Web.Infrastructure.Export;

/// <summary>Any list of records as a UTF-8 CSV download (with BOM, so Excel reads it right).</summary>
public static class CsvDownload
{
    public static FileContentResult Create<T>(IEnumerable<T> records, string fileName)
    {
        using var buffer = new MemoryStream();
        using (var text = new StreamWriter(buffer, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(text, CultureInfo.GetCultureInfo("en-GB")))
            csv.WriteRecords(records);
        return new FileContentResult(buffer.ToArray(), "text/csv; charset=utf-8") { FileDownloadName = fileName };
    }
}
