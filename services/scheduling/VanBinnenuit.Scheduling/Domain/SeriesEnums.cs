namespace VanBinnenuit.Scheduling.Domain;

public enum Audience
{
    Women,
    Men,
    Mixed,
    Youth,
    Parents,
    LgbtPeople,
    Other,
}

/// <summary>draft → planned → in progress → completed | cancelled.</summary>
public enum SeriesStatus
{
    Draft,
    Planned,
    InProgress,
    Completed,
    Cancelled,
}

/// <summary>planned → held | cancelled; a rescheduled session stays planned, with the change in its history.</summary>
public enum SessionStatus
{
    Planned,
    Held,
    Cancelled,
}

/// <summary>The place of a session in the series' build-up.</summary>
public enum SessionPart
{
    /// <summary>Session 1: introduction and trust.</summary>
    IntroductionAndTrust = 1,
    /// <summary>Session 2: deepening the theme.</summary>
    DeepeningTheTheme = 2,
    /// <summary>Session 3: reflection and next steps.</summary>
    ReflectionAndNextSteps = 3,
}
