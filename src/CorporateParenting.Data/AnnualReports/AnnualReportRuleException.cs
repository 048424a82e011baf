namespace CorporateParenting.Data.AnnualReports;

/// <summary>A step the annual report's workflow refuses, with the reason the page shows.</summary>
public sealed class AnnualReportRuleException(string message) : Exception(message);
