using CorporateParenting.Ssda903.Rules;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Tests.Rules;

public class ChildIndexTests
{
    [Fact]
    public void Ids_are_numbered_in_the_order_they_were_first_added_through_every_growth()
    {
        // Short ids (packed), ids sharing their first eight characters, long and non-ASCII ids (kept aside), the blank id,
        // and ids that differ only in case or a space: 5,000 of them from an index sized for none, so that it grows often.
        var ids = Enumerable.Range(0, 1000).SelectMany(i => new[]
        {
            $"{100000 + i}", $"ABCDEFGH{i}", $"A-CHILD-ID-LONGER-THAN-FIFTEEN-{i}", $"É{i}", $"c{i}",
        }).Append("").Append("C1").Append(" C1").ToArray();
        var index = new ChildIndex();
        for (var i = 0; i < ids.Length; i++) Assert.Equal(i, index.Add(ids[i]));
        for (var i = 0; i < ids.Length; i++) Assert.Equal(i, index.Add(ids[i]));   // a second time: the same numbers
        Assert.Equal(ids.Length, index.Count);
        for (var i = 0; i < ids.Length; i++)
        {
            Assert.Equal(i, index.NumberOf(ids[i]));
            Assert.Equal(ids[i], index.IdAt(i));
        }
        string[] absents = ["C0", "1000000", "ABCDEFGH", "A-CHILD-ID-LONGER-THAN-FIFTEEN-", "É", "c1 "];
        foreach (var absent in absents)
        {
            Assert.Equal(-1, index.NumberOf(absent));
            Assert.False(index.Contains(absent));
        }
        // Looked up together (the slots asked for ahead): the same numbers as one at a time, absent ids among them.
        string[] asked = [.. absents, .. ids.Reverse(), .. absents];
        Assert.Equal(asked.Select(index.NumberOf), index.NumbersOf(asked));

        // Added together, twice over, into an index sized for none: the numbers one at a time gave.
        var together = new ChildIndex();
        together.AddEach([.. ids, .. ids]);
        Assert.Equal(ids.Length, together.Count);
        Assert.Equal(ids, Enumerable.Range(0, ids.Length).Select(together.IdAt));
        Assert.Equal(Enumerable.Range(0, ids.Length), together.NumbersOf(ids));
        Assert.Equal(asked.Select(index.NumberOf), together.NumbersOf(asked));
    }

    [Fact]
    public void A_tables_rows_by_child_find_each_childs_rows_by_id()
    {
        var table = new RawTable(TableKind.Episodes, "episodes.csv", ["CHILD", "DECOM"],
            [["7", "01/04/2024"], ["8", "02/04/2024"], ["7", "03/04/2024"], ["A-CHILD-ID-LONGER-THAN-FIFTEEN", "04/04/2024"]]);
        var rows = new ChildRows(table);
        Assert.Equal([0, 2], rows.Of("7"));
        Assert.Equal([1], rows.Of("8"));
        Assert.Equal([3], rows.Of("A-CHILD-ID-LONGER-THAN-FIFTEEN"));
        Assert.Empty(rows.Of("9"));
        Assert.Equal(-1, rows.GroupOf("9"));
        Assert.Equal(["7", "8", "A-CHILD-ID-LONGER-THAN-FIFTEEN"], rows.Select(g => g.Key));
    }
}
