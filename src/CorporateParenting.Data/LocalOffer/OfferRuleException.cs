namespace CorporateParenting.Data.LocalOffer;

/// <summary>A Local Offer rule refused a change (a published edition changed, a second draft, a date in the future): the message says which.</summary>
public sealed class OfferRuleException(string message) : InvalidOperationException(message);
