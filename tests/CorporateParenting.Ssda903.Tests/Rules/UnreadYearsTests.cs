using CorporateParenting.Ssda903.Generation;
using CorporateParenting.Ssda903.Reading;
using CorporateParenting.Ssda903.Rules;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Tests.Rules;

/// <summary>
/// cpb validate reads the years before the one it validates only as far as the rules compare them: the failures must be
/// those of the whole return, and a rule that asks for a table left unread must fail loudly, not see an empty table.
/// </summary>
public sealed class UnreadYearsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ssda903-unread-").FullName;

    public UnreadYearsTests()
    {
        ReturnGenerator.Write(new GeneratorOptions(300, 3, Seed: 7), _folder);
        // Noise in the validated year that the rules comparing it with last year find: a changed SEX in the header (202)
        // and episodes' start dates moved a day (the rules holding this year's first episode against last year's last).
        var latest = Directory.GetDirectories(_folder).Order().Last();
        Mutate(Path.Combine(latest, "header.csv"), "SEX", every: 9, v => v == "M" ? "F" : "M");
        Mutate(Path.Combine(latest, "episodes.csv"), "DECOM", every: 11, v => v.Length == 10 ? "0" + ((v[1] - '0') % 9 + 1) + v[2..] : v);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Validating_with_the_earlier_years_partly_unread_finds_what_the_whole_return_finds()
    {
        var folders = Directory.GetDirectories(_folder).Order().ToArray();
        var whole = ReturnReader.ReadFolders(folders).Set;
        var validated = whole.Latest.Year;
        var partial = new ReturnSet(folders.Select(f =>
            ReturnReader.ReadFolder(f, leaveUnread: Validator.TablesNotRead(validated - ReturnReader.YearOfFolder(f)!.Value)).Year!));

        Assert.False(partial.ForYear(validated - 1)!.WasRead(TableKind.Reviews));
        Assert.True(partial.ForYear(validated - 1)!.WasRead(TableKind.Header));
        Assert.False(partial.ForYear(validated - 2)!.WasRead(TableKind.Header));
        Assert.All(Enum.GetValues<TableKind>(), t => Assert.True(partial.Latest.WasRead(t)));

        static List<string> Failures(ReturnSet set, int year) =>
            Validator.Validate(set, year).Failures.Select(f => $"{f.Rule} {f.Table} {f.Row} {f.Child}").ToList();
        var expected = Failures(whole, validated);
        Assert.Contains(expected, f => f.StartsWith("202 "));
        Assert.Equal(expected, Failures(partial, validated));
    }

    [Fact]
    public void A_rule_asking_for_a_table_left_unread_fails_rather_than_see_it_empty()
    {
        var folder = Directory.GetDirectories(_folder).Order().First();
        var year = ReturnReader.ReadFolder(folder, leaveUnread: Validator.TablesNotRead(1)).Year!;
        Assert.Throws<InvalidOperationException>(() => year[TableKind.Reviews]);
        Assert.Equal(0, year.ReadOrEmpty(TableKind.Reviews).Count);
        var next = ReturnReader.ReadFolder(Directory.GetDirectories(_folder).Order().ElementAt(1)).Year!;
        var context = new RuleContext(new ReturnSet([year, next]), next.Year);
        Assert.True(context.HasLastYear(TableKind.Episodes, TableKind.Header));
        Assert.Throws<InvalidOperationException>(() => context.HasLastYear(TableKind.OC2));
    }

    private static void Mutate(string path, string column, int every, Func<string, string> change)
    {
        var lines = File.ReadAllLines(path);
        var index = Array.IndexOf(lines[0].Split(','), column);
        for (var i = 1; i < lines.Length; i += every)
        {
            var cells = lines[i].Split(',');
            cells[index] = change(cells[index]);
            lines[i] = string.Join(',', cells);
        }
        File.WriteAllLines(path, lines);
    }
}
