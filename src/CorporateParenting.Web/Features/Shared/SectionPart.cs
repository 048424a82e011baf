namespace CorporateParenting.Web.Features.Shared;

/// <summary>One part of a section (Voice, Corporate parents, Local Offer...), listed on the section's front page.</summary>
public sealed record SectionPart(string Title, string Path, string Description);
