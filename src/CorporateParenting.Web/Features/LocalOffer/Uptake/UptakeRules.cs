using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Web.Infrastructure;

namespace CorporateParenting.Web.Features.LocalOffer.Uptake;

/// <summary>One uptake row as typed or uploaded, before it is saved.</summary>
public sealed record UptakeEntry(string EntitlementKey, DateOnly PeriodStart, DateOnly PeriodEnd, int YoungPeople, decimal? Cost, decimal? Value, string? Note);

/// <summary>A broken rule and the field it is about (EntitlementKey, PeriodStart, PeriodEnd, YoungPeople, Cost, Value, Note).</summary>
public sealed record UptakeError(string Field, string Message);

/// <summary>
/// The rules for recording uptake, in one place for the form and the CSV upload (ADR 32): the key exists in some
/// edition and the recorder may record it (the board officer any; a service manager only for entitlements their
/// services own, ADR 14); a period starts on or before it ends, lies in one financial year and has begun; periods
/// of the same entitlement never overlap; counts and amounts are never negative.
/// </summary>
public sealed class UptakeRules(IReadOnlyDictionary<string, CatalogueEntry> catalogue, IReadOnlySet<int>? recorderServices, DateOnly today)
{
    public const decimal LargestAmount = 100_000_000m;
    public const int LongestNote = 1000;

    public IReadOnlyDictionary<string, CatalogueEntry> Catalogue => catalogue;

    /// <summary>Whether the recorder may record this entitlement (null services: every entitlement).</summary>
    public bool MayRecord(string key) =>
        catalogue.TryGetValue(key, out var entry) && (recorderServices is null || entry.ServiceId is { } s && recorderServices.Contains(s));

    /// <summary>The entitlements the recorder may record, in area and offer order.</summary>
    public IReadOnlyList<CatalogueEntry> Recordable =>
        catalogue.Values.Where(e => MayRecord(e.Key)).OrderBy(e => e.Area).ThenBy(e => e.Order).ThenBy(e => e.Title, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Everything wrong with <paramref name="entry"/>, checked against the rows already held for other periods
    /// (<paramref name="others"/>: leave out the row being corrected).
    /// </summary>
    public IReadOnlyList<UptakeError> Check(UptakeEntry entry, IEnumerable<OfferUptake> others)
    {
        var errors = new List<UptakeError>();
        if (string.IsNullOrWhiteSpace(entry.EntitlementKey)) errors.Add(new("EntitlementKey", "Select the entitlement"));
        else if (!catalogue.ContainsKey(entry.EntitlementKey)) errors.Add(new("EntitlementKey", $"There is no entitlement with the key '{entry.EntitlementKey}' in any edition of the offer"));
        else if (!MayRecord(entry.EntitlementKey)) errors.Add(new("EntitlementKey", $"You can only record uptake for entitlements your services provide, and '{entry.EntitlementKey}' is not one of them"));

        if (entry.PeriodEnd < entry.PeriodStart) errors.Add(new("PeriodEnd", "The period must end on or after the day it starts"));
        else if (FinancialYear.Of(entry.PeriodStart) != FinancialYear.Of(entry.PeriodEnd))
            errors.Add(new("PeriodEnd", $"The period must lie within one financial year (1 April to 31 March): it starts in {FinancialYear.Label(FinancialYear.Of(entry.PeriodStart))} and ends in {FinancialYear.Label(FinancialYear.Of(entry.PeriodEnd))}"));
        if (entry.PeriodStart > today) errors.Add(new("PeriodStart", "The period must have started: uptake is recorded for periods that have begun"));

        if (entry.YoungPeople < 0) errors.Add(new("YoungPeople", "The number of young people must be 0 or more"));
        CheckAmount(errors, "Cost", "cost", entry.Cost);
        CheckAmount(errors, "Value", "value", entry.Value);
        if (entry.Note?.Length > LongestNote) errors.Add(new("Note", $"The note must be {LongestNote:N0} characters or fewer"));

        if (errors.Count == 0 && others.FirstOrDefault(o => o.EntitlementKey == entry.EntitlementKey && o.PeriodStart <= entry.PeriodEnd && entry.PeriodStart <= o.PeriodEnd) is { } clash)
            errors.Add(new("PeriodStart", $"Uptake of '{entry.EntitlementKey}' is already recorded for {DateDisplay.Long(clash.PeriodStart)} to {DateDisplay.Long(clash.PeriodEnd)}, which overlaps this period: change that row instead"));
        return errors;
    }

    /// <summary>
    /// An upload's rows by line number: each checked as above against the rows held and the lines before it. A line for
    /// exactly the period of a row already held corrects that row; the result says which rows each line replaces.
    /// </summary>
    public (IReadOnlyList<string> Errors, IReadOnlyList<(UptakeEntry Entry, OfferUptake? Replaces)> Rows) CheckUpload(IReadOnlyList<(int Line, UptakeEntry Entry)> lines, IReadOnlyList<OfferUptake> held)
    {
        var errors = new List<string>();
        var rows = new List<(UptakeEntry, OfferUptake?)>();
        var accepted = new List<OfferUptake>();
        foreach (var (line, entry) in lines)
        {
            var replaces = held.FirstOrDefault(h => h.EntitlementKey == entry.EntitlementKey && h.PeriodStart == entry.PeriodStart && h.PeriodEnd == entry.PeriodEnd);
            var others = held.Where(h => h != replaces).Concat(accepted);
            var found = Check(entry, others);
            errors.AddRange(found.Select(e => $"Line {line}: {e.Message}"));
            if (found.Count > 0) continue;
            rows.Add((entry, replaces));
            accepted.Add(new OfferUptake { EntitlementKey = entry.EntitlementKey, PeriodStart = entry.PeriodStart, PeriodEnd = entry.PeriodEnd, RecordedBy = "" });
        }
        return (errors, rows);
    }

    private static void CheckAmount(List<UptakeError> errors, string field, string what, decimal? amount)
    {
        if (amount < 0) errors.Add(new(field, $"The {what} must be £0 or more"));
        else if (amount >= LargestAmount) errors.Add(new(field, $"The {what} must be less than £{LargestAmount:N0}"));
        else if (amount is { } a && decimal.Round(a, 2) != a) errors.Add(new(field, $"The {what} must be in pounds and pence, like 18629.84"));
    }
}
