using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Ssda903.Reading;
using CorporateParenting.Ssda903.Rules;
using CorporateParenting.Ssda903.Tables;
using CorporateParenting.Web.Features.Performance.Indicators;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Performance.Imports;

/// <summary>What the analyst sees before confirming: what was recognised, what could not be read, what the rules found.</summary>
public sealed record ImportCheck(
    int? Year, string YearSource, IReadOnlyList<RecognisedFile> Files, IReadOnlyList<ReadError> ReadErrors,
    ValidationReport? Validation, Ssda903Import? Replaces, int Children)
{
    public bool CanImport => Year is not null && ReadErrors.Count == 0 && Validation is not null;
}

/// <summary>
/// Checks staged 903 files and imports them. An import is one transaction: the files, the rule failures,
/// the replaced year's status and every recomputed indicator value land together or not at all.
/// </summary>
public sealed class Ssda903Importer(HubDbContext db, CouncilReturns council, CouncilMeasureOptions measureOptions, TimeProvider clock)
{
    public async Task<ImportCheck> CheckAsync(IReadOnlyList<string> paths, int? year, CancellationToken cancellationToken)
    {
        var read = ReturnReader.Read(paths.Select(p => new ReturnFile(Path.GetFileName(p), () => File.OpenRead(p))), year);
        if (read.Year is null || read.Errors.Count > 0)
            return new ImportCheck(read.Year?.Year, read.YearSource, read.Files, read.Errors, null, null, 0);

        var current = await council.CurrentAsync(db, cancellationToken);
        var previous = current.Returns.Previous(read.Year.Year);
        var validation = Validator.Validate(new ReturnSet(previous is null ? [read.Year] : [previous, read.Year]), read.Year.Year);
        var replaces = await db.Ssda903Imports.AsNoTracking().SingleOrDefaultAsync(i => i.Year == read.Year.Year && i.IsCurrent, cancellationToken);
        var children = read.Year[TableKind.Header].Rows.Select(r => r[0]).Distinct().Count();
        return new ImportCheck(read.Year.Year, read.YearSource, read.Files, read.Errors, validation, replaces, children);
    }

    public async Task<Ssda903Import> ImportAsync(IReadOnlyList<string> paths, int? year, string importedBy, CancellationToken cancellationToken, bool recompute = true) =>
        await ImportAsync(paths, await CheckAsync(paths, year, cancellationToken), importedBy, cancellationToken, recompute);

    /// <summary>Imports files already checked (the check the analyst has just seen), without reading them twice.</summary>
    public async Task<Ssda903Import> ImportAsync(IReadOnlyList<string> paths, ImportCheck check, string importedBy, CancellationToken cancellationToken, bool recompute = true)
    {
        if (!check.CanImport)
            throw new InvalidOperationException("These files cannot be imported: " + string.Join("; ", check.ReadErrors.Take(3)));
        var now = clock.GetUtcNow().UtcDateTime;
        var import = new Ssda903Import
        {
            Year = check.Year!.Value,
            ImportedAtUtc = now,
            ImportedBy = importedBy,
            Children = check.Children,
            RuleFailures = check.Validation!.Failures.Count,
            RulesImplemented = check.Validation.RulesImplemented.Count,
            RulesInCatalogue = check.Validation.RulesInCatalogue,
        };
        foreach (var path in paths)
        {
            var content = await File.ReadAllBytesAsync(path, cancellationToken);
            var recognised = check.Files.FirstOrDefault(f => f.Name == Path.GetFileName(path));
            import.Files.Add(new Ssda903ImportFile
            {
                FileName = Path.GetFileName(path),
                Sha256 = StoredReturns.Sha256Of(content),
                Table = path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ? "XML" : recognised?.Table?.ToString() ?? "Not recognised",
                Rows = path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                    ? check.Files.Where(f => f.Name.StartsWith(Path.GetFileName(path), StringComparison.Ordinal)).Sum(f => f.Rows)
                    : recognised?.Rows ?? 0,
                Content = StoredReturns.Compress(content),
            });
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var replaced = await db.Ssda903Imports.Where(i => i.Year == import.Year && i.IsCurrent).ToListAsync(cancellationToken);
        foreach (var old in replaced) { old.IsCurrent = false; old.ReplacedAtUtc = now; }
        db.Ssda903Imports.Add(import);
        db.Ssda903RuleFailures.AddRange(check.Validation.Failures.Select(f => new Ssda903RuleFailure
        {
            ImportId = import.Id, Rule = f.Rule, Table = f.Table.ToString(), Row = f.Row, Child = f.Child,
            Fields = string.Join(", ", f.Fields), Message = f.Message,
        }));
        await db.SaveChangesAsync(cancellationToken);

        if (recompute) await RecomputeAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return import;
    }

    /// <summary>Recomputes every 903 indicator value from the current imports (the caller's transaction, if any, covers it).</summary>
    public async Task RecomputeAsync(CancellationToken cancellationToken)
    {
        var current = await db.Ssda903Imports.AsNoTracking().Include(i => i.Files).Where(i => i.IsCurrent).ToListAsync(cancellationToken);
        var returns = new ReturnSet(current.Select(StoredReturns.Read));
        await IndicatorCalculator.RecomputeAsync(db, returns, current.ToDictionary(i => i.Year, i => i.Id), await measureOptions.LoadAsync(db, cancellationToken), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
