namespace VanBinnenuit.AdviceRequests.Domain;

/// <summary>The promises made to municipalities, configurable under <c>AdviceRequests:ServiceLevels</c>.</summary>
public sealed class ServiceLevelRules
{
    public const string Section = "AdviceRequests:ServiceLevels";

    /// <summary>Working days (Dutch public holidays and weekends not counted) to acknowledge a request.</summary>
    public int AcknowledgeWorkingDays { get; set; } = 5;
    /// <summary>Weeks to give advice, counted from submission.</summary>
    public int AdviceWeeks { get; set; } = 6;
    /// <summary>A request "will breach" when a deadline it has not met is this many working days away or fewer.</summary>
    public int WarnWorkingDays { get; set; } = 2;
}

public enum ServiceLevelState
{
    /// <summary>Every deadline met, or still comfortably ahead.</summary>
    OnTrack,
    /// <summary>An unmet deadline is within the warning window.</summary>
    AtRisk,
    /// <summary>An unmet deadline has passed, or a deadline was met late.</summary>
    Breached,
}

/// <summary>Where one request stands against the service levels, in Dutch calendar days.</summary>
public sealed record ServiceLevel(DateOnly AcknowledgeBy, DateOnly AdviceBy, ServiceLevelState State, bool ActionNeeded)
{
    public static ServiceLevel For(AdviceRequestCase request, DateTimeOffset submittedAt, ServiceLevelRules rules, DateTimeOffset now)
    {
        var submitted = Vocabulary.DutchTime.DateOf(submittedAt);
        var acknowledgeBy = WorkingDays.Add(submitted, rules.AcknowledgeWorkingDays);
        var adviceBy = submitted.AddDays(7 * rules.AdviceWeeks);
        // A deadline on a weekend or holiday moves to the next working day.
        while (!WorkingDays.IsWorkingDay(adviceBy))
        {
            adviceBy = adviceBy.AddDays(1);
        }
        var today = Vocabulary.DutchTime.DateOf(now);
        var warnUntil = WorkingDays.Add(today, rules.WarnWorkingDays);
        var closed = request.Status == CaseStatus.Closed;
        // Closed without advice (withdrawn, out of scope) owes no advice.
        var adviceOwed = !closed && request.AdviceGivenAt is null;
        var pending = new List<DateOnly>();
        if (request.AcknowledgedAt is null && !closed)
        {
            pending.Add(acknowledgeBy);
        }
        if (adviceOwed)
        {
            pending.Add(adviceBy);
        }
        var metLate = (request.AcknowledgedAt is { } acknowledged && Vocabulary.DutchTime.DateOf(acknowledged) > acknowledgeBy)
            || (request.AdviceGivenAt is { } given && Vocabulary.DutchTime.DateOf(given) > adviceBy);
        var state = pending.Any(due => due < today) || metLate ? ServiceLevelState.Breached
            : pending.Any(due => due <= warnUntil) ? ServiceLevelState.AtRisk
            : ServiceLevelState.OnTrack;
        return new ServiceLevel(acknowledgeBy, adviceBy, state, pending.Any(due => due <= warnUntil));
    }
}
