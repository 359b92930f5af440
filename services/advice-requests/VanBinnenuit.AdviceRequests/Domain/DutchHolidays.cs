namespace VanBinnenuit.AdviceRequests.Domain;

/// <summary>
/// The Dutch public holidays counted as non-working days for service levels: New Year's Day,
/// Easter Monday, King's Day (27 April, or the 26th when the 27th is a Sunday), Liberation Day
/// (5 May), Ascension Day, Whit Monday, Christmas Day and Boxing Day. Easter Sunday and Whit Sunday
/// are Sundays anyway. Written here because no holiday package is served to this build.
/// </summary>
public static class DutchHolidays
{
    public static bool IsHoliday(DateOnly date) => For(date.Year).Contains(date);

    public static IReadOnlySet<DateOnly> For(int year)
    {
        var easter = EasterSunday(year);
        var kingsDay = new DateOnly(year, 4, 27);
        return new HashSet<DateOnly>
        {
            new(year, 1, 1),
            easter.AddDays(1),
            kingsDay.DayOfWeek == DayOfWeek.Sunday ? kingsDay.AddDays(-1) : kingsDay,
            new(year, 5, 5),
            easter.AddDays(39),
            easter.AddDays(50),
            new(year, 12, 25),
            new(year, 12, 26),
        };
    }

    /// <summary>The Gregorian computus (the anonymous "Meeus/Jones/Butcher" algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}

public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !DutchHolidays.IsHoliday(date);

    /// <summary>The date <paramref name="days"/> working days after <paramref name="start"/> (the start itself not counted).</summary>
    public static DateOnly Add(DateOnly start, int days)
    {
        var date = start;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                days--;
            }
        }
        return date;
    }
}
