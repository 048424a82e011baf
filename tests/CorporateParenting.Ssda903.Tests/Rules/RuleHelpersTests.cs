using CorporateParenting.Ssda903.Rules.Catalogue;

namespace CorporateParenting.Ssda903.Tests.Rules;

public sealed class RuleHelpersTests
{
    [Theory]
    [InlineData("AB1 2CD", "AB12CD", true)]
    [InlineData(" AB1  2CD ", "AB12CD", true)]
    [InlineData("AB1 2CD", "AB1 2CE", false)]
    [InlineData("AB1 2CD", "AB1 2C", false)]
    [InlineData("AB1", "AB1 2CD", false)]
    [InlineData("", "  ", true)]
    [InlineData("", "A", false)]
    public void Postcodes_are_the_same_whatever_their_spaces(string a, string b, bool same)
    {
        Assert.Equal(same, RuleHelpers.SameIgnoringSpaces(a, b));
        Assert.Equal(same, RuleHelpers.SameIgnoringSpaces(b, a));
        Assert.Equal(a.Replace(" ", "") == b.Replace(" ", ""), RuleHelpers.SameIgnoringSpaces(a, b));
    }
}
