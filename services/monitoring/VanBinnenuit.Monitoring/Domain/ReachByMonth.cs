namespace VanBinnenuit.Monitoring.Domain;

/// <summary>
/// Held sessions, attendances and people reached of one month under one dimension value
/// (<c>total</c>, <c>municipality</c>, <c>community</c>, <c>audience</c>, <c>theme</c>): a rollup kept by
/// database triggers in the same transaction as every report and series change, so it is always
/// exactly the recount of the current reports, at a few thousand rows instead of hundreds of thousands.
/// </summary>
public sealed class ReachByMonth
{
    public DateOnly Month { get; set; }
    public string Dimension { get; set; } = "";
    public string Key { get; set; } = "";
    public int Sessions { get; set; }
    public long Attendances { get; set; }
    public long People { get; set; }
    /// <summary>The sum of the counted reports' record keys: what the cell key of any cell made of these rows is taken from.</summary>
    public long RecordKeys { get; set; }
}

/// <summary>
/// A series' current reports side by side (date, attendance and returned per session), kept by the
/// same triggers: the overview reads 70,000 of these rows instead of joining 210,000 reports, and
/// still counts any period exactly, since each session's own date is there.
/// </summary>
public sealed class SeriesFacts
{
    public Guid SeriesId { get; set; }
    public DateTimeOffset? HeldAt1 { get; set; }
    public DateTimeOffset? HeldAt2 { get; set; }
    public DateTimeOffset? HeldAt3 { get; set; }
    public int? Attendance1 { get; set; }
    public int? Attendance2 { get; set; }
    public int? Attendance3 { get; set; }
    public int? Returned1 { get; set; }
    public int? Returned2 { get; set; }
    public int? Returned3 { get; set; }
    public long? Key1 { get; set; }
    public long? Key2 { get; set; }
    public long? Key3 { get; set; }
}
