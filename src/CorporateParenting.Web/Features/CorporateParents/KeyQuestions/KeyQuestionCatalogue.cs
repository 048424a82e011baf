namespace CorporateParenting.Web.Features.CorporateParents.KeyQuestions;

/// <summary>How a key question is answered: from the scorecard's figures, from a scheduled report, or not yet.</summary>
public enum AnswerKind { Data, Report, NotYetKnown }

/// <summary>
/// One question in plain words and where its answer comes from. Exactly one source: indicator keys (the
/// scorecard's published, suppressed figures, with optional breakdowns), a report type's title (the latest
/// received paper), or neither (not yet known). <paramref name="Owner"/> answers it when the Hub cannot.
/// </summary>
public sealed record KeyQuestion(string Text, string Owner, IReadOnlyList<string> Indicators, IReadOnlyList<string> Breakdowns, string? Report)
{
    public AnswerKind Kind => Indicators.Count > 0 ? AnswerKind.Data : Report is not null ? AnswerKind.Report : AnswerKind.NotYetKnown;

    public static KeyQuestion FromData(string text, string owner, string[] indicators, params string[] breakdowns) => new(text, owner, indicators, breakdowns, null);
    public static KeyQuestion FromReport(string text, string owner, string report) => new(text, owner, [], [], report);
    public static KeyQuestion NotYetKnown(string text, string owner) => new(text, owner, [], [], null);
}

public sealed record KeyQuestionArea(int Number, string Title, string Why, IReadOnlyList<KeyQuestion> Questions);

/// <summary>
/// The nine checklist areas of the "If this were my child" booklet (seed 002, appendix 3), each question
/// mapped to its answer in ONE place. Report titles are the demo council's scheduled report types
/// (Governance, seed 001): a council with other titles sees those questions as "not yet known" until a
/// paper of that title arrives.
/// </summary>
public static class KeyQuestionCatalogue
{
    public const string AgeBand = "AgeBand", Sex = "Sex", Ethnicity = "EthnicityGroup", Uasc = "Uasc", LegalStatus = "LegalStatus",
        PlacementType = "PlacementType", InOrOut = "InOrOutOfArea", Ward = "Ward", LivingWard = "PlacementWard";

    private const string Performance = "Head of Performance and Intelligence";
    private const string Director = "Director of Children's Services";

    public static readonly IReadOnlyList<KeyQuestionArea> Areas =
    [
        new(1, "The children in our area", "Know who the children are before you ask how they are doing.",
        [
            KeyQuestion.FromData("How many children do we look after, and is the number rising or falling?", Performance,
                ["cla_count", "cla_rate_per_10000", "cla_started", "cla_ceased"]),
            KeyQuestion.FromData("How old are they, are they boys or girls, and what are their ethnic backgrounds?", Performance,
                ["cla_count"], AgeBand, Sex, Ethnicity),
            KeyQuestion.FromData("How many came to this country alone, seeking asylum?", Performance, ["uasc_share"], Uasc),
            KeyQuestion.FromData("Under what legal order are they looked after?", Performance, ["cla_count"], LegalStatus),
            KeyQuestion.NotYetKnown("How many children in need and children on a child protection plan are there?", "Head of Safeguarding and Quality Assurance"),
        ]),
        new(2, "Out-of-borough placements", "Children placed away from home remain ours; distance makes them harder to see.",
        [
            KeyQuestion.FromData("How many of our children live outside the council's area, and how many more than 20 miles from home?", Performance,
                ["placed_outside_la", "placed_over_20_miles_outside_la"], InOrOut),
            KeyQuestion.FromReport("What are the circumstances of out-of-borough placements, and could they be nearer home?", "Head of Commissioning", "Sufficiency strategy update"),
        ]),
        new(3, "Cultural and religious needs", "Every child should be cared for in a way that respects who they are.",
        [
            KeyQuestion.FromData("What are the ethnic backgrounds of the children we look after?", Performance, ["cla_count"], Ethnicity),
            KeyQuestion.FromData("Are any involved in offending?", Performance, ["oc2_convicted"]),
            KeyQuestion.FromReport("How do members hear and act on children's views, including those placed away?", "Participation team", "Children in Care Council report"),
            KeyQuestion.NotYetKnown("Are children's cultural and religious needs recorded and met in their placements?", "IRO service manager"),
        ]),
        new(4, "Disabled children", "Disabled children are more often in residential care and need regular contact and reviews.",
        [
            KeyQuestion.NotYetKnown("How many of the children we look after are disabled?", "Head of the Children with Disabilities service"),
            KeyQuestion.FromReport("Are disabled children's reviews held on time and their needs addressed in safeguarding work?", "IRO service manager", "Independent Reviewing Officers' annual report"),
        ]),
        new(5, "Are they safe?", "A good parent knows where their child is and who they can talk to.",
        [
            KeyQuestion.FromData("How often do children go missing or stay away without permission, and are they seen on return?", Performance,
                ["missing_incident", "away_without_authorisation", "local_return_home_interview"]),
            KeyQuestion.NotYetKnown("How many children we look after also have a child protection plan, and why?", "Head of Safeguarding and Quality Assurance"),
            KeyQuestion.FromReport("How regularly do social workers and reviewing officers see each child, including those placed away?", "IRO service manager", "Independent Reviewing Officers' annual report"),
            KeyQuestion.NotYetKnown("Are we recruiting and keeping enough skilled social workers, with the checks done?", "Principal Social Worker"),
        ]),
        new(6, "How well do we look after them?", "Stable, local homes that meet each child's needs.",
        [
            KeyQuestion.FromData("Where do our children live: foster families, children's homes, with parents or on their own?", Performance,
                ["placement_foster", "placement_childrens_homes_secure", "placement_with_parents", "placement_independent_semi_independent"], PlacementType),
            KeyQuestion.FromData("Do children stay in one home, or move too often?", Performance, ["placements_3_or_more", "long_term_stability"]),
            KeyQuestion.FromData("How many children leave care through adoption, and how long does it take?", Performance, ["adopted_share_of_ceased", "adoption_entry_to_adoption_days"]),
            KeyQuestion.FromReport("What needs can we not meet with the homes we have, and why?", "Head of Commissioning", "Sufficiency strategy update"),
        ]),
        new(7, "Are they well supported?", "School, health and staying out of trouble: what any parent asks.",
        [
            KeyQuestion.FromData("Are their health checks, dental checks and immunisations up to date?", Performance,
                ["oc2_health_assessment", "oc2_dental_check", "oc2_immunisations", "oc2_sdq_average"]),
            KeyQuestion.FromData("Does every child of school age have an up-to-date personal education plan?", Performance, ["local_pep_on_time"]),
            KeyQuestion.FromReport("How well are they doing at school, college or university?", "Virtual School Head", "Virtual School annual report"),
            KeyQuestion.FromReport("What are their health needs, including emotional health?", "Designated Nurse for Children in Care", "Health of children in care annual report"),
        ]),
        new(8, "Support after care", "Care does not stop at 18: we stay in touch and help them into a home and work.",
        [
            KeyQuestion.FromData("Are we in touch with our care leavers?", Performance, ["care_leavers_17_18_in_touch", "care_leavers_19_21_in_touch", "local_personal_adviser"]),
            KeyQuestion.FromData("Are they in education, employment or training?", Performance, ["care_leavers_17_18_eet", "care_leavers_19_21_eet"]),
            KeyQuestion.FromData("Are they living in suitable accommodation, and can they stay with their foster carers?", Performance,
                ["care_leavers_17_18_suitable_accommodation", "care_leavers_19_21_suitable_accommodation", "staying_put", "local_pathway_plan"]),
            KeyQuestion.FromReport("What do care leavers themselves say about the help they get?", "Participation team", "Care Leavers' Forum report"),
        ]),
        new(9, "Resources", "Enough staff, carers and money to do the job well.",
        [
            KeyQuestion.FromReport("Are we supporting our foster carers well and paying reasonable allowances?", "Head of Fostering", "Fostering service report"),
            KeyQuestion.NotYetKnown("How much do we spend on services for children in care, and is it enough?", Director),
            KeyQuestion.NotYetKnown("Do staff work well with health, schools and other partners to meet children's needs?", Director),
        ]),
    ];

    public static IEnumerable<KeyQuestion> Questions => Areas.SelectMany(a => a.Questions);
}
