using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.TypeConversion;
using Microsoft.AspNetCore.Mvc;

namespace CorporateParenting.Web.Documents;

/// <summary>
/// The one CSV writer of the Hub: any list of records as a UTF-8 CSV download (with BOM, so Excel reads it right),
/// quoted by CsvHelper, with every text cell that a spreadsheet would run as a formula neutralised (ADR 14).
/// </summary>
public static partial class CsvDownload
{
    public static FileContentResult Create<T>(IEnumerable<T> records, string fileName) =>
        new(Write(records), "text/csv; charset=utf-8") { FileDownloadName = fileName };

    public static byte[] Write<T>(IEnumerable<T> records)
    {
        using var buffer = new MemoryStream();
        using (var text = new StreamWriter(buffer, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.GetCultureInfo("en-GB"))))
        {
            // Only text passes through here: numbers, dates and booleans are written from their values and stay numbers (-3 is -3).
            csv.Context.TypeConverterCache.AddConverter<string>(new NeutralisedText());
            csv.WriteRecords(records);
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// OWASP's advice for CSV injection: a cell beginning with =, +, -, @, tab or carriage return is prefixed with a
    /// single quote, so a spreadsheet shows it as text. A cell that is wholly a number ("-3", "-2.5%") or a lone "-"
    /// (no figure) cannot run and is kept as it is.
    /// </summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !PlainNumber().IsMatch(text) ? "'" + text : text;

    [GeneratedRegex(@"^(-|[+-]?\d[\d,]*(\.\d+)?%?)$")]
    private static partial Regex PlainNumber();

    private sealed class NeutralisedText : StringConverter
    {
        public override string? ConvertToString(object? value, IWriterRow row, MemberMapData memberMapData) =>
            value is string text ? Neutralise(text) : base.ConvertToString(value, row, memberMapData);
    }
}
