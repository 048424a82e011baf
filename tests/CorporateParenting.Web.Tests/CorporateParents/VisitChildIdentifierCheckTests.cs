using CorporateParenting.Web.Infrastructure;

namespace CorporateParenting.Web.Tests.CorporateParents;

/// <summary>The check that keeps children's identifiers out of members' visit records (ADR 28).</summary>
public sealed class VisitChildIdentifierCheckTests
{
    [Theory]
    [InlineData("Met a boy born 03/04/2012 who wants a bike", "Findings: remove the date 03/04/2012; visit records must not contain a child's date of birth or 903 identifier")]
    [InlineData("Her birthday is 3 April 2012.", "Findings: remove the date 3 April 2012; visit records must not contain a child's date of birth or 903 identifier")]
    [InlineData("DOB 2012-04-03", "Findings: remove the date 2012-04-03; visit records must not contain a child's date of birth or 903 identifier")]
    [InlineData("born 3rd of Apr 2012", "Findings: remove the date 3rd of Apr 2012; visit records must not contain a child's date of birth or 903 identifier")]
    [InlineData("Child 100274 asked about contact", "Findings: remove the number 100274, which looks like a child's 903 identifier; visit records must not contain a child's date of birth or 903 identifier")]
    [InlineData("UPN A123456789012 moved school", "Findings: remove A123456789012, which looks like a unique pupil number; visit records must not contain a child's date of birth or 903 identifier")]
    public void Anything_like_a_date_of_birth_or_identifier_is_named_in_the_message(string text, string expected) =>
        Assert.Equal(expected, ChildIdentifierCheck.Problem("Findings", text));

    [Theory]
    [InlineData("Staff asked for two more night workers; the garden needs clearing by March 2026.")]
    [InlineData("Visited in the spring; 3 young people live there, with 12 staff.")]
    [InlineData("Call 01632 960 on the main line")]
    [InlineData("")]
    [InlineData(null)]
    public void Ordinary_words_months_and_small_numbers_pass(string? text) =>
        Assert.Null(ChildIdentifierCheck.Problem("Findings", text));
}
