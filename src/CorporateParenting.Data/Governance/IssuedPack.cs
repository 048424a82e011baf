namespace CorporateParenting.Data.Governance;

/// <summary>
/// A board pack as issued: the exact PDF and Word files sent, who issued them, when, and each file's
/// SHA-256. Number 0 is the pack; 1, 2... are supplementary packs for papers that arrived after it.
/// The public and restricted versions are issued together, one row each. Never changed or deleted
/// (<see cref="ApprovedRecordGuard"/>): from issue on, the Hub serves these bytes, never a rebuild.
/// </summary>
public sealed class IssuedPack
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int Number { get; set; }
    public bool Restricted { get; set; }
    public DateTime IssuedAtUtc { get; set; }
    public required string IssuedBy { get; set; }
    /// <summary>The received papers whose cover sheets this pack carries (comma-separated ids), so a supplementary pack carries only later ones.</summary>
    public required string PaperIds { get; set; }
    public required string PdfFileName { get; set; }
    public required byte[] Pdf { get; set; }
    /// <summary>Lower-case hex.</summary>
    public required string PdfSha256 { get; set; }
    public required string WordFileName { get; set; }
    public required byte[] Word { get; set; }
    public required string WordSha256 { get; set; }

    public string Name => Number == 0 ? "Board pack" : $"Supplementary pack {Number}";

    public IReadOnlySet<int> Papers => PaperIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToHashSet();
}
