using VanBinnenuit.Scheduling.Domain;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Scheduling.Tests;

/// <summary>Dutch local time in, instants stored, the same local time out, across both daylight-saving changes.</summary>
public sealed class TimeTests
{
    [Theory]
    // Last Sunday of March 2027: clocks go forward at 02:00; that evening is CEST (UTC+2).
    [InlineData("2027-03-27T19:30", "2027-03-27T18:30:00+00:00")]
    [InlineData("2027-03-28T19:30", "2027-03-28T17:30:00+00:00")]
    // Last Sunday of October 2027: clocks go back at 03:00; that evening is CET (UTC+1).
    [InlineData("2027-10-30T19:30", "2027-10-30T17:30:00+00:00")]
    [InlineData("2027-10-31T19:30", "2027-10-31T18:30:00+00:00")]
    public void A_session_at_half_past_seven_stays_at_half_past_seven_local(string local, string utc)
    {
        var instant = Plans.At(local);
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
        Assert.Equal(local, DutchTime.Format(instant));
    }

    [Fact]
    public void A_weekly_series_across_the_March_change_keeps_its_local_time()
    {
        var sessions = Plans.Weekly("2027-03-21");
        Assert.All(sessions, s => Assert.Equal("19:30", DutchTime.Format(s.StartsAt)[^5..]));
        // Same wall-clock time, one hour less in between: the change happened in that week.
        Assert.Equal(TimeSpan.FromHours(7 * 24 - 1), sessions[1].StartsAt - sessions[0].StartsAt);
        Assert.Empty(SessionTimesRules.Check(sessions, Plans.Rules));
    }

    [Fact]
    public void A_time_the_clocks_skip_is_refused()
    {
        Assert.False(DutchTime.TryParse("2027-03-28T02:30", out _, out var problem));
        Assert.Contains("does not exist", problem);
    }

    [Fact]
    public void A_time_that_happens_twice_is_refused()
    {
        Assert.False(DutchTime.TryParse("2027-10-31T02:30", out _, out var problem));
        Assert.Contains("happens twice", problem);
    }

    [Theory]
    [InlineData("2027-03-28 19:30")]
    [InlineData("2027-03-28T19:30+01:00")]
    [InlineData("28-03-2027T19:30")]
    [InlineData("")]
    public void Only_a_plain_local_date_and_time_is_accepted(string text) =>
        Assert.False(DutchTime.TryParse(text, out _, out _));
}
