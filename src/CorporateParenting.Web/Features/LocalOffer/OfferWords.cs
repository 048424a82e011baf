using CorporateParenting.Data.LocalOffer;

namespace CorporateParenting.Web.Features.LocalOffer;

/// <summary>The Local Offer's words: the six areas, who can have an entitlement, in plain English for care leavers and staff alike.</summary>
public static class OfferWords
{
    public static string Of(OfferArea area) => area switch
    {
        OfferArea.HealthAndWellbeing => "Health and wellbeing",
        OfferArea.Relationships => "Relationships",
        OfferArea.EducationAndTraining => "Education and training",
        OfferArea.Employment => "Employment",
        OfferArea.Accommodation => "Accommodation",
        _ => "Participation in society",
    };

    /// <summary>The area's anchor on a page ("health-and-wellbeing").</summary>
    public static string Anchor(OfferArea area) => OfferEditions.KeyFrom(Of(area));

    public static string Of(CareLeaverStatus status) => status switch
    {
        CareLeaverStatus.EligibleForLeavingCare => "Care leavers who were in care for 13 weeks or more from age 14 (eligible, relevant and former relevant)",
        CareLeaverStatus.Qualifying => "Qualifying care leavers (in care at or after 16, but for less than 13 weeks)",
        CareLeaverStatus.StillInCare => "Young people still in care who are getting ready to leave",
        _ => "Any care leaver",
    };

    public static string Of(OfferResidence residence) => residence switch
    {
        OfferResidence.InTheArea => "Living in the area",
        OfferResidence.OutsideTheArea => "Living outside the area",
        _ => "Living anywhere",
    };

    /// <summary>Who can have it, written to the young person: "You can have this if you are 18 to 25, a care leaver, and live in Northbridge."</summary>
    public static string WhoCanHaveIt(OfferEntitlement e, string place)
    {
        var who = e.Status switch
        {
            CareLeaverStatus.EligibleForLeavingCare => "a care leaver who was in care for at least 13 weeks after you turned 14",
            CareLeaverStatus.Qualifying => "a care leaver who was in care after you turned 16, even for a short time",
            CareLeaverStatus.StillInCare => "still in care and getting ready to leave",
            _ => "a care leaver",
        };
        var ages = e.FromAge == e.ToAge ? $"aged {e.FromAge}" : $"aged {e.FromAge} to {e.ToAge}";
        var where = e.Residence switch
        {
            OfferResidence.InTheArea => $", and you live in {place}",
            OfferResidence.OutsideTheArea => $", and you live outside {place}",
            _ => ", wherever you live",
        };
        return $"You can have this if you are {ages}, {who}{where}.";
    }
}
