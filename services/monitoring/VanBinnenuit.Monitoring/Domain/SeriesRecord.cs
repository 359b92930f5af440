namespace VanBinnenuit.Monitoring.Domain;

/// <summary>A session as scheduling last described it; its own table, so indicators can count sessions in SQL.</summary>
public sealed class SessionRecord
{
    public int Number { get; set; }
    public DateTimeOffset? StartsAt { get; set; }
    public DateTimeOffset? EndsAt { get; set; }
    /// <summary><c>planned</c>, <c>held</c> or <c>cancelled</c>.</summary>
    public string Status { get; set; } = "";
    /// <summary>Whether the session has a current report. Kept by the database's report trigger, never set here; the overdue count reads it.</summary>
    public bool Reported { get; private set; }
}

/// <summary>
/// A series as scheduling's events describe it (every event carries the whole series, so the newest
/// event is the whole truth): what monitoring counts by, and what a report is checked against.
/// </summary>
public sealed class SeriesRecord
{
    public Guid Id { get; set; }
    public string MunicipalityCode { get; set; } = "";
    public Guid CommunityId { get; set; }
    public string Audience { get; set; } = "";
    public List<string> TopicCodes { get; set; } = [];
    public List<string> Languages { get; set; } = [];
    /// <summary><c>draft</c>, <c>planned</c>, <c>in-progress</c>, <c>completed</c> or <c>cancelled</c>.</summary>
    public string Status { get; set; } = "";
    public Guid? LeaderId { get; set; }
    public List<SessionRecord> Sessions { get; set; } = null!;
    /// <summary>When the event that last changed it occurred; an older event never overwrites a newer one.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    public SessionRecord? Session(int number) => Sessions.FirstOrDefault(s => s.Number == number);

    public static SeriesRecord New(Guid id) => new() { Id = id, Sessions = [] };
}
