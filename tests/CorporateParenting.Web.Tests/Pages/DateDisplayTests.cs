using CorporateParenting.Web.Infrastructure;

namespace CorporateParenting.Web.Tests.Pages;

public sealed class DateDisplayTests
{
    [Fact]
    public void Dates_are_written_the_gov_uk_way() => Assert.Equal("3 July 2024", DateDisplay.Long(new DateOnly(2024, 7, 3)));

    [Theory]
    [InlineData("2024-07-03T13:05:00Z", "3 July 2024 at 2:05pm")]   // British Summer Time
    [InlineData("2024-12-25T09:00:00Z", "25 December 2024 at 9am")]  // Greenwich Mean Time
    [InlineData("2024-01-01T00:30:00Z", "1 January 2024 at 12:30am")]
    public void Times_are_shown_in_uk_time(string utc, string expected) =>
        Assert.Equal(expected, DateDisplay.LongWithTime(DateTime.Parse(utc, null, System.Globalization.DateTimeStyles.AdjustToUniversal)));
}
