namespace CorporateParenting.Web.Authorization;

/// <summary>
/// Named authorization policies, one per capability. A page declares the one it needs with
/// <c>[Authorize(Policy = Capability.X)]</c>; which roles hold it is decided only in <see cref="CapabilityGrants"/>.
/// </summary>
public static class Capability
{
    /// <summary>Any signed-in person: the home page, their own account.</summary>
    public const string UseHub = nameof(UseHub);
    public const string ManageUsers = nameof(ManageUsers);
    public const string ViewAuditTrail = nameof(ViewAuditTrail);
    /// <summary>Identifiable child-level data: lists of children and their profiles. Every read is audited.</summary>
    public const string ViewChildData = nameof(ViewChildData);
    /// <summary>
    /// Children of every service. Without it, <see cref="ViewChildData"/> reaches only the children of the services the
    /// user is assigned to (ADR 14). With <see cref="ViewAuditTrail"/> too, the audit trail shows which children were read.
    /// </summary>
    public const string ViewAllChildren = nameof(ViewAllChildren);
    /// <summary>Define services (the scopes of service managers) and assign managers to them.</summary>
    public const string ManageServices = nameof(ManageServices);
    /// <summary>The scorecard, with small numbers suppressed unless the viewer also holds <see cref="ViewChildData"/>.</summary>
    public const string ViewScorecard = nameof(ViewScorecard);
    /// <summary>Import the 903, see its data quality and the rows behind a rule failure.</summary>
    public const string ImportData = nameof(ImportData);
    /// <summary>Indicators, targets, local values, benchmarks, and publishing the scorecard.</summary>
    public const string ManageIndicators = nameof(ManageIndicators);
    /// <summary>The board's members, meetings and agendas, for reading (confidential items excepted).</summary>
    public const string ViewBoard = nameof(ViewBoard);
    /// <summary>Run the board's business: membership, meetings, agendas, confidential items.</summary>
    public const string ManageBoard = nameof(ManageBoard);
    /// <summary>Add dated progress to the board's actions (their owners and the board officer).</summary>
    public const string UpdateActions = nameof(UpdateActions);
    /// <summary>Submit a paper and its cover sheet for the board (its owner, or the board officer on their behalf).</summary>
    public const string SubmitPapers = nameof(SubmitPapers);
    /// <summary>Load England and statistical-neighbour figures.</summary>
    public const string ManageBenchmarks = nameof(ManageBenchmarks);
    /// <summary>Write the owner's commentary on an indicator.</summary>
    public const string WriteCommentary = nameof(WriteCommentary);
    /// <summary>The strategy, its action plans, achievements and recommendations, for reading (confidential ones excepted).</summary>
    public const string ViewStrategy = nameof(ViewStrategy);
    /// <summary>Shape the strategy: priorities, working groups, recommendations; edit any action plan.</summary>
    public const string ManageStrategy = nameof(ManageStrategy);
    /// <summary>Run an action plan: the page also checks the user chairs that priority or owns that action (ADR 11).</summary>
    public const string UpdateStrategy = nameof(UpdateStrategy);
    /// <summary>The voice of the child for the board: survey results (small numbers suppressed), youth groups' reports, "You said, we did", the Pledge.</summary>
    public const string ViewVoice = nameof(ViewVoice);
    /// <summary>Run surveys (codes, question sets, comments), youth groups and the "You said, we did" log: the participation team.</summary>
    public const string ManageVoice = nameof(ManageVoice);
    /// <summary>Write and submit a youth group's report to the board: the participation officer or the group's young board members.</summary>
    public const string SubmitYouthReports = nameof(SubmitYouthReports);
    /// <summary>The council's corporate parents: members' training and compliance, roles and nominations, visits, schools, decisions' checks.</summary>
    public const string ViewCorporateParents = nameof(ViewCorporateParents);
    /// <summary>Run the corporate-parent record: members, training and attendance, rules, pen pictures drafted for members, roles, homes, schools.</summary>
    public const string ManageCorporateParents = nameof(ManageCorporateParents);
    /// <summary>Record a members' visit to a home or service (the members who went, or the board officer).</summary>
    public const string RecordVisits = nameof(RecordVisits);
    /// <summary>"Meet your corporate parents": the approved pen pictures, for young people and everyone.</summary>
    public const string MeetCorporateParents = nameof(MeetCorporateParents);
    /// <summary>The Local Offer for care leavers inside the Hub: every edition, pledges, uptake and value (small counts suppressed).</summary>
    public const string ViewLocalOffer = nameof(ViewLocalOffer);
    /// <summary>Edit and publish the Local Offer's entitlements and record departments' and partners' pledges.</summary>
    public const string ManageLocalOffer = nameof(ManageLocalOffer);
    /// <summary>Record uptake and value (entered or uploaded): the board officer, or a service manager for their service's entitlements.</summary>
    public const string RecordOfferUptake = nameof(RecordOfferUptake);
    /// <summary>The board's annual reports to Overview and Scrutiny, drafts included.</summary>
    public const string ViewAnnualReport = nameof(ViewAnnualReport);
    /// <summary>Start a year's report, write its narrative, record the chair's approval and its submission.</summary>
    public const string ManageAnnualReport = nameof(ManageAnnualReport);
    /// <summary>Write narrative and approve the report: the page also checks the member is the board's chair (ADR 30).</summary>
    public const string ApproveAnnualReport = nameof(ApproveAnnualReport);
}
