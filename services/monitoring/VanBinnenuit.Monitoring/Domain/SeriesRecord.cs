using VanBinnenuit.Vocabulary;

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

    /// <summary>
    /// Why session <paramref name="number"/> cannot be reported on at <paramref name="now"/>, or null when it
    /// has ended (or begun, where <paramref name="startedIsEnough"/>: the attitudes asked at the start).
    /// </summary>
    public SessionNotHeld? WhyNotHeld(int number, DateTimeOffset now, bool startedIsEnough = false)
    {
        var session = Session(number) ?? throw new ArgumentOutOfRangeException(nameof(number), number, "The series has no such session.");
        if (Is(session.Status, SessionStatus.Cancelled) || Is(Status, SeriesStatus.Draft) || Is(Status, SeriesStatus.Cancelled))
        {
            return new SessionNotHeld($"Session {number} was not held: it is {session.Status} in a {Status} series.", "Only a held session is reported on.");
        }
        var moment = startedIsEnough ? session.StartsAt : session.EndsAt;
        return moment is { } at && at <= now ? null
            : new SessionNotHeld($"Session {number} has not {(startedIsEnough ? "begun" : "ended")} yet.", "Must be in the past.");
    }

    // Statuses are kept as scheduling's events write them.
    private static bool Is<TStatus>(string written, TStatus status) where TStatus : struct, Enum => written == EnumWords.Kebab(status);

    public static SeriesRecord New(Guid id) => new() { Id = id, Sessions = [] };
}

/// <param name="Detail">What the problem answer says.</param>
/// <param name="Reason">What it says of the <c>session</c> parameter.</param>
public sealed record SessionNotHeld(string Detail, string Reason);
