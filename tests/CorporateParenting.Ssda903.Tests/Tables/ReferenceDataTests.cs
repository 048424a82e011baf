using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Tests.Tables;

public sealed class ReferenceDataTests
{
    [Fact]
    public void Every_table_has_its_file_name_and_columns_in_order()
    {
        Assert.Equal(Enum.GetValues<TableKind>().Length, TableSchema.All.Count);
        Assert.Equal(["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"], TableSchema.For(TableKind.Header).Columns);
        Assert.Equal("episodes.csv", TableSchema.For(TableKind.Episodes).FileName);
        Assert.Equal(13, TableSchema.For(TableKind.Episodes).Columns.Count);
    }

    [Fact]
    public void Codes_carry_labels_and_the_years_they_are_valid()
    {
        Assert.True(CodeSets.IsValid("SEX", "M", 2025));
        Assert.False(CodeSets.IsValid("SEX", "1", 2025));
        Assert.True(CodeSets.IsValid("SEX", "1", 2023));
        Assert.Equal("Male", CodeSets.Label("SEX", "M"));
        Assert.NotEmpty(CodeSets.For("PLACE", 2025));
    }
}
