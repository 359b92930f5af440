using VanBinnenuit.AdviceRequests.Domain;

namespace VanBinnenuit.AdviceRequests.Tests;

public sealed class ServiceLevelTests
{
    private static readonly ServiceLevelRules Rules = new() { AcknowledgeWorkingDays = 5, AdviceWeeks = 6, WarnWorkingDays = 2 };

    // 21:30 UTC is 23:30 on Thursday 22 April 2027 in Amsterdam (CEST).
    private static readonly DateTimeOffset Submitted = new(2027, 4, 22, 21, 30, 0, TimeSpan.Zero);

    private static DateTimeOffset Dutch(int month, int day, int hour = 12) => new(2027, month, day, hour, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public void Acknowledgement_is_due_five_working_days_later_skipping_the_weekend_and_kings_day()
    {
        var level = ServiceLevel.For(AdviceRequestCase.Submitted("o", Submitted), Submitted, Rules, Dutch(4, 23));
        // Fri 23, (weekend), Mon 26, (Tue 27 is King's Day), Wed 28, Thu 29, Fri 30: the fifth working day is Friday 30 April.
        Assert.Equal(new DateOnly(2027, 4, 30), level.AcknowledgeBy);
        Assert.Equal(ServiceLevelState.OnTrack, level.State);
    }

    [Fact]
    public void The_submission_date_is_the_Dutch_one_not_the_UTC_one()
    {
        // 22:30 UTC on 22 April is 00:30 on Friday 23 April in Amsterdam: counted from Friday, due Monday 3 May.
        var late = new DateTimeOffset(2027, 4, 22, 22, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2027, 5, 3), ServiceLevel.For(AdviceRequestCase.Submitted("o", late), late, Rules, late).AcknowledgeBy);
    }

    [Fact]
    public void An_advice_deadline_on_a_holiday_moves_to_the_next_working_day()
    {
        // Submitted Monday 22 March 2027: six weeks later is Monday 3 May, a working day.
        var submitted = Dutch(3, 22);
        Assert.Equal(new DateOnly(2027, 5, 3), ServiceLevel.For(AdviceRequestCase.Submitted("o", submitted), submitted, Rules, submitted).AdviceBy);
        // Submitted Monday 5 April: six weeks later is Whit Monday 17 May, so the deadline is Tuesday 18 May.
        var whit = Dutch(4, 5);
        Assert.Equal(new DateOnly(2027, 5, 18), ServiceLevel.For(AdviceRequestCase.Submitted("o", whit), whit, Rules, whit).AdviceBy);
    }

    [Fact]
    public void A_request_is_at_risk_within_the_warning_window_and_breached_after_the_deadline()
    {
        var request = AdviceRequestCase.Submitted("o", Submitted);
        // Due Friday 30 April: two working days ahead from Wednesday the 28th, overdue on Monday 3 May.
        Assert.Equal((ServiceLevelState.OnTrack, false), Of(ServiceLevel.For(request, Submitted, Rules, Dutch(4, 26))));
        Assert.Equal((ServiceLevelState.AtRisk, true), Of(ServiceLevel.For(request, Submitted, Rules, Dutch(4, 28))));
        Assert.Equal((ServiceLevelState.Breached, true), Of(ServiceLevel.For(request, Submitted, Rules, Dutch(5, 3))));
    }

    [Fact]
    public void Acknowledging_late_stays_a_breach_but_no_longer_needs_action_until_advice_is_near()
    {
        var request = AdviceRequestCase.Submitted("o", Submitted);
        Assert.Null(request.Apply(CaseAction.Triage, "a", Dutch(5, 3)));
        Assert.Equal((ServiceLevelState.Breached, false), Of(ServiceLevel.For(request, Submitted, Rules, Dutch(5, 4))));
        var onTime = AdviceRequestCase.Submitted("o", Submitted);
        Assert.Null(onTime.Apply(CaseAction.Triage, "a", Dutch(4, 26)));
        Assert.Equal((ServiceLevelState.OnTrack, false), Of(ServiceLevel.For(onTime, Submitted, Rules, Dutch(5, 4))));
        // Advice is due six weeks after Thursday 22 April: Thursday 3 June, two working days after Tuesday 1 June.
        Assert.Equal((ServiceLevelState.AtRisk, true), Of(ServiceLevel.For(onTime, Submitted, Rules, Dutch(6, 1))));
    }

    [Fact]
    public void A_withdrawn_request_owes_nothing()
    {
        var request = AdviceRequestCase.Submitted("o", Submitted);
        Assert.Null(request.Apply(CaseAction.Close, "o", Dutch(4, 26), result: ClosingResult.Withdrawn));
        Assert.Equal((ServiceLevelState.OnTrack, false), Of(ServiceLevel.For(request, Submitted, Rules, Dutch(8, 1))));
    }

    private static (ServiceLevelState, bool) Of(ServiceLevel level) => (level.State, level.ActionNeeded);
}
