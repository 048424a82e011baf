using CorporateParenting.Data.LocalOffer;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Demo.LocalOffer;

public sealed partial class DemoLocalOfferSeeder
{
    private const string LeavingCare = "Leaving care service";
    private const string LeavingCareContact = "The leaving care team: 01632 960 400, leavingcare@northbridge.example";

    /// <summary>The entitlement the second edition adds.</summary>
    public const string AddedInTheSecondEdition = "wifi-and-data";
    /// <summary>The entitlement the second edition rewords (the exemption now lasts to 25).</summary>
    public const string RewordedInTheSecondEdition = "council-tax-exemption";

    /// <summary>
    /// Two published editions (about 18 and 6 months ago) of thirty-odd synthetic entitlements in the six areas, the
    /// second adding one and rewording another, keys kept; the leaving care service owns its own; seven pledges.
    /// </summary>
    private async partial Task SeedEntitlementsAndPledgesAsync(CancellationToken cancellationToken)
    {
        var leavingCare = await db.Services.Where(s => s.Name == "Leaving care").Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
        var first = new LocalOfferVersion
        {
            Number = 1, Introduction = Introduction, PublishedOn = Today.AddMonths(-18), PublishedBy = "officer@hub.example",
            PublishedAtUtc = Today.AddMonths(-18).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
            Entitlements = [.. Entitlements(leavingCare, secondEdition: false)],
        };
        var second = new LocalOfferVersion
        {
            Number = 2, Introduction = Introduction, PublishedOn = Today.AddMonths(-6), PublishedBy = "officer@hub.example",
            PublishedAtUtc = Today.AddMonths(-6).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
            ChangeNote = "You told us the internet costs too much: we now give you free Wi-Fi and data. The council tax exemption now lasts until you are 25, not 21.",
            Entitlements = [.. Entitlements(leavingCare, secondEdition: true)],
        };
        db.LocalOfferVersions.AddRange(first, second);
        db.OfferPledges.AddRange(Pledges());
        await db.SaveChangesAsync(cancellationToken);
    }

    private const string Introduction =
        "Leaving care is a big step, and you do not have to take it alone. This page tells you what the council and its partners give every care leaver: money, a place to live, help with college, work and your health, and someone on your side until you are 25. If something here is not clear, ask your personal adviser.";

    private IEnumerable<OfferEntitlement> Entitlements(int? leavingCare, bool secondEdition)
    {
        var order = new Dictionary<OfferArea, int>();
        OfferEntitlement E(string key, OfferArea area, string title, string description, string provider, string? worth, string howToGet, string contact,
            int from = 18, int to = 25, CareLeaverStatus status = CareLeaverStatus.AnyCareLeaver, OfferResidence residence = OfferResidence.Anywhere, string? note = null)
        {
            order[area] = order.GetValueOrDefault(area) + 1;
            return new OfferEntitlement
            {
                Key = key, Area = area, Order = order[area], Title = title, Description = description, Provider = provider, Worth = worth, HowToGet = howToGet,
                Contact = contact, FromAge = from, ToAge = to, Status = status, Residence = residence, EligibilityNote = note,
                ServiceId = provider == LeavingCare ? leavingCare : null,
            };
        }

        const OfferArea health = OfferArea.HealthAndWellbeing, people = OfferArea.Relationships, learning = OfferArea.EducationAndTraining,
            work = OfferArea.Employment, home = OfferArea.Accommodation, society = OfferArea.ParticipationInSociety;

        // Health and wellbeing
        yield return E("health-history", health, "Your health history",
            "Before you leave care, the children in care nurse goes through your health history with you and gives you a copy to keep: your illnesses, jabs and anything you need to know about your family's health.",
            "Northbridge NHS Community Health", "Free", "Your nurse will offer it at your last health assessment. You can also ask for a copy at any time.", "The children in care nurses: 01632 960 410", from: 16, to: 25);
        yield return E("wellbeing-fast-track", health, "Talking therapy without the long wait",
            "If you are feeling low, anxious or struggling, you can see a counsellor quickly. Care leavers go to the front of the queue.",
            "Northbridge Minds (NHS talking therapies)", "Free", "Ask your personal adviser or your GP to refer you, or refer yourself online and say you are a care leaver.", "Northbridge Minds: 01632 960 420", from: 16, to: 25);
        yield return E("leisure-pass", health, "Free leisure pass",
            "Use the gyms, swimming pools and fitness classes at every Northbridge leisure centre for free.",
            "Northbridge Leisure Trust", "Free (worth about £420 a year)", "Your personal adviser gives you a form. Take it and a photo to any leisure centre.", "Any Northbridge leisure centre reception", from: 16, to: 25, residence: OfferResidence.InTheArea);
        yield return E("health-costs", health, "Help with prescriptions, dentist and glasses",
            "We pay for your prescriptions, dental treatment and glasses if you are not already entitled to them free.",
            LeavingCare, "Up to £150 a year", "Keep your receipts and give them to your personal adviser.", LeavingCareContact);
        yield return E("drop-in-clinic", health, "Young people's health drop-in",
            "A weekly drop-in at The Base where you can see a nurse about anything: sexual health, contraception, stopping smoking, or just a check-up.",
            "Northbridge NHS Community Health", "Free", "Just turn up on Thursday afternoons. You do not need an appointment.", "The Base, 12 Market Street, Northbridge", from: 16, to: 25);

        // Relationships
        yield return E("personal-adviser", people, "A personal adviser until you are 25",
            "A personal adviser helps you plan your future and stays in touch with you. They help with your pathway plan, money, housing, college and work, and they are there when things go wrong.",
            LeavingCare, "Free", "You get a personal adviser before you turn 18. If you left care and want one again before 25, call us.", LeavingCareContact, from: 16, to: 25, status: CareLeaverStatus.EligibleForLeavingCare);
        yield return E("family-time-travel", people, "Help to see family and friends",
            "We pay for travel to see the people who matter to you: brothers and sisters, family and former carers.",
            LeavingCare, "Up to £200 a year", "Talk to your personal adviser about who you want to see.", LeavingCareContact);
        yield return E("mentor", people, "A mentor of your own",
            "A trained volunteer who meets you every couple of weeks for a coffee, a walk or help with whatever you want.",
            "Northbridge Volunteer Centre", "Free", "Ask your personal adviser, or contact the Volunteer Centre yourself.", "Northbridge Volunteer Centre: 01632 960 430", from: 16, to: 25);
        yield return E("birthday-gift", people, "Birthday and festive gifts",
            "We send you a gift on your birthday and in December, so no one forgets you.",
            LeavingCare, "£50 each time", "You do not need to do anything. Make sure we have your address.", LeavingCareContact);

        // Education and training
        yield return E("further-education-bursary", learning, "Bursary for college or sixth form",
            "If you are 16 to 19 and studying, you can get a bursary for travel, books, equipment and food.",
            "Northbridge College and schools' sixth forms", "Up to £1,200 a year", "Ask the student support team at your college or sixth form.", "Student support, Northbridge College: 01632 960 440", from: 16, to: 19);
        yield return E("higher-education-bursary", learning, "University bursary",
            "If you go to university, we pay you a bursary on top of your student loan.",
            LeavingCare, "£2,000", "Tell your personal adviser when you get your place.", LeavingCareContact, from: 18, to: 25);
        yield return E("university-holiday-housing", learning, "Somewhere to live in the university holidays",
            "We pay for your room during the holidays, so you have a home all year round while you study.",
            LeavingCare, "Up to 52 weeks' rent", "Ask your personal adviser before the end of term.", LeavingCareContact, from: 18, to: 25);
        yield return E("laptop", learning, "A laptop for your studies",
            "If you are in education or training, you can have a laptop to keep.",
            LeavingCare, "Free", "Ask your personal adviser.", LeavingCareContact, from: 16, to: 25, note: "For young people in education, training or an apprenticeship.");
        yield return E("driving-lessons", learning, "Driving lessons",
            "We pay for your theory test and ten driving lessons.",
            LeavingCare, "Up to £400", "Apply through your personal adviser.", LeavingCareContact, from: 17, to: 25);

        // Employment
        yield return E("guaranteed-interview", work, "A guaranteed interview for council jobs",
            "If you apply for a job or apprenticeship with Northbridge Council and meet the essential requirements, you will get an interview.",
            "Northbridge Council Human Resources", null, "Tick the care leaver box on the application form.", "Council recruitment: jobs@northbridge.example", from: 16, to: 25);
        yield return E("apprenticeship-bursary", work, "Apprenticeship bursary",
            "When you start an apprenticeship, you get a bursary to help with the cost of the first year.",
            "Your employer and the Department for Education", "£3,000", "Your employer or training provider applies for it. Your personal adviser can check it has been done.", LeavingCareContact, from: 16, to: 25);
        yield return E("council-apprenticeships", work, "Apprenticeships kept for care leavers",
            "Every year the council keeps some of its apprenticeships for care leavers only.",
            "Northbridge Council Human Resources", null, "Look out for adverts from your personal adviser each spring.", "Council recruitment: jobs@northbridge.example", from: 16, to: 25);
        yield return E("work-experience", work, "Work experience",
            "Try out a job for a week or two with the council or one of our partners, and get a reference at the end.",
            "Care Leaver Covenant employers in Northbridge", "Free, with travel and lunch paid", "Ask your personal adviser what is available.", LeavingCareContact, from: 16, to: 25);
        yield return E("interview-costs", work, "Clothes and travel for interviews",
            "We help with clothes and travel when you have an interview or start a new job.",
            LeavingCare, "Up to £150", "Ask your personal adviser when you get an interview.", LeavingCareContact, from: 16, to: 25);

        // Accommodation
        yield return E("staying-put", home, "Staying Put with your foster carers",
            "If you and your foster carers want, you can keep living with them after you turn 18, until you are 21. We keep paying them.",
            "Fostering and leaving care services", "Your carers are paid to keep you", "Talk to your social worker and carers before you turn 18.", LeavingCareContact, from: 18, to: 21, status: CareLeaverStatus.EligibleForLeavingCare, note: "You must have been living with the foster carers just before you turned 18.");
        yield return E("setting-up-home-allowance", home, "Setting up home allowance",
            "Money to buy what you need for your first home: furniture, a cooker, bedding, pots and pans.",
            LeavingCare, "£3,000", "Plan what you need with your personal adviser. We can buy things for you or give you the money.", LeavingCareContact, from: 16, to: 25);
        yield return E("housing-priority", home, "Priority for council and housing association homes",
            "Care leavers get high priority on the housing register.",
            "Northbridge Council Housing Services", null, "Your personal adviser helps you join the housing register.", "Housing options: 01632 960 450", from: 18, to: 25, residence: OfferResidence.InTheArea);
        yield return E(RewordedInTheSecondEdition, home, secondEdition ? "No council tax until you are 25" : "No council tax until you are 21",
            secondEdition
                ? "If you live in Northbridge and pay council tax, you will not have to pay it until you turn 25."
                : "If you live in Northbridge and pay council tax, you will not have to pay it until you turn 21.",
            "Northbridge Council Revenues", secondEdition ? "About £1,400 a year" : "About £1,300 a year", "Your personal adviser tells the council tax team for you.", "Council tax team: 01632 960 460",
            from: 18, to: secondEdition ? 25 : 21, residence: OfferResidence.InTheArea);
        yield return E("rent-deposit", home, "Rent deposit guarantee",
            "If you rent privately, we pay or guarantee your deposit and first month's rent.",
            "Northbridge Council Housing Services", "Up to two months' rent", "Ask your personal adviser before you sign a tenancy.", "Housing options: 01632 960 450", from: 18, to: 25);
        yield return E("supported-lodgings", home, "Supported lodgings",
            "Live in a room in a host's home, with someone to help you learn to cook, budget and look after yourself.",
            LeavingCare, "Rent paid while you are under 18", "Ask your personal adviser.", LeavingCareContact, from: 16, to: 21);

        // Participation in society
        yield return E("id-documents", society, "Your ID documents",
            "We get and pay for your birth certificate, passport and provisional driving licence, and help you get a national insurance number.",
            LeavingCare, "Free", "Your personal adviser sorts it out with you before you turn 18.", LeavingCareContact, from: 16, to: 25);
        yield return E("bus-pass", society, "Free bus pass",
            "Travel free on every bus in Northbridge.",
            "Northbridge Buses", "Free (worth about £600 a year)", "Your personal adviser orders it for you.", LeavingCareContact, from: 16, to: 25, residence: OfferResidence.InTheArea);
        yield return E("money-advice", society, "Help with money",
            "Learn how to budget, open a bank account, deal with debt and claim the benefits you are entitled to.",
            "Citizens Advice Northbridge", "Free", "Book an appointment and say you are a care leaver.", "Citizens Advice Northbridge: 01632 960 470", from: 16, to: 25);
        yield return E("immigration-advice", society, "Legal help with immigration",
            "If you came to the UK on your own, a lawyer will help you with your immigration status and applications, for free.",
            "Northbridge Law Centre", "Free", "Your personal adviser refers you.", "Northbridge Law Centre: 01632 960 480", from: 16, to: 25, note: "For young people who came to the UK as unaccompanied children.");
        if (secondEdition)
            yield return E(AddedInTheSecondEdition, society, "Free Wi-Fi and phone data",
                "We pay for broadband in your home, or a phone data bundle, so you can stay in touch, study and look for work.",
                LeavingCare, "Up to £20 a month", "Ask your personal adviser.", LeavingCareContact, from: 18, to: 25);
    }

    private IEnumerable<OfferPledge> Pledges() =>
    [
        new() { Organisation = "Northbridge Council Housing Services", MadeBy = "Director of Housing", MadeOn = Today.AddMonths(-20),
            Text = "Every care leaver who asks will get a housing options interview within five working days, and high priority on the housing register.", EntitlementKey = "housing-priority" },
        new() { Organisation = "Northbridge Council Revenues", MadeBy = "Head of Revenues and Benefits", MadeOn = Today.AddMonths(-8),
            Text = "We will extend the council tax exemption for care leavers from 21 to 25.", EntitlementKey = RewordedInTheSecondEdition },
        new() { Organisation = "Northbridge Council Human Resources", MadeBy = "Chief People Officer", MadeOn = Today.AddMonths(-19),
            Text = "Care leavers who meet the essential criteria will be interviewed for any council job, and ten apprenticeships a year are kept for them.", EntitlementKey = "guaranteed-interview" },
        new() { Organisation = "Northbridge Leisure Trust", MadeBy = "Chief Executive", MadeOn = Today.AddMonths(-18),
            Text = "Free use of every leisure centre for care leavers living in Northbridge.", EntitlementKey = "leisure-pass" },
        new() { Organisation = "Northbridge Buses", MadeBy = "Managing Director", MadeOn = Today.AddMonths(-17),
            Text = "Free travel on our buses for care leavers up to 25.", EntitlementKey = "bus-pass" },
        new() { Organisation = "Northbridge College", MadeBy = "Principal", MadeOn = Today.AddMonths(-14),
            Text = "A named member of staff for every care leaver at the college, and a bursary paid from the first week of term.", EntitlementKey = "further-education-bursary" },
        new() { Organisation = "Northbridge Integrated Care Board", MadeBy = "Director of Nursing", MadeOn = Today.AddMonths(-22), WithdrawnOn = Today.AddMonths(-7),
            Text = "Free gym referral for care leavers through GP practices (replaced by the leisure trust's pass)." },
    ];
}
