using CorporateParenting.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.YoungPeople;

/// <summary>"What you told us": the surveys whose results the participation officer has published for young people.</summary>
[AllowAnonymous]
public sealed class WhatYouToldUsModel(HubDbContext db) : PageModel
{
    public sealed record Row(int Id, string Title, DateOnly OpensOn);
    public IReadOnlyList<Row> Surveys { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Surveys = await db.Surveys.AsNoTracking().Where(s => s.ResultsPublished).OrderByDescending(s => s.OpensOn)
            .Select(s => new Row(s.Id, s.Title, s.OpensOn)).ToListAsync(ct);
}
