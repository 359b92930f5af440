using VanBinnenuit.AdviceRequests.Domain;

namespace VanBinnenuit.AdviceRequests.Tests;

public sealed class WorkingDaysTests
{
    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    public void Easter_Sunday_is_computed_for_any_year(int year, string easter) =>
        Assert.Equal(DateOnly.Parse(easter, System.Globalization.CultureInfo.InvariantCulture), DutchHolidays.EasterSunday(year));

    [Theory]
    [InlineData("2027-03-29")] // Easter Monday
    [InlineData("2027-04-27")] // King's Day
    [InlineData("2025-04-26")] // King's Day on the Saturday, as the 27th is a Sunday
    [InlineData("2027-05-05")] // Liberation Day
    [InlineData("2027-05-06")] // Ascension Day
    [InlineData("2027-05-17")] // Whit Monday
    [InlineData("2027-12-27")] // a Monday, but not a holiday: only 25 and 26 December are
    public void Dutch_holidays_are_known(string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(date != "2027-12-27", DutchHolidays.IsHoliday(day));
    }

    [Theory]
    // Thursday before Easter: Friday, then Tuesday after Easter Monday (weekend and Easter Monday skipped).
    [InlineData("2027-03-25", 2, "2027-03-30")]
    // Friday: five working days later is the next Friday.
    [InlineData("2027-09-03", 5, "2027-09-10")]
    // Friday 24 December 2027: Christmas and Boxing Day fall in the weekend, so 27–31 December count;
    // the sixth working day is Monday 3 January 2028.
    [InlineData("2027-12-24", 3, "2027-12-29")]
    [InlineData("2027-12-24", 6, "2028-01-03")]
    // Christmas on weekdays: Tuesday 23 December 2025 + 2 → Wednesday 24, then Monday 29 (25, 26 and the weekend skipped).
    [InlineData("2025-12-23", 2, "2025-12-29")]
    // Around King's Day and Liberation Day 2027.
    [InlineData("2027-04-26", 1, "2027-04-28")]
    // Tuesday 4 May 2027: Liberation Day and Ascension Day follow, so Friday 7 and Monday 10 May.
    [InlineData("2027-05-04", 2, "2027-05-10")]
    public void Working_days_skip_weekends_and_holidays(string start, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            WorkingDays.Add(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), days));
}
