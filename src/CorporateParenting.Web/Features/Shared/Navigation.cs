using CorporateParenting.Web.Authorization;

namespace CorporateParenting.Web.Features.Shared;

/// <summary>The service navigation. Each link shows only to roles holding its capability.</summary>
public static class Navigation
{
    public sealed record Item(string Text, string Path, string Capability, string Description);

    public static readonly IReadOnlyList<Item> Items =
    [
        new("Home", "/", Capability.UseHub, "Your starting point."),
        new("Scorecard", "/Performance/Scorecard", Capability.ViewScorecard, "How the council's children are doing, against target, England and similar councils."),
        new("Meetings", "/Governance/Meetings", Capability.ViewBoard, "The board's meetings, agendas and members."),
        new("Strategy", "/Strategy", Capability.ViewStrategy, "The strategy's priorities, action plans, achievements and recommendations."),
        new("Voice", "/Voice", Capability.ViewVoice, "Surveys, youth groups' reports, \"You said, we did\" and the Pledge."),
        new("Corporate parents", "/CorporateParents", Capability.ViewCorporateParents, "Members' training, pen pictures, roles, visits and the key questions answered."),
        new("Local Offer", "/LocalOffer", Capability.ViewLocalOffer, "What care leavers are entitled to, partners' pledges, and uptake and value."),
        new("Annual report", "/AnnualReports", Capability.ViewAnnualReport, "The board's annual report to Overview and Scrutiny, drafted from the year's record."),
        new("903 data", "/Performance/Imports", Capability.ImportData, "Import the SSDA903 return and fix its data quality."),
        new("Benchmarks", "/Performance/Benchmarks", Capability.ManageBenchmarks, "England and statistical-neighbour figures beside each indicator."),
        new("Users", "/Admin/Users", Capability.ManageUsers, "Create and invite users, assign roles, disable accounts."),
        new("Services", "/Admin/Services", Capability.ManageServices, "Define the council's services and which children's records their managers see."),
        new("Audit trail", "/Admin/Audit", Capability.ViewAuditTrail, "Every change and every read of children's data: who, when and what."),
    ];
}
