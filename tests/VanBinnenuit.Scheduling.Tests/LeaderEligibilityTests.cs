using VanBinnenuit.Scheduling.Domain;

namespace VanBinnenuit.Scheduling.Tests;

public sealed class LeaderEligibilityTests
{
    private static EligibilityRule? Rule(Leader leader, IReadOnlyList<Booking>? bookings = null, SeriesNeeds? needs = null, bool overridden = false) =>
        LeaderEligibility.FirstExclusion(leader, needs ?? Plans.Needs(), bookings ?? [], Plans.Rules, overridden)?.Rule;

    [Fact]
    public void A_fitting_leader_is_eligible() => Assert.Null(Rule(Plans.Leader()));

    [Fact]
    public void An_inactive_leader_is_excluded() => Assert.Equal(EligibilityRule.Active, Rule(Plans.Leader(active: false)));

    [Fact]
    public void A_leader_speaks_a_language_of_the_series() =>
        Assert.Equal(EligibilityRule.Language, Rule(Plans.Leader() with { Languages = [new LeaderLanguage("ti", "native")] }));

    [Fact]
    public void A_leader_is_trained_on_the_theme() =>
        Assert.Equal(EligibilityRule.Topic, Rule(Plans.Leader() with { TopicCodes = ["parenting"] }));

    [Fact]
    public void A_leader_serves_the_community_unless_a_coordinator_overrides_it()
    {
        var stranger = Plans.Leader() with { CommunityIds = [] };
        Assert.Equal(EligibilityRule.Community, Rule(stranger));
        Assert.Null(Rule(stranger, overridden: true));
    }

    [Fact]
    public void A_leader_is_available_in_the_window_of_each_session()
    {
        var tuesdaysOnlyUntilNine = Plans.Leader() with { Availability = [new WeeklyWindow(DayOfWeek.Tuesday, new TimeOnly(18, 0), new TimeOnly(21, 0))] };
        Assert.Equal(EligibilityRule.Availability, Rule(tuesdaysOnlyUntilNine));
        var tuesdayEvenings = tuesdaysOnlyUntilNine with { Availability = [new WeeklyWindow(DayOfWeek.Tuesday, new TimeOnly(18, 0), new TimeOnly(22, 0))] };
        Assert.Null(Rule(tuesdayEvenings));
    }

    [Fact]
    public void A_leader_is_not_absent_on_a_session_date() =>
        Assert.Equal(EligibilityRule.Absence, Rule(Plans.Leader() with { Absences = [new DateRange(new DateOnly(2027, 9, 14), new DateOnly(2027, 9, 14))] }));

    [Fact]
    public void A_leader_stays_under_the_monthly_load_cap()
    {
        var elsewhere = Guid.NewGuid();
        Booking[] twoInSeptember = [new(elsewhere, Plans.At("2027-09-02T10:00"), Plans.At("2027-09-02T12:00")), new(elsewhere, Plans.At("2027-09-30T10:00"), Plans.At("2027-09-30T12:00"))];
        Assert.Null(Rule(Plans.Leader(cap: 5), twoInSeptember));
        Assert.Equal(EligibilityRule.MonthlyLoad, Rule(Plans.Leader(cap: 4), twoInSeptember));
    }

    [Theory]
    // The series' first session is 19:30–21:30 on 7 September 2027; the default travel buffer is 60 minutes.
    [InlineData("2027-09-07T17:00", "2027-09-07T18:30", null)]
    [InlineData("2027-09-07T17:00", "2027-09-07T18:31", EligibilityRule.DoubleBooking)]
    [InlineData("2027-09-07T22:30", "2027-09-07T23:30", null)]
    [InlineData("2027-09-07T22:29", "2027-09-07T23:30", EligibilityRule.DoubleBooking)]
    [InlineData("2027-09-07T20:00", "2027-09-07T21:00", EligibilityRule.DoubleBooking)]
    public void Back_to_back_sessions_in_two_cities_need_the_travel_buffer_between_them(string start, string end, EligibilityRule? expected) =>
        Assert.Equal(expected, Rule(Plans.Leader(), [new Booking(Guid.NewGuid(), Plans.At(start), Plans.At(end))]));

    [Fact]
    public void The_series_own_sessions_are_no_double_booking()
    {
        var needs = Plans.Needs();
        Booking[] own = [.. needs.Sessions.Select(s => new Booking(needs.SeriesId, s.StartsAt, s.EndsAt))];
        Assert.Null(Rule(Plans.Leader(), own, needs));
    }

    [Fact]
    public void The_first_broken_rule_is_the_reason_given()
    {
        var everythingWrong = Plans.Leader(active: false) with { Languages = [], TopicCodes = [], CommunityIds = [] };
        Assert.Equal(EligibilityRule.Active, Rule(everythingWrong));
        Assert.Equal(EligibilityRule.Language, Rule(everythingWrong with { Active = true }));
    }
}
