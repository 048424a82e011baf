using System.Globalization;
using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Infrastructure;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.CorporateParents.Members;

/// <summary>What an import did, or every line it refused (then it saved nothing).</summary>
public sealed record MemberImportResult(int Added, int Updated, IReadOnlyList<string> Problems)
{
    public bool Saved => Problems.Count == 0;
}

/// <summary>
/// Imports the council's list of members from CSV (name, email, ward, party, elected on). Every line is checked first;
/// one bad line refuses the whole file with each problem and its line number, and nothing is saved. A member already
/// held is matched by e-mail, or by name when the line or the record has no e-mail, and updated rather than added again.
/// </summary>
public sealed class MemberImport(HubDbContext db)
{
    public static readonly string[] Columns = ["name", "email", "ward", "party", "elected on"];
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy", "d MMMM yyyy", "d MMM yyyy"];

    private sealed record Line(int Number, string Name, string? Email, string Ward, string Party, DateOnly ElectedOn);

    public async Task<MemberImportResult> ImportAsync(Stream csv, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var lines = Read(csv, problems);
        if (problems.Count > 0) return new MemberImportResult(0, 0, problems);

        var members = await db.CouncilMembers.ToListAsync(cancellationToken);
        int added = 0, updated = 0;
        foreach (var line in lines)
        {
            var match = (line.Email is { } email ? members.FirstOrDefault(m => string.Equals(m.Email, email, StringComparison.OrdinalIgnoreCase)) : null)
                ?? members.FirstOrDefault(m => (m.Email is null || line.Email is null) && string.Equals(m.Name, line.Name, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                members.Add(new CouncilMember { Name = line.Name, Email = line.Email, Ward = line.Ward, Party = line.Party, ElectedOn = line.ElectedOn });
                db.CouncilMembers.Add(members[^1]);
                added++;
                continue;
            }
            if (line.Email is { } e && members.Any(m => m != match && string.Equals(m.Email, e, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"Line {line.Number}: {e} is already the e-mail address of another member");
                continue;
            }
            (match.Name, match.Email, match.Ward, match.Party, match.ElectedOn) = (line.Name, line.Email ?? match.Email, line.Ward, line.Party, line.ElectedOn);
            updated++;
        }
        if (problems.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new MemberImportResult(0, 0, problems);
        }
        // One SaveChanges is one transaction: all the lines or none.
        await db.SaveChangesAsync(cancellationToken);
        return new MemberImportResult(added, updated, []);
    }

    private List<Line> Read(Stream csv, List<string> problems)
    {
        var lines = new List<Line>();
        using var text = new StreamReader(csv);
        using var reader = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, DetectDelimiter = false, BadDataFound = null });
        if (!reader.Read() || !reader.ReadHeader())
        {
            problems.Add("The file is empty: the first line must name the columns " + string.Join(", ", Columns));
            return lines;
        }
        var header = reader.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = Columns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"Line 1: the file has no column {string.Join(", ", missing.Select(m => $"\"{m}\""))} (the columns are {string.Join(", ", Columns)})");
            return lines;
        }
        string? Field(string column) => reader.GetField(header.IndexOf(column)).TrimmedOrNull();
        int nameMax = db.MaxLength<CouncilMember>(m => m.Name), emailMax = db.MaxLength<CouncilMember>(m => m.Email),
            wardMax = db.MaxLength<CouncilMember>(m => m.Ward), partyMax = db.MaxLength<CouncilMember>(m => m.Party);
        var seenEmails = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read())
        {
            var number = reader.Parser.RawRow;
            if (reader.Parser.Record!.All(string.IsNullOrWhiteSpace)) continue;
            var lineProblems = new List<string>();
            var name = Field("name");
            var email = Field("email");
            var ward = Field("ward");
            var party = Field("party");
            var elected = Field("elected on");
            if (name is null) lineProblems.Add("enter the member's name");
            else if (name.Length > nameMax) lineProblems.Add($"the name must be {nameMax} characters or fewer");
            var address = email is null ? null : EmailAddresses.AddressIn(email);
            if (email is not null && (address is null || address.Length > emailMax)) lineProblems.Add($"\"{email}\" is not an e-mail address");
            else if (address is not null && seenEmails.TryGetValue(address, out var first)) lineProblems.Add($"{address} is also on line {first}");
            else if (address is not null) seenEmails[address] = number;
            if (ward is null) lineProblems.Add("enter the ward");
            else if (ward.Length > wardMax) lineProblems.Add($"the ward must be {wardMax} characters or fewer");
            if (party is null) lineProblems.Add("enter the party");
            else if (party.Length > partyMax) lineProblems.Add($"the party must be {partyMax} characters or fewer");
            DateOnly electedOn = default;
            if (elected is null) lineProblems.Add("enter the date elected");
            else if (!DateOnly.TryParseExact(elected, DateFormats, CultureInfo.GetCultureInfo("en-GB"), DateTimeStyles.None, out electedOn))
                lineProblems.Add($"\"{elected}\" is not a date (use 2026-05-07 or 7/5/2026)");
            if (lineProblems.Count > 0) problems.Add($"Line {number}: {string.Join("; ", lineProblems)}");
            else lines.Add(new Line(number, name!, address, ward!, party!, electedOn));
        }
        if (lines.Count == 0 && problems.Count == 0) problems.Add("The file has no members: add a line for each member under the column names");
        return lines;
    }
}
