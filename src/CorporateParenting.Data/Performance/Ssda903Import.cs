namespace CorporateParenting.Data.Performance;

/// <summary>
/// One collection year's 903 as imported: the files themselves (compressed), what the rules found and
/// who imported it. Replacing a year keeps the old import in the history, no longer current.
/// </summary>
public sealed class Ssda903Import
{
    public Guid Id { get; set; } = Guid.NewGuid();
    /// <summary>The collection year: 2025 means 1 April 2024 to 31 March 2025.</summary>
    public int Year { get; set; }
    public DateTime ImportedAtUtc { get; set; }
    public required string ImportedBy { get; set; }
    public bool IsCurrent { get; set; } = true;
    public DateTime? ReplacedAtUtc { get; set; }
    public int Children { get; set; }
    public int RuleFailures { get; set; }
    public int RulesImplemented { get; set; }
    public int RulesInCatalogue { get; set; }
    public List<Ssda903ImportFile> Files { get; set; } = [];
}

/// <summary>A file of an import, kept gzip-compressed so that every figure can be recomputed and every row traced.</summary>
public sealed class Ssda903ImportFile : IBulkRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ImportId { get; set; }
    public required string FileName { get; set; }
    public required string Sha256 { get; set; }
    /// <summary>The table it was recognised as (Header, Episodes, ...), or "XML" for a DfE XML file.</summary>
    public required string Table { get; set; }
    public int Rows { get; set; }
    public required byte[] Content { get; set; }
}

/// <summary>A DfE rule failure found when the year was imported.</summary>
public sealed class Ssda903RuleFailure : IBulkRecord
{
    public long Id { get; set; }
    public Guid ImportId { get; set; }
    public required string Rule { get; set; }
    public required string Table { get; set; }
    public int Row { get; set; }
    public string? Child { get; set; }
    public required string Fields { get; set; }
    public required string Message { get; set; }
}
