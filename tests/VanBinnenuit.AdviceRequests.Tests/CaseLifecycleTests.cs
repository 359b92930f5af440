using VanBinnenuit.AdviceRequests.Domain;

namespace VanBinnenuit.AdviceRequests.Tests;

public sealed class CaseLifecycleTests
{
    private static readonly DateTimeOffset At = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    // Every legal move: from, action, to.
    public static readonly TheoryData<CaseStatus, CaseAction, CaseStatus> Legal = new()
    {
        { CaseStatus.Submitted, CaseAction.Triage, CaseStatus.Triaged },
        { CaseStatus.Triaged, CaseAction.Assign, CaseStatus.Assigned },
        { CaseStatus.Assigned, CaseAction.Assign, CaseStatus.Assigned },
        { CaseStatus.InProgress, CaseAction.Assign, CaseStatus.Assigned },
        { CaseStatus.Assigned, CaseAction.Start, CaseStatus.InProgress },
        { CaseStatus.InProgress, CaseAction.GiveAdvice, CaseStatus.AdviceGiven },
        { CaseStatus.Submitted, CaseAction.Close, CaseStatus.Closed },
        { CaseStatus.Triaged, CaseAction.Close, CaseStatus.Closed },
        { CaseStatus.Assigned, CaseAction.Close, CaseStatus.Closed },
        { CaseStatus.InProgress, CaseAction.Close, CaseStatus.Closed },
        { CaseStatus.AdviceGiven, CaseAction.Close, CaseStatus.Closed },
        { CaseStatus.Closed, CaseAction.Reopen, CaseStatus.InProgress },
    };

    /// <summary>Brings a request to <paramref name="status"/> by legal moves.</summary>
    private static AdviceRequestCase At_(CaseStatus status)
    {
        var request = AdviceRequestCase.Submitted("officer-1", At);
        CaseAction[] path = status switch
        {
            CaseStatus.Submitted => [],
            CaseStatus.Triaged => [CaseAction.Triage],
            CaseStatus.Assigned => [CaseAction.Triage, CaseAction.Assign],
            CaseStatus.InProgress => [CaseAction.Triage, CaseAction.Assign, CaseAction.Start],
            CaseStatus.AdviceGiven => [CaseAction.Triage, CaseAction.Assign, CaseAction.Start, CaseAction.GiveAdvice],
            _ => [CaseAction.Triage, CaseAction.Close],
        };
        foreach (var action in path)
        {
            Assert.Null(Move(request, action));
        }
        return request;
    }

    private static RefusedMove? Move(AdviceRequestCase request, CaseAction action) =>
        request.Apply(action, "advisor-1", At.AddHours(1), advisor: "advisor-2", result: ClosingResult.AdviceDelivered, reason: "Nieuwe vraag van de gemeente");

    [Theory]
    [MemberData(nameof(Legal))]
    public void Every_legal_move_leads_where_the_lifecycle_says(CaseStatus from, CaseAction action, CaseStatus to)
    {
        var request = At_(from);
        Assert.Null(Move(request, action));
        Assert.Equal(to, request.Status);
    }

    [Fact]
    public void Every_other_move_is_refused_naming_the_allowed_ones_and_changes_nothing()
    {
        var legal = Legal.Select(row => ((CaseStatus)row[0], (CaseAction)row[1])).ToHashSet();
        foreach (var from in Enum.GetValues<CaseStatus>())
        {
            foreach (var action in Enum.GetValues<CaseAction>().Where(a => !legal.Contains((from, a))))
            {
                var request = At_(from);
                var trail = request.AuditTrail.Count;
                var refused = Move(request, action);
                Assert.NotNull(refused);
                Assert.Equal(legal.Where(l => l.Item1 == from).Select(l => l.Item2).Order(), refused.Allowed.Order());
                Assert.Equal(from, request.Status);
                Assert.Equal(trail, request.AuditTrail.Count);
            }
        }
    }

    [Fact]
    public void Each_change_is_in_the_audit_trail_exactly_once_with_its_state_before_and_after()
    {
        var request = At_(CaseStatus.InProgress);
        Assert.Null(request.Apply(CaseAction.GiveAdvice, "advisor-2", At.AddDays(3)));
        Assert.Null(request.Apply(CaseAction.Close, "advisor-2", At.AddDays(4), result: ClosingResult.ReferredToMeetingSeries));
        Assert.Null(request.Apply(CaseAction.Reopen, "coordinator-1", At.AddDays(5), reason: "De gemeente heeft een vervolgvraag"));

        Assert.Equal(["submit", "triage", "assign", "start", "give-advice", "close", "reopen"], request.Trail.Select(e => e.Action));
        var close = request.Trail[5];
        Assert.Equal(("advice-given (advisor advisor-2)", "closed (advisor advisor-2) [referred-to-meeting-series]"), (close.Before, close.After));
        var reopen = request.Trail[6];
        Assert.Equal(("coordinator-1", "in-progress (advisor advisor-2)", "De gemeente heeft een vervolgvraag"), (reopen.Who, reopen.After, reopen.Detail));
        Assert.All(request.Trail.Zip(request.Trail.Skip(1)), pair => Assert.Equal(pair.First.After, pair.Second.Before));
    }

    [Fact]
    public void Assigning_names_the_advisor_closing_the_result_and_reopening_a_reason()
    {
        Assert.Equal("advisor", At_(CaseStatus.Triaged).Apply(CaseAction.Assign, "c", At)!.Field);
        Assert.Equal("result", At_(CaseStatus.AdviceGiven).Apply(CaseAction.Close, "a", At)!.Field);
        Assert.Equal("reason", At_(CaseStatus.Closed).Apply(CaseAction.Reopen, "a", At, reason: " ")!.Field);
    }
}
