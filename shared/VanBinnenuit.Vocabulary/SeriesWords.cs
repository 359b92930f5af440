namespace VanBinnenuit.Vocabulary;

// The words of a meeting series that travel beyond scheduling: advice requests ask for an audience,
// monitoring checks a report against the statuses. Scheduling owns their meaning; events write them
// as EnumWords writes them (in-progress, lgbt-people).

/// <summary>Who a series is for.</summary>
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
