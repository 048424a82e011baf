using Microsoft.AspNetCore.Mvc;
using MiniExcelLibs;

namespace CorporateParenting.Web.Documents;

/// <summary>Any list of records as an Excel workbook, one sheet, headers from the property names.</summary>
public static class ExcelDownload
{
    public static FileContentResult Create<T>(IEnumerable<T> records, string fileName, string sheetName = "Sheet1")
    {
        using var buffer = new MemoryStream();
        buffer.SaveAs(records, sheetName: sheetName);
        return new FileContentResult(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") { FileDownloadName = fileName };
    }
}
