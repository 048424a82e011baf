using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Voice.Surveys.QuestionSets;

/// <summary>
/// Changes a question set by saving the NEXT version: the version shown is never changed, so a survey that asked
/// it keeps its questions and its results. A question keeps its key (and type) across versions so results compare.
/// </summary>
[Authorize(Policy = Capability.ManageVoice)]
public sealed partial class EditModel(HubDbContext db, TimeProvider clock) : PageModel
{
    public sealed class QuestionInput
    {
        public string? Key { get; set; }
        public string? Text { get; set; }
        public string? Hint { get; set; }
        public string? Options { get; set; }
        public string? ResultLabel { get; set; }
        public bool Remove { get; set; }
    }

    public sealed class NewQuestionInput
    {
        public string? Key { get; set; }
        public string? Text { get; set; }
        public QuestionType Type { get; set; } = QuestionType.AgreeScale;
        public string? Options { get; set; }
        public string? ResultLabel { get; set; }
        public bool IsCore { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public List<QuestionInput> Questions { get; set; } = [];
    [BindProperty] public NewQuestionInput Added { get; set; } = new();
    public QuestionSet Set { get; private set; } = null!;
    public int NextVersion { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        Name = Set.Name;
        Questions = Set.Questions.OrderBy(q => q.Order).Select(q => new QuestionInput { Key = q.Key, Text = q.Text, Hint = q.Hint, Options = q.Options, ResultLabel = q.ResultLabel }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        var earlier = Set.Questions.ToDictionary(q => q.Key);
        if (string.IsNullOrWhiteSpace(Name)) ModelState.AddModelError(nameof(Name), "Enter the name of the question set");
        else if (Name.Trim().Length > db.MaxLength<QuestionSet>(s => s.Name)) ModelState.AddModelError(nameof(Name), "The name must be 200 characters or fewer");
        if (Questions.Count != earlier.Count || Questions.Any(q => q.Key is null || !earlier.ContainsKey(q.Key)) || Questions.Select(q => q.Key).Distinct().Count() != Questions.Count)
            return BadRequest();   // the page always posts back every question it showed
        var textMax = db.MaxLength<SurveyQuestion>(q => q.Text);
        for (var i = 0; i < Questions.Count; i++)
        {
            if (Questions[i].Remove) continue;
            CheckText($"Questions[{i}].Text", Questions[i].Text, textMax);
            if (earlier[Questions[i].Key!].Type == QuestionType.ChooseAny) CheckOptions($"Questions[{i}].Options", Questions[i].Options);
        }
        var adding = !string.IsNullOrWhiteSpace(Added.Key) || !string.IsNullOrWhiteSpace(Added.Text);
        if (adding)
        {
            if (string.IsNullOrWhiteSpace(Added.Key) || !KeyPattern().IsMatch(Added.Key.Trim()))
                ModelState.AddModelError("Added.Key", "Enter a key of small letters, numbers and dashes, like t-clubs");
            else if (earlier.ContainsKey(Added.Key.Trim())) ModelState.AddModelError("Added.Key", "A question in this set already has that key: choose another");
            CheckText("Added.Text", Added.Text, textMax);
            if (!Enum.IsDefined(Added.Type)) ModelState.AddModelError("Added.Type", "Choose how the question is answered");
            if (Added.Type == QuestionType.ChooseAny) CheckOptions("Added.Options", Added.Options);
        }
        if (!adding && Questions.All(q => q.Remove)) ModelState.AddModelError("Questions[0].Remove", "Keep at least one question");
        if (!ModelState.IsValid) return Page();

        var next = new QuestionSet
        {
            Key = Set.Key, Version = NextVersion, Name = Name!.Trim(), Audience = Set.Audience, MinAge = Set.MinAge, MaxAge = Set.MaxAge, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        foreach (var input in Questions.Where(q => !q.Remove))
        {
            var was = earlier[input.Key!];
            next.Questions.Add(new SurveyQuestion
            {
                Order = next.Questions.Count + 1, Key = was.Key, IsCore = was.IsCore, Type = was.Type, Text = input.Text!.Trim(), Hint = input.Hint.TrimmedOrNull(),
                Options = was.Type == QuestionType.ChooseAny ? Lines(input.Options) : null, ResultLabel = input.ResultLabel.TrimmedOrNull(),
            });
        }
        if (adding)
            next.Questions.Add(new SurveyQuestion
            {
                Order = next.Questions.Count + 1, Key = Added.Key!.Trim(), IsCore = Added.IsCore, Type = Added.Type, Text = Added.Text!.Trim(),
                Options = Added.Type == QuestionType.ChooseAny ? Lines(Added.Options) : null, ResultLabel = Added.ResultLabel.TrimmedOrNull(),
            });
        db.QuestionSets.Add(next);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = $"Version {next.Version} of {next.Name} has been saved. Surveys keep the version they were set up with until you change them.";
        return Redirect($"/Voice/Surveys/QuestionSets/Show/{next.Id}");
    }

    private void CheckText(string field, string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text)) ModelState.AddModelError(field, "Enter the question as a child reads it");
        else if (text.Trim().Length > max) ModelState.AddModelError(field, $"The question must be {max} characters or fewer");
    }

    private void CheckOptions(string field, string? options)
    {
        var lines = Lines(options)?.Split('\n') ?? [];
        if (lines.Length < 2) ModelState.AddModelError(field, "Enter at least two answers to tick, one on each line");
        else if ((Lines(options)?.Length ?? 0) > db.MaxLength<SurveyQuestion>(q => q.Options)) ModelState.AddModelError(field, "The answers must be 2,000 characters or fewer in all");
    }

    private static string? Lines(string? text)
    {
        var lines = (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.QuestionSets.AsNoTracking().Include(s => s.Questions).SingleOrDefaultAsync(s => s.Id == Id, cancellationToken) is not { } set) return false;
        Set = set;
        NextVersion = await db.QuestionSets.Where(s => s.Key == set.Key).MaxAsync(s => s.Version, cancellationToken) + 1;
        return true;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex KeyPattern();
}
