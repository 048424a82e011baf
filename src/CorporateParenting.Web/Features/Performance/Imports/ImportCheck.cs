using CorporateParenting.Data.Performance;
using CorporateParenting.Ssda903.Checks;
using CorporateParenting.Ssda903.Reading;
using CorporateParenting.Ssda903.Rules;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Web.Features.Performance.Imports;

/// <summary>
/// What the check found, kept (with the parsed return) until the analyst confirms or cancels: confirming
/// imports exactly this, without reading the files again.
/// </summary>
public sealed record ImportCheck(
    int? Year, string YearSource, IReadOnlyList<RecognisedFile> Files, IReadOnlyList<ReadError> ReadErrors,
    ValidationReport? Validation, Ssda903Import? Replaces, int Children)
{
    /// <summary>The parsed return; null when it could not be read.</summary>
    public ReturnYear? Return { get; init; }
    /// <summary>The year the files' own dates belong to.</summary>
    public DataYear? DataYear { get; init; }
    /// <summary>Set when the files are another year's return than the one chosen.</summary>
    public string? WrongYear { get; init; }
    /// <summary>Values that make a child unusable for the figures: each refuses the import.</summary>
    public IReadOnlyList<ReadError> Unusable { get; init; } = [];

    public bool CanImport => Year is not null && ReadErrors.Count == 0 && WrongYear is null && Unusable.Count == 0 && Validation is not null && Return is not null;

    /// <summary>Everything that stops the import, in words (for the command line and errors).</summary>
    public IEnumerable<string> Problems =>
        ReadErrors.Select(e => e.ToString())
            .Concat(WrongYear is null ? [] : [WrongYear])
            .Concat(Unusable.Select(e => e.ToString()));

    /// <summary>Where a DfE rule failure is in the uploaded files: "episodes.csv line 14".</summary>
    public string Where(RuleFailure failure)
    {
        if (Return is not { } data) return $"{failure.Table} row {failure.Row}";
        var table = data[failure.Table];
        return failure.Row >= 1 && failure.Row <= table.Count ? $"{table.SourceFile} line {table.LineOf(failure.Row - 1)}" : $"{failure.Table} row {failure.Row}";
    }
}

/// <summary>What confirming would change, worked out before anything is saved.</summary>
public sealed record ImportConsequences(
    IReadOnlyList<Guid> BasedOnImports,
    IReadOnlyList<FigureChange> WholeCohortChanges,
    IReadOnlyDictionary<int, int> BreakdownChangesByYear,
    ChildChanges? AgainstYearBefore,
    ChildChanges? AgainstReplaced,
    IReadOnlyList<IdentityClash> Clashes,
    int ClashCount)
{
    public int BreakdownChanges => BreakdownChangesByYear.Values.Sum();

    /// <summary>Every year in which at least one stored figure changes.</summary>
    public IReadOnlyList<int> YearsChanged =>
        WholeCohortChanges.Select(c => c.Year).Concat(BreakdownChangesByYear.Where(b => b.Value > 0).Select(b => b.Key)).Distinct().Order().ToList();
}

/// <summary>One stored figure before and after (null: there is none).</summary>
public sealed record FigureChange(int Year, string Indicator, string Unit, string Dimension, string Group, FigureValue? Before, FigureValue? After);

public sealed record FigureValue(int? Numerator, int? Denominator, double? Value, string? NotAvailableReason)
{
    public static FigureValue Of(IndicatorValue v) => new(v.Numerator, v.Denominator, v.Value, v.NotAvailableReason);

    public string Show(string unit) =>
        Value is null
            ? NotAvailableReason ?? "not available"
            : Scorecard.Figures.Format(Value, unit) + (Numerator is { } n && Denominator is { } d && unit != "children" ? $" ({n:#,0} of {d:#,0})" : "");
}

/// <summary>The children of the return compared with another return: in it only, in both but different, in the other only.</summary>
public sealed record ChildChanges(int Year, string ComparedWith, int New, int Changed, int Gone, int Same);

/// <summary>A CHILD whose date of birth or sex differs from another stored year: perhaps two children under one id.</summary>
public sealed record IdentityClash(string Child, string Dob, string Sex, int OtherYear, string OtherDob, string OtherSex);
