using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Tests.Tables;

/// <summary>Tables held by column (ADR 6, addendum of 1 December): each distinct value once, each cell its value's number.</summary>
public sealed class ColumnTests
{
    [Fact]
    public void A_column_keeps_each_value_once_trimmed_and_upper_cased_and_numbers_its_cells()
    {
        var column = new ColumnBuilder(2);
        foreach (var cell in new[] { " p1 ", "P1", "", "  ", "é2", "P1", "\u00a0E2\u00a0", "X" }) column.Add(cell);
        var (cells, values) = column.Build();

        Assert.Equal(["", "P1", "É2", "E2", "X"], values);
        Assert.Equal([1, 1, 0, 0, 2, 1, 3, 4], cells);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(50_000)]
    [InlineData(200_000)]
    public void Fifty_thousand_ids_in_and_out_of_order_each_keep_their_own_number(int expectedRows)
    {
        // Ids differing only in their last characters, the case the first hash crowded into neighbouring slots, and the
        // table grown many times over (from too low an estimate of the rows), or at once to the estimate's size.
        var column = new ColumnBuilder(expectedRows);
        var ids = Enumerable.Range(100_000, 50_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        foreach (var id in ids.Concat(ids.Reverse())) column.Add(id);
        var (cells, values) = column.Build();

        Assert.Equal(50_001, values.Length);
        Assert.Equal(ids, values[1..]);
        Assert.Equal(Enumerable.Range(1, 50_000).Concat(Enumerable.Range(1, 50_000).Reverse()), cells[..100_000]);
    }

    [Fact]
    public void Cells_of_every_kind_staged_or_not_keep_their_own_values()
    {
        // Short upper-case ASCII (looked up by the characters held in the slot), long or non-ASCII values (looked up by
        // their strings), lower case (upper-cased first), blanks and repeats, in a random order, with the tables grown.
        var random = new Random(7);
        string[] kinds = ["A", "ZZ", "01/04/2024", "L023268466571", "ABCDEFGHIJKLMNO", "ABCDEFGHIJKLMNOP", "a long free-text value", "é", "Ä1", "p1", " ", ""];
        // Dates and UPN-like ids share their first eight characters, which one half of a packed key holds.
        var cells = Enumerable.Range(0, 20_000).Select(i => random.Next(6) switch
        {
            0 => kinds[random.Next(kinds.Length)],
            4 => $"01/04/{random.Next(1990, 2030)}",
            5 => "L0232684" + random.Next(10_000),
            1 => "C" + random.Next(3_000),
            2 => "long value number " + random.Next(500),
            _ => "é" + random.Next(200),
        }).ToArray();
        var staged = new ColumnBuilder(16);
        var plain = new ColumnBuilder(16);
        foreach (var cell in cells)
        {
            staged.Stage(cell);
            staged.Add(cell);
            plain.Add(cell);
        }
        foreach (var (numbers, values) in new[] { staged.Build(), plain.Build() })
        {
            Assert.Equal(values.Length, values.Distinct(StringComparer.Ordinal).Count());
            for (var i = 0; i < cells.Length; i++) Assert.Equal(ColumnBuilder.Normalise(cells[i]), values[numbers[i]]);
        }
    }

    [Fact]
    public void A_table_from_rows_reads_back_the_same_cells_and_parses_each_date()
    {
        string[][] rows = [["1", "01/04/2024", "p1"], ["1", "31/02/2024", "P1"], ["2", "01/04/2024", ""]];
        var table = new RawTable(TableKind.Episodes, "episodes.csv", ["CHILD", "DECOM", "PLACE"], rows);

        Assert.Equal(rows, table.Rows);
        // Rows made from arrays keep their cells as given (the readers have already trimmed and upper-cased them).
        Assert.Equal("p1", table.Cell(0, 2));
        Assert.Same(table.Cell(0, 1), table.Cell(2, 1));
        Assert.Equal([new DateOnly(2024, 4, 1), null, new DateOnly(2024, 4, 1)], table.Dates(1));
        Assert.Equal([null, null, null], table.Dates(-1));
        Assert.Equal("", table.Cell(0, "MISSING_COLUMN"));
    }
}
