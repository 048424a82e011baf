using CorporateParenting.Ssda903.Rules;
using CorporateParenting.Ssda903.Tables;
using CorporateParenting.Ssda903.Tests.Places;

namespace CorporateParenting.Ssda903.Tests.Rules;

/// <summary>
/// The shared look-ups rules read by row, worked out once per distinct value: each must give, row by row, what looking the
/// row's own value up would (a child's rows in another table, the header's date of birth, a postcode's place).
/// </summary>
public sealed class RuleContextLookupTests
{
    private static ReturnSet Return() => new RuleTestReturn()
        .Row(TableKind.Header, "A", "DOB=03/04/2010").Row(TableKind.Episodes, "A").Row(TableKind.Episodes, "A", "DECOM=01/05/2024;PL_POST=XQ1 1AA")
        .Row(TableKind.Episodes, "B", "HOME_POST=;PL_POST=ZZ9 9ZZ").Without(TableKind.Header, "B")
        .Row(TableKind.Header, "C", "DOB=").Row(TableKind.Episodes, "C", "PL_POST=nb2 2bb")
        .Row(TableKind.Episodes, "", "PL_POST=KT1 1AA").Without(TableKind.Header, "")
        .LastYear(TableKind.Episodes, "A", "PL_POST=CF1 1AA").LastYear(TableKind.Episodes, "C", "HOME_POST=NB9 9ZZ")
        .Set();

    [Fact]
    public void A_childs_rows_in_another_table_are_those_its_id_finds()
    {
        var context = new RuleContext(Return(), 2025);
        var episodes = context[TableKind.Episodes];
        var headers = context.ChildRowsOf(TableKind.Header);

        for (var i = 0; i < episodes.Count; i++)
        {
            var child = episodes.Cell(i, "CHILD");
            Assert.Equal(headers.Of(child), context.RowsOfChild(TableKind.Header, TableKind.Episodes, i));
            Assert.Equal(headers.Contains(child), context.HasChildIn(TableKind.Header, TableKind.Episodes, i));
        }
        // A with its header, B and the blank id without one, C's header with no date of birth.
        Assert.Equal(new DateOnly?[] { new(2010, 4, 3), new(2010, 4, 3), null, null, null },
            Enumerable.Range(0, episodes.Count).Select(i => context.HeaderDob(TableKind.Episodes, i)));
        Assert.Equal([0, 1], context.RowsOfChild(TableKind.Episodes, TableKind.Header, 0));
    }

    [Fact]
    public void A_postcodes_place_is_the_directorys_for_each_row_of_either_year()
    {
        var places = PlacesFiles.All();
        var context = new RuleContext(Return(), 2025) { Places = places };

        foreach (var (table, lastYear) in new[] { (context[TableKind.Episodes], false), (context.Previous![TableKind.Episodes], true) })
            foreach (var column in new[] { "HOME_POST", "PL_POST" })
            {
                var found = context.PostcodePlaces(TableKind.Episodes, column, lastYear);
                Assert.Equal(Enumerable.Range(0, table.Count).Select(i => places.Postcodes!.Find(table.Cell(i, column))), found);
            }
        Assert.Equal(["806", null, "805", "936"], context.PostcodePlaces(TableKind.Episodes, "PL_POST").Skip(1).Select(p => p?.PlacementLa));
        Assert.All(new RuleContext(Return(), 2025).PostcodePlaces(TableKind.Episodes, "PL_POST"), Assert.Null);
    }
}
