using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Web.Features.Performance.Imports;

/// <summary>How the children of a return compare with the council's other stored returns.</summary>
public static class ChildComparison
{
    /// <summary>Against the year before: children new to the header, gone from it, and those whose header details differ.</summary>
    public static ChildChanges AgainstYearBefore(ReturnYear current, ReturnYear before)
    {
        var now = Headers(current);
        var then = Headers(before);
        int changed = 0, same = 0;
        foreach (var (child, row) in now)
        {
            if (!then.TryGetValue(child, out var old)) continue;
            if (row.SequenceEqual(old)) same++; else changed++;
        }
        return new ChildChanges(before.Year, $"the {ReturnYears(before.Year)} return", now.Keys.Count(c => !then.ContainsKey(c)), changed, then.Keys.Count(c => !now.ContainsKey(c)), same);
    }

    /// <summary>Against the return this replaces (the same year): a child is changed when any of its rows in any table differs.</summary>
    public static ChildChanges AgainstReplaced(ReturnYear current, ReturnYear replaced)
    {
        var now = Fingerprints(current);
        var then = Fingerprints(replaced);
        int changed = 0, same = 0;
        foreach (var (child, print) in now)
        {
            if (!then.TryGetValue(child, out var old)) continue;
            if (print == old) same++; else changed++;
        }
        return new ChildChanges(replaced.Year, $"the {ReturnYears(replaced.Year)} return it replaces", now.Keys.Count(c => !then.ContainsKey(c)), changed, then.Keys.Count(c => !now.ContainsKey(c)), same);
    }

    /// <summary>CHILD ids whose date of birth or sex in this return differs from another stored year's.</summary>
    public static (IReadOnlyList<IdentityClash> Clashes, int Count) Clashes(ReturnYear current, IEnumerable<ReturnYear> others, int max)
    {
        var now = Headers(current);
        var clashes = new List<IdentityClash>();
        var count = 0;
        var clashed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var other in others.Where(o => o.Year != current.Year).OrderByDescending(o => o.Year))
        {
            var header = other[TableKind.Header];
            int id = header.IndexOf("CHILD"), sex = header.IndexOf("SEX"), dob = header.IndexOf("DOB");
            int sexNow = current[TableKind.Header].IndexOf("SEX"), dobNow = current[TableKind.Header].IndexOf("DOB");
            foreach (var row in header.Rows)
            {
                if (!now.TryGetValue(row[id], out var mine) || clashed.Contains(row[id])) continue;
                if (mine[dobNow] == row[dob] && Sex(mine[sexNow]) == Sex(row[sex])) continue;
                clashed.Add(row[id]);
                count++;
                if (clashes.Count < max) clashes.Add(new IdentityClash(row[id], mine[dobNow], mine[sexNow], other.Year, row[dob], row[sex]));
            }
        }
        return (clashes.OrderBy(c => c.Child, StringComparer.Ordinal).ToList(), count);
    }

    /// <summary>1 and 2 became M and F in 2024-25: the same sex either way.</summary>
    private static string Sex(string code) => code switch { "1" => "M", "2" => "F", _ => code };

    /// <summary>Each child's header row (the first, if a CHILD has identical duplicates), sex in today's codes.</summary>
    private static Dictionary<string, string[]> Headers(ReturnYear year)
    {
        var header = year[TableKind.Header];
        int id = header.IndexOf("CHILD"), sex = header.IndexOf("SEX");
        var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var row in header.Rows)
        {
            if (row[id].Length == 0 || rows.ContainsKey(row[id])) continue;
            var copy = (string[])row.Clone();
            copy[sex] = Sex(copy[sex]);
            rows[row[id]] = copy;
        }
        return rows;
    }

    /// <summary>An order-independent hash of every row each child has in every table of the year.</summary>
    private static Dictionary<string, (ulong Sum, ulong Xor, int Rows)> Fingerprints(ReturnYear year)
    {
        var prints = new Dictionary<string, (ulong, ulong, int)>(StringComparer.Ordinal);
        foreach (var table in year.Tables)
        {
            var id = table.IndexOf("CHILD");
            if (id < 0) continue;
            foreach (var row in table.Rows)
            {
                var hash = Hash(table.Kind, row);
                var (sum, xor, rows) = prints.GetValueOrDefault(row[id]);
                prints[row[id]] = (sum + hash, xor ^ hash, rows + 1);
            }
        }
        return prints;
    }

    private static ulong Hash(TableKind kind, string[] row)
    {
        // FNV-1a over the table and every cell, with a separator no cell holds.
        var hash = 14695981039346656037UL ^ (ulong)kind;
        foreach (var cell in row)
        {
            foreach (var c in cell) hash = (hash ^ c) * 1099511628211UL;
            hash = (hash ^ 0x1F) * 1099511628211UL;
        }
        return hash;
    }

    private static string ReturnYears(int year) => Ssda903.Checks.ReturnYears.Label(year);
}
