using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using CorporateParenting.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.Voice;

/// <summary>The voice of the child: where each part of it lives, and the young people's own pages.</summary>
[Authorize(Policy = Capability.ViewVoice)]
public sealed class IndexModel : PageModel
{
    public static readonly IReadOnlyList<SectionPart> Parts =
    [
        new("Surveys", "/Voice/Surveys", "Anonymous surveys by age band, who answered, and what children told us."),
        new("Survey results", "/Voice/Results", "What children told us: each question by age band and year on year, with small numbers protected."),
        new("Youth groups", "/Voice/YouthGroups", "The youth groups' reports to each board meeting and the board's answers to their questions."),
        new("You said, we did", "/Voice/YouSaid", "What children and young people said, what the board and council did, and how we told them."),
        new("The Pledge", "/Voice/Pledge", "Each of our promises with the survey results, actions and reports that show whether we keep it."),
    ];

    public void OnGet() { }
}
