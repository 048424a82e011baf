namespace CorporateParenting.Web.Features.Performance.Indicators;

/// <summary>An indicator as a councillor or young person reads it: no field names, codes or return names.</summary>
/// <param name="Name">The name in plain words.</param>
/// <param name="Meaning">What is counted, in one or two sentences.</param>
/// <param name="GoodLooksLike">What a good figure looks like, or why the figure is context only.</param>
public sealed record PlainWords(string Name, string Meaning, string GoodLooksLike);

public static partial class IndicatorCatalogue
{
    private const string Context = "This is context, not a measure of how well we do: it tells the board how many children the council cares for, so that the other figures can be read against it.";

    /// <summary>
    /// The plain words of every national measure, in one place: the member's and young person's views read these,
    /// while analysts keep the measure's technical definition (field names and codes). A local indicator is written
    /// by the council in its own words, so it is shown as entered.
    /// </summary>
    public static PlainWords? PlainWordsOf(string key) => Plain.GetValueOrDefault(key);

    public static IReadOnlyCollection<string> KeysWithPlainWords => Plain.Keys;

    private static readonly Dictionary<string, PlainWords> Plain = new(StringComparer.Ordinal)
    {
        ["cla_count"] = new("Children in our care on 31 March", "How many children the council was looking after on the last day of the year, not counting children who only come for planned short breaks.", Context),
        ["cla_rate_per_10000"] = new("Children in our care for every 10,000 children in the area", "Children in the council's care on 31 March for every 10,000 children aged 0 to 17 living in the area, so councils of different sizes can be compared.", Context),
        ["cla_started"] = new("Children who came into our care during the year", "Children who started to be cared for by the council between 1 April and 31 March, each child counted once, not counting planned short breaks.", Context),
        ["cla_started_rate_per_10000"] = new("Children who came into care for every 10,000 children", "Children who came into the council's care during the year for every 10,000 children aged 0 to 17 in the area.", Context),
        ["cla_ceased"] = new("Children who left our care during the year", "Children whose time in the council's care ended between 1 April and 31 March, each child counted once, not counting planned short breaks.", Context),
        ["cla_ceased_rate_per_10000"] = new("Children who left care for every 10,000 children", "Children who left the council's care during the year for every 10,000 children aged 0 to 17 in the area.", Context),
        ["uasc_share"] = new("Children in care who came to the country alone seeking asylum", "The share of children in the council's care on 31 March who arrived in the country without a parent or carer and are seeking asylum.", Context),
        ["placements_3_or_more"] = new("Children who moved home three or more times in the year", "The share of children in care on 31 March who lived in three or more different homes during the year.", "Lower is better: every move can mean a new school, new carers and lost friends."),
        ["long_term_stability"] = new("Children settled in the same home for two years or more", "Of children under 16 who have been in care for two and a half years or more, the share who have lived in the same home for at least two years, or are living with the family who will adopt them.", "Higher is better: children do best when their home is settled."),
        ["placed_over_20_miles_outside_la"] = new("Children living outside the area and more than 20 miles from home", "The share of children in care on 31 March who live outside the council's area and more than 20 miles from the home they came from.", "Lower is better: living far away can cut children off from family, friends and school."),
        ["placed_outside_la"] = new("Children living outside the council's area", "The share of children in care on 31 March whose home is outside the council's area.", "Lower is better, unless a child needs to live away to be safe or to be with family."),
        ["placement_foster"] = new("Children living with foster carers", "The share of children in care on 31 March who live with foster carers, including family and friends who foster.", "Higher is usually better: most children in care do best in a family."),
        ["placement_with_parents"] = new("Children in care living with their parents", "The share of children in care on 31 March who live with their own parents while the council shares responsibility for them.", "Context: the right figure depends on each child's plan."),
        ["placement_childrens_homes_secure"] = new("Children living in children's homes", "The share of children in care on 31 March who live in a children's home, including secure children's homes.", "Lower is usually better, though a children's home is the right place for some children."),
        ["placement_independent_semi_independent"] = new("Young people living independently or with support", "The share of children in care on 31 March who live on their own or in supported housing.", "Context: right for some older young people, but they should be ready and well supported."),
        ["placement_adoption"] = new("Children living with the family who will adopt them", "The share of children in care on 31 March who live with the family that plans to adopt them.", "Context: it depends on how many children have adoption as their plan."),
        ["placement_other"] = new("Children living somewhere else", "The share of children in care on 31 March who live somewhere not counted above, such as a residential school, a hospital or a young offender institution.", "Context: each of these children's plans should be looked at closely."),
        ["oc2_health_assessment"] = new("Children whose yearly health check was done", "Of children in care for a whole year, the share whose health assessment for the year was done on time.", "Higher is better: every child in care should have a health check each year."),
        ["oc2_dental_check"] = new("Children who saw a dentist", "Of children in care for a whole year, the share whose teeth were checked by a dentist during the year.", "Higher is better: every child in care should see a dentist every year."),
        ["oc2_immunisations"] = new("Children whose vaccinations are up to date", "Of children in care for a whole year, the share whose vaccinations were up to date.", "Higher is better."),
        ["oc2_development_checks"] = new("Children under 5 whose development checks are up to date", "Of children under 5 in care for a whole year, the share whose health and development checks were up to date.", "Higher is better."),
        ["oc2_sdq_completed"] = new("Children whose emotional wellbeing was checked", "Of children aged 4 to 16 in care for a whole year, the share who had the yearly questionnaire on their emotional health and behaviour.", "Higher is better: without it, worries about a child's wellbeing can be missed."),
        ["oc2_sdq_average"] = new("Average score for emotional wellbeing", "The average score, from 0 to 40, on the yearly questionnaire about children's emotional health and behaviour. 13 or under is normal, 14 to 16 borderline, 17 or more a cause for concern.", "Lower is better: a lower score means fewer difficulties."),
        ["oc2_substance_misuse"] = new("Children with a drug or alcohol problem", "Of children in care for a whole year, the share known to have a problem with drugs or alcohol.", "Lower is better, as long as problems are being found and helped."),
        ["oc2_convicted"] = new("Children convicted or cautioned", "Of children aged 10 or over in care for a whole year, the share who were convicted of an offence or given a youth caution during the year.", "Lower is better."),
        ["missing_incident"] = new("Children who went missing", "The share of children in care during the year who went missing at least once.", "Lower is better: every missing episode is a risk to the child."),
        ["away_without_authorisation"] = new("Children away from their home without permission", "The share of children in care during the year who were away from where they live without permission at least once.", "Lower is better."),
        ["adopted_share_of_ceased"] = new("Children adopted, of those leaving care", "Of the children who left care during the year, the share who left because they were adopted.", "Context: adoption is right for some children, not a target in itself."),
        ["adoption_entry_to_adoption_days"] = new("Time from coming into care to being adopted", "For children adopted during the year, the average number of days between coming into care and being adopted.", "Lower is better: children should not wait longer than they need to for a family."),
        ["staying_put"] = new("Young people staying on with their foster carers at 18", "Of young people who turned 18 in foster care during the year, the share who stayed on living with their foster carers.", "Higher is better: staying put gives young people a settled start to adult life."),
        ["care_leavers_17_18_in_touch"] = new("Care leavers aged 17 to 18 we are in touch with", "The share of care leavers aged 17 or 18 the council was in touch with around their birthday.", "Higher is better: we cannot help young people we have lost touch with."),
        ["care_leavers_17_18_not_in_touch"] = new("Care leavers aged 17 to 18 we have lost touch with", "The share of care leavers aged 17 or 18 the council was not in touch with, or who did not want contact.", "Lower is better."),
        ["care_leavers_17_18_eet"] = new("Care leavers aged 17 to 18 in education, work or training", "The share of care leavers aged 17 or 18 who were studying, working or training.", "Higher is better."),
        ["care_leavers_17_18_neet"] = new("Care leavers aged 17 to 18 not in education, work or training", "The share of care leavers aged 17 or 18 who were not studying, working or training.", "Lower is better."),
        ["care_leavers_17_18_suitable_accommodation"] = new("Care leavers aged 17 to 18 in a suitable home", "The share of care leavers aged 17 or 18 living somewhere the council judged suitable for them.", "Higher is better."),
        ["care_leavers_19_21_in_touch"] = new("Care leavers aged 19 to 21 we are in touch with", "The share of care leavers aged 19 to 21 the council was in touch with around their birthday.", "Higher is better: we cannot help young people we have lost touch with."),
        ["care_leavers_19_21_not_in_touch"] = new("Care leavers aged 19 to 21 we have lost touch with", "The share of care leavers aged 19 to 21 the council was not in touch with, or who did not want contact.", "Lower is better."),
        ["care_leavers_19_21_eet"] = new("Care leavers aged 19 to 21 in education, work or training", "The share of care leavers aged 19 to 21 who were studying, working or training.", "Higher is better."),
        ["care_leavers_19_21_neet"] = new("Care leavers aged 19 to 21 not in education, work or training", "The share of care leavers aged 19 to 21 who were not studying, working or training.", "Lower is better."),
        ["care_leavers_19_21_suitable_accommodation"] = new("Care leavers aged 19 to 21 in a suitable home", "The share of care leavers aged 19 to 21 living somewhere the council judged suitable for them.", "Higher is better."),
    };
}
