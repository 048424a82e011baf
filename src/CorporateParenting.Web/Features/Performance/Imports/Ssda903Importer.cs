using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Ssda903.Checks;
using CorporateParenting.Ssda903.Reading;
using CorporateParenting.Ssda903.Rules;
using CorporateParenting.Ssda903.Tables;
using CorporateParenting.Web.Features.Performance.Indicators;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Performance.Imports;

/// <summary>
/// Checks staged 903 files and imports them. An import is one transaction: the files, the rule failures,
/// the replaced year's status and every recomputed indicator value land together or not at all.
/// </summary>
public sealed class Ssda903Importer(HubDbContext db, CouncilReturns council, CouncilMeasureOptions measureOptions, TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<Infrastructure.HubOptions>? options = null, ILogger<Ssda903Importer>? logger = null)
{
    /// <summary>Identity clashes listed on the check page; the rest are counted.</summary>
    public const int MaxClashesShown = 200;

    /// <summary>Reads the files once and checks them: year, unusable values, DfE rules. Nothing is saved.</summary>
    public async Task<ImportCheck> CheckAsync(IReadOnlyList<string> paths, int? year, CancellationToken cancellationToken)
    {
        var timer = new PhaseTimer(logger, "903 check");
        var placeErrors = new List<ReadError>();
        var places = ImportPlaces.Load(paths.Where(ImportPlaces.IsReference).ToList(), options?.Value.CouncilCode, placeErrors);
        var read = ReturnReader.Read(paths.Where(p => !ImportPlaces.IsReference(p)).Select(p => new ReturnFile(Path.GetFileName(p), () => File.OpenRead(p))), year);
        timer.Done("reading the files");
        if (read.Year is null || read.Errors.Count > 0 || placeErrors.Count > 0)
            return new ImportCheck(read.Year?.Year, read.YearSource, read.Files, [.. read.Errors, .. placeErrors], null, null, 0);

        var data = read.Year;
        var children = data[TableKind.Header].Rows.Select(r => r[0]).Distinct().Count();
        var dataYear = ReturnYears.Detect(data);
        if (year is not null && dataYear is not null && dataYear.Year != year)
            return new ImportCheck(data.Year, read.YearSource, read.Files, read.Errors, null, null, children)
            {
                DataYear = dataYear,
                WrongYear = $"These files are {dataYear.Describe()}; you chose {ReturnYears.Label(year.Value)}. "
                            + $"{dataYear.DatesInYear:N0} of the {dataYear.Dates:N0} dates read agree with {dataYear.Label}. "
                            + $"Upload them again as {dataYear.Year}, or leave the year blank.",
            };

        var unusable = BlockingChecks.Find(data, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        timer.Done("blocking checks");
        var current = await council.CurrentAsync(db, cancellationToken);
        timer.Done("loading the stored years");
        var previous = current.Returns.Previous(data.Year);
        var validation = Validator.Validate(new ReturnSet(previous is null ? [data] : [previous, data]), data.Year, places);
        timer.Done("DfE rules");
        var replaces = await db.Ssda903Imports.AsNoTracking().SingleOrDefaultAsync(i => i.Year == data.Year && i.IsCurrent, cancellationToken);
        timer.Finished();
        return new ImportCheck(data.Year, read.YearSource, read.Files, read.Errors, validation, replaces, children)
        {
            Return = data, DataYear = dataYear, Unusable = unusable,
        };
    }

    /// <summary>
    /// What confirming would change: every stored figure in every year (before and after), the children
    /// against the year before and against the return replaced, and CHILD ids whose date of birth or sex
    /// differ from another year. The figures come from the real recomputation run in a transaction that is
    /// rolled back, so they are exactly what confirming would store.
    /// </summary>
    public async Task<ImportConsequences> ConsequencesAsync(ImportCheck check, CancellationToken cancellationToken)
    {
        if (!check.CanImport) throw new InvalidOperationException("These files cannot be imported: " + string.Join("; ", check.Problems.Take(3)));
        var data = check.Return!;
        var current = await council.CurrentAsync(db, cancellationToken);
        var returns = With(current.Returns, data);
        var importOfYear = await CurrentImportsAsync(cancellationToken);
        importOfYear[data.Year] = Guid.NewGuid();   // stands for the import not yet made

        var indicators = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, cancellationToken);
        var before = await StoredFiguresAsync(cancellationToken);
        Dictionary<(int, int, string, string), IndicatorValue> after;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await IndicatorCalculator.RecomputeAsync(db, returns, importOfYear, await measureOptions.LoadAsync(db, cancellationToken), cancellationToken, logger);
            await db.SaveChangesAsync(cancellationToken);
            after = await StoredFiguresAsync(cancellationToken);
            var known = indicators.Keys.ToList();
            foreach (var added in await db.Indicators.AsNoTracking().Where(i => !known.Contains(i.Id)).ToListAsync(cancellationToken))
                indicators[added.Id] = added;
            await transaction.RollbackAsync(cancellationToken);
        }
        db.ChangeTracker.Clear();

        var wholeCohort = new List<(FigureChange Change, int Order)>();
        var breakdowns = new Dictionary<int, int>();
        foreach (var key in before.Keys.Union(after.Keys))
        {
            var old = before.GetValueOrDefault(key);
            var @new = after.GetValueOrDefault(key);
            if (old is not null && @new is not null && FigureValue.Of(old) == FigureValue.Of(@new)) continue;
            var (indicatorId, year, dimension, group) = key;
            if (dimension.Length > 0)
            {
                breakdowns[year] = breakdowns.GetValueOrDefault(year) + 1;
                continue;
            }
            var indicator = indicators.GetValueOrDefault(indicatorId);
            wholeCohort.Add((new FigureChange(year, indicator?.Name ?? $"Indicator {indicatorId}", indicator?.Unit ?? "", dimension, group,
                old is null ? null : FigureValue.Of(old), @new is null ? null : FigureValue.Of(@new)), indicator?.SortOrder ?? int.MaxValue));
        }

        var yearBefore = current.Returns.Previous(data.Year);
        var replaced = check.Replaces is null ? null : current.Returns.ForYear(data.Year);
        var (clashes, clashCount) = ChildComparison.Clashes(data, current.Returns.Years, MaxClashesShown);
        return new ImportConsequences(current.ImportIds,
            wholeCohort.OrderByDescending(c => c.Change.Year).ThenBy(c => c.Order).ThenBy(c => c.Change.Indicator).Select(c => c.Change).ToList(), breakdowns,
            yearBefore is null ? null : ChildComparison.AgainstYearBefore(data, yearBefore),
            replaced is null ? null : ChildComparison.AgainstReplaced(data, replaced),
            clashes, clashCount);
    }

    /// <summary>Whether the stored returns are still those the consequences were worked out from.</summary>
    public async Task<bool> StillCurrentAsync(ImportConsequences consequences, CancellationToken cancellationToken) =>
        (await db.Ssda903Imports.Where(i => i.IsCurrent).OrderBy(i => i.Year).Select(i => i.Id).ToListAsync(cancellationToken)).SequenceEqual(consequences.BasedOnImports);

    public async Task<Ssda903Import> ImportAsync(IReadOnlyList<string> paths, int? year, string importedBy, CancellationToken cancellationToken, bool recompute = true) =>
        await ImportAsync(paths, await CheckAsync(paths, year, cancellationToken), importedBy, cancellationToken, recompute);

    /// <summary>Imports files already checked (the check the analyst has just seen), without parsing them again.</summary>
    public async Task<Ssda903Import> ImportAsync(IReadOnlyList<string> paths, ImportCheck check, string importedBy, CancellationToken cancellationToken, bool recompute = true)
    {
        if (!check.CanImport)
            throw new InvalidOperationException("These files cannot be imported: " + string.Join("; ", check.Problems.Take(3)));
        var timer = new PhaseTimer(logger, "903 import");
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
        var files = new List<Ssda903ImportFile>();
        // The postcode directory and provider list served the check only: the return's own files are what is kept.
        foreach (var path in paths.Where(p => !ImportPlaces.IsReference(p)))
        {
            // The files are kept exactly as uploaded; they are read here as bytes, not parsed again.
            var content = await File.ReadAllBytesAsync(path, cancellationToken);
            var recognised = check.Files.FirstOrDefault(f => f.Name == Path.GetFileName(path));
            files.Add(new Ssda903ImportFile
            {
                ImportId = import.Id,
                FileName = Path.GetFileName(path),
                Sha256 = StoredReturns.Sha256Of(content),
                Table = path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ? "XML" : recognised?.Table?.ToString() ?? "Not recognised",
                Rows = path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                    ? check.Files.Where(f => f.Name.StartsWith(Path.GetFileName(path), StringComparison.Ordinal)).Sum(f => f.Rows)
                    : recognised?.Rows ?? 0,
                Content = StoredReturns.Compress(content),
            });
        }

        timer.Done("reading and compressing the files");
        // The other years as already held in memory; the new year as checked.
        var held = recompute ? await council.CurrentAsync(db, cancellationToken) : null;
        timer.Done("loading the stored years");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var replaced = await db.Ssda903Imports.Where(i => i.Year == import.Year && i.IsCurrent).ToListAsync(cancellationToken);
        foreach (var old in replaced) { old.IsCurrent = false; old.ReplacedAtUtc = now; }
        db.Ssda903Imports.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        // The files and failures (a failure names a child; a large return has hundreds of thousands) go by the
        // database's bulk path, in this transaction, and are recorded as one audit event with counts.
        var failures = check.Validation.Failures.Select(f => new Ssda903RuleFailure
        {
            ImportId = import.Id, Rule = f.Rule, Table = f.Table.ToString(), Row = f.Row, Child = f.Child,
            Fields = string.Join(", ", f.Fields), Message = f.Message,
        }).ToList();
        await BulkInsert.WriteAsync(db, files, cancellationToken);
        await BulkInsert.WriteAsync(db, failures, cancellationToken);
        await BulkInsert.AuditAsync(db, new Dictionary<string, SortedDictionary<string, int>>
        {
            [nameof(Ssda903ImportFile)] = new(StringComparer.Ordinal) { ["Created"] = files.Count },
            [nameof(Ssda903RuleFailure)] = new(StringComparer.Ordinal) { ["Created"] = failures.Count },
        }, cancellationToken);
        timer.Done("writing the import, its files and rule failures");

        if (held is not null)
        {
            var importOfYear = await CurrentImportsAsync(cancellationToken);
            var others = held.ImportIds.Except(replaced.Select(r => r.Id)).Order().ToList();
            if (others.SequenceEqual(importOfYear.Where(i => i.Key != import.Year).Select(i => i.Value).Order()))
            {
                await IndicatorCalculator.RecomputeAsync(db, With(held.Returns, check.Return!), importOfYear, await measureOptions.LoadAsync(db, cancellationToken), cancellationToken, logger);
                timer.Done("recomputing the figures");
                await db.SaveChangesAsync(cancellationToken);
            }
            else await RecomputeAsync(cancellationToken);   // another import landed meanwhile: read what is stored
            timer.Done("saving the figures");
        }
        await transaction.CommitAsync(cancellationToken);
        timer.Done("commit");
        timer.Finished();
        return import;
    }

    /// <summary>Recomputes every 903 indicator value from the current imports (the caller's transaction, if any, covers it).</summary>
    public async Task RecomputeAsync(CancellationToken cancellationToken)
    {
        var current = await db.Ssda903Imports.AsNoTracking().Include(i => i.Files).Where(i => i.IsCurrent).ToListAsync(cancellationToken);
        var returns = new ReturnSet(current.Select(StoredReturns.Read));
        await IndicatorCalculator.RecomputeAsync(db, returns, current.ToDictionary(i => i.Year, i => i.Id), await measureOptions.LoadAsync(db, cancellationToken), cancellationToken, logger);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ReturnSet With(ReturnSet stored, ReturnYear data) => new(stored.Years.Where(y => y.Year != data.Year).Append(data));

    private async Task<Dictionary<int, Guid>> CurrentImportsAsync(CancellationToken cancellationToken) =>
        await db.Ssda903Imports.AsNoTracking().Where(i => i.IsCurrent).ToDictionaryAsync(i => i.Year, i => i.Id, cancellationToken);

    private async Task<Dictionary<(int, int, string, string), IndicatorValue>> StoredFiguresAsync(CancellationToken cancellationToken) =>
        (await db.IndicatorValues.AsNoTracking().Where(v => v.ImportId != null).ToListAsync(cancellationToken))
            .ToDictionary(v => (v.IndicatorId, v.Year, v.Dimension, v.Group));
}
