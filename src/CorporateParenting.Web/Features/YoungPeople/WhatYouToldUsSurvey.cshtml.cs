using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Features.Voice.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.YoungPeople;

/// <summary>
/// One survey's "What you told us" for children: the officer's summary, each question's result in plain words from
/// the same protected figures the board sees ("8 in 10 of you said yes"), nothing where a figure is hidden, and the
/// approved themes. Only once the officer has published it.
/// </summary>
[AllowAnonymous]
public sealed class WhatYouToldUsSurveyModel(SurveyResults results, HubDbContext db) : PageModel
{
    public sealed record Line(string Band, string? Words);
    public sealed record Told(string Question, IReadOnlyList<Line> Lines);

    public const string NotEnough = "Not enough of you answered this for us to share.";

    [FromRoute] public int SurveyId { get; set; }
    public SurveyResultTable Table { get; private set; } = null!;
    public IReadOnlyList<Told> Questions { get; private set; } = [];
    public IReadOnlyList<SurveyComments.ShownTheme> Themes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await results.ForSurveyAsync(SurveyId, ct) is not { ResultsPublished: true } table) return NotFound();
        Table = table;
        Questions = table.Questions.Where(q => q.IsScored).Select(q => new Told(q.Text,
            table.Bands.Select((b, i) => (b, Cell: q.Bands[i], Type: q.BandTypes.ElementAtOrDefault(i) ?? q.Type)).Where(p => p.Cell is not null)
                .Select(p => new Line(p.b.Label, Words(p.Type, p.Cell!))).ToList())).ToList();
        // Themes only, with the officer's summary: children read what was said, not each other's comments.
        Themes = (await SurveyComments.ApprovedAsync(db, SurveyId, ct)).Themes;
        return Page();
    }

    /// <summary>"8 in 10 of you said yes", or null when the figure is hidden.</summary>
    public static string? Words(QuestionType type, QuestionCell cell)
    {
        if (cell.BandWithheld || cell.Share is not { } share) return null;
        var said = type switch
        {
            QuestionType.FacesScale => "chose a happy face",
            QuestionType.AgreeScale => "agreed",
            _ => "said yes",
        };
        var tenths = (int)Math.Round(share * 10, MidpointRounding.AwayFromZero);
        var who = share switch
        {
            1 => "All of you",
            0 => "None of you",
            _ when tenths == 10 => "Almost all of you",
            _ when tenths == 0 => "Fewer than 1 in 10 of you",
            _ => $"{tenths} in 10 of you",
        };
        return $"{who} {said}.";
    }
}
