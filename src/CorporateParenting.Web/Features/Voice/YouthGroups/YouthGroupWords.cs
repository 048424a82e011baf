using CorporateParenting.Data.Voice;

namespace CorporateParenting.Web.Features.Voice.YouthGroups;

/// <summary>How a youth group and its report are named on pages and in the pack.</summary>
public static class YouthGroupWords
{
    public static string Ages(YouthGroup group) => group.MaxAge is { } max ? $"{group.MinAge} to {max}" : $"{group.MinAge} plus";

    public static (string Word, string TagClass) Status(YouthGroupReport? report) => report?.Status switch
    {
        YouthReportStatus.Submitted => ("Sent to the board", "govuk-tag--green"),
        YouthReportStatus.Draft => ("Draft", "govuk-tag--yellow"),
        _ => ("Not started", "govuk-tag--grey"),
    };
}
