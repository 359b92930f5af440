using VanBinnenuit.Scheduling.Domain;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Scheduling.Tests;

public sealed class SeriesRulesTests
{
    private static readonly DateTimeOffset Now = Plans.At("2027-06-01T12:00");

    private static string[] Broken(IReadOnlyList<SessionTimes> sessions) =>
        [.. SessionTimesRules.Check(sessions, Plans.Rules).Select(r => r.Field)];

    [Fact]
    public void Three_weekly_sessions_break_no_rule() => Assert.Empty(Broken(Plans.Weekly()));

    [Fact]
    public void Series_cannot_have_sessions_less_than_a_week_apart() =>
        Assert.Equal(["sessions[1].startsAt", "sessions[2].startsAt"], Broken(Plans.Weekly(gapDays: 6)));

    [Fact]
    public void Series_cannot_have_sessions_more_than_six_weeks_apart() =>
        Assert.Equal(["sessions[1].startsAt", "sessions[2].startsAt"], Broken(Plans.Weekly(gapDays: 43)));

    [Fact]
    public void The_gaps_are_configuration()
    {
        var rules = new SchedulingRules { MinimumGapDays = 3, MaximumGapDays = 10 };
        Assert.Empty(SessionTimesRules.Check(Plans.Weekly(gapDays: 3), rules));
        Assert.NotEmpty(SessionTimesRules.Check(Plans.Weekly(gapDays: 14), rules));
    }

    [Fact]
    public void Sessions_come_in_order()
    {
        var weekly = Plans.Weekly();
        Assert.Contains("sessions[1].startsAt", Broken([weekly[1], weekly[0], weekly[2]]));
    }

    [Fact]
    public void A_session_ends_after_it_starts_and_within_the_longest_session() =>
        Assert.Equal(["sessions[0].endsAt", "sessions[1].endsAt"], Broken(
        [
            Plans.Session("2027-09-07T21:30", "2027-09-07T19:30"),
            Plans.Session("2027-09-14T10:00", "2027-09-14T17:00"),
            Plans.Session("2027-09-21T19:30", "2027-09-21T21:30"),
        ]));

    [Fact]
    public void A_series_is_planned_only_with_three_dates_and_a_leader()
    {
        var series = Plans.Series();
        Assert.Equal("sessions", series.Plan()!.Field);
        series.Schedule(Plans.Weekly(), null, Now);
        Assert.Equal("leaderId", series.Plan()!.Field);
        series.AssignLeader(Guid.NewGuid(), null, null, Now);
        Assert.Null(series.Plan());
        Assert.Equal(SeriesStatus.Planned, series.Status);
    }

    [Fact]
    public void The_same_leader_leads_throughout_unless_replaced_with_a_reason()
    {
        var series = Plans.Planned(Now);
        var first = series.LeaderId;
        Assert.Equal("replacementReason", series.AssignLeader(Guid.NewGuid(), null, null, Now)!.Field);
        Assert.Equal(first, series.LeaderId);
        var replacement = Guid.NewGuid();
        Assert.Null(series.AssignLeader(replacement, null, "Ziek geworden", Now));
        Assert.Equal(replacement, series.LeaderId);
        Assert.Equal("Ziek geworden", Assert.Single(series.LeaderChanges).Reason);
    }

    [Fact]
    public void Moving_a_session_of_a_planned_series_needs_a_reason_and_is_kept_in_its_history()
    {
        var series = Plans.Planned(Now);
        var moved = Plans.Weekly("2027-09-08");
        Assert.Equal("reason", series.Schedule(moved, null, Now)!.Field);
        var sequence = series.Sessions[0].Sequence;
        Assert.Null(series.Schedule(moved, "Zaal niet beschikbaar", Now));
        var change = Assert.Single(series.Sessions[0].History);
        Assert.Equal("rescheduled", change.Change);
        Assert.Equal(Plans.At("2027-09-07T19:30"), change.PreviousStart);
        Assert.Equal(sequence + 1, series.Sessions[0].Sequence);
    }

    [Fact]
    public void Sessions_are_held_in_order_and_only_once_they_have_begun()
    {
        var series = Plans.Planned(Now);
        var afterAll = Plans.At("2027-10-01T12:00");
        Assert.Equal("sessions[0]", series.MarkHeld(1, Now)!.Field);
        Assert.Equal("sessions[1]", series.MarkHeld(2, afterAll)!.Field);
        Assert.Null(series.MarkHeld(1, afterAll));
        Assert.Equal(SeriesStatus.InProgress, series.Status);
    }

    [Fact]
    public void A_report_that_comes_before_an_earlier_sessions_waits_for_it_and_then_both_are_held()
    {
        var series = Plans.Planned(Now);
        var afterAll = Plans.At("2027-10-01T12:00");
        Assert.Null(series.RecordReport(3, afterAll, out var held));
        Assert.Empty(held);
        Assert.Null(series.RecordReport(2, afterAll, out held));
        Assert.Empty(held);
        Assert.Equal(SeriesStatus.Planned, series.Status);
        Assert.Null(series.RecordReport(1, afterAll, out held));
        Assert.Equal([1, 2, 3], held);
        Assert.Equal(SeriesStatus.Completed, series.Status);
        Assert.Equal("sessions[0]", Plans.Planned(Now).RecordReport(1, Now, out _)!.Field);
    }

    [Fact]
    public void A_series_completes_with_its_third_held_session_and_not_before()
    {
        var series = Plans.Planned(Now);
        var afterAll = Plans.At("2027-10-01T12:00");
        series.MarkHeld(1, afterAll);
        series.MarkHeld(2, afterAll);
        Assert.Equal(SeriesStatus.InProgress, series.Status);
        Assert.Null(series.MarkHeld(3, afterAll));
        Assert.Equal(SeriesStatus.Completed, series.Status);
        Assert.Equal("status", series.Cancel("Te laat", afterAll)!.Field);
    }

    [Fact]
    public void Cancelling_a_series_cancels_its_open_sessions_with_the_reason()
    {
        var series = Plans.Planned(Now);
        Assert.Null(series.Cancel("Geen deelnemers", Now));
        Assert.All(series.Sessions, s => Assert.Equal(SessionStatus.Cancelled, s.Status));
        Assert.All(series.Sessions, s => Assert.Equal("Geen deelnemers", s.History.Last().Reason));
        Assert.NotNull(series.Schedule(Plans.Weekly(), "x", Now));
    }
}
