namespace CorporateParenting.Data.Voice;

/// <summary>Where what young people said came from.</summary>
public enum VoiceSource { Survey, YouthGroupReport, YouthGroupQuestion, ChildrenInCareCouncil, Advocacy, Complaints, Other }

public enum YouSaidStatus { Open, InProgress, Done }

/// <summary>
/// One "You said, we did" entry: what children and young people said, what the board or council did (linked to
/// strategy actions, board actions and recommendations), and when and how that was fed back to them.
/// </summary>
public sealed class YouSaidEntry
{
    public int Id { get; set; }
    public DateOnly RaisedOn { get; set; }
    public VoiceSource Source { get; set; }
    public int? SurveyId { get; set; }
    public string? SurveyQuestionKey { get; set; }
    public int? YouthGroupReportId { get; set; }
    public int? YouthGroupQuestionId { get; set; }
    public required string YouSaid { get; set; }
    public string? WeDid { get; set; }
    public YouSaidStatus Status { get; set; }
    public DateOnly? FedBackOn { get; set; }
    public string? FedBackHow { get; set; }
    /// <summary>Shown on the young people's page, in the words below.</summary>
    public bool Published { get; set; }
    public string? ChildFriendlyYouSaid { get; set; }
    public string? ChildFriendlyWeDid { get; set; }
    public List<YouSaidLink> Links { get; set; } = [];
}

/// <summary>What delivers an entry: exactly one of a strategy action, a board action or a recommendation.</summary>
public sealed class YouSaidLink
{
    public int Id { get; set; }
    public int EntryId { get; set; }
    public int? StrategyActionId { get; set; }
    public int? BoardActionId { get; set; }
    public int? RecommendationId { get; set; }
}
