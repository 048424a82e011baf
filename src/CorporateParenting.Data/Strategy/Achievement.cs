namespace CorporateParenting.Data.Strategy;

/// <summary>Something achieved, with its impact as a figure: "6 care leavers started apprenticeships".</summary>
public sealed class Achievement
{
    public int Id { get; set; }
    public int? PriorityId { get; set; }
    public DateOnly Date { get; set; }
    public required string What { get; set; }
    public required string Who { get; set; }
    public decimal? ImpactNumber { get; set; }
    /// <summary>"care leavers", "£", "young people".</summary>
    public string? ImpactUnit { get; set; }
    public string? ImpactSentence { get; set; }
}
