using NodaTime;
using NodaTime.Text;

namespace VanBinnenuit.Vocabulary;

/// <summary>
/// The programme's one clock: Europe/Amsterdam, through NodaTime's time-zone database. Times are entered
/// and shown in Dutch local time and stored as instants; a session planned at 19:30 stays at 19:30 local
/// whatever the offset that day (CET or CEST), because the instant is worked out from the local time of
/// that very date. Every service, the web and the demo use this, and no other way to reach the zone.
/// </summary>
public static class DutchTime
{
    /// <summary>The IANA name, for formats that carry it (an iCalendar's <c>TZID</c>).</summary>
    public const string ZoneId = "Europe/Amsterdam";

    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb[ZoneId];

    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    public static LocalDateTime ToLocal(DateTimeOffset instant) => Instant.FromDateTimeOffset(instant).InZone(Zone).LocalDateTime;

    /// <summary>The date in the Netherlands at <paramref name="at"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset at) => ToLocal(at).Date.ToDateOnly();

    /// <summary>The time of day on a Dutch clock at <paramref name="at"/>.</summary>
    public static TimeOnly TimeOf(DateTimeOffset at) => ToLocal(at).TimeOfDay.ToTimeOnly();

    /// <summary>The start of <paramref name="date"/> in Amsterdam, as a UTC instant.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => Zone.AtStartOfDay(LocalDate.FromDateOnly(date)).ToDateTimeOffset().ToUniversalTime();

    /// <summary>
    /// A wall-clock time in Amsterdam as the instant it is, for generated data that needs no refusal: a time
    /// that does not exist (the clocks go forward) moves on by the gap, one that happens twice takes the first.
    /// </summary>
    public static DateTimeOffset InstantOf(DateTime local) => Zone.AtLeniently(LocalDateTime.FromDateTime(local)).ToDateTimeOffset().ToUniversalTime();

    /// <summary>Parses <c>2027-03-28T19:30</c> (local, no offset) into the instant, or says why it cannot.</summary>
    public static bool TryParse(string? text, out DateTimeOffset instant, out string problem)
    {
        instant = default;
        var parsed = Pattern.Parse(text?.Trim() ?? "");
        if (!parsed.Success)
        {
            problem = "Must be a Dutch local date and time such as 2027-03-28T19:30 (no offset; Europe/Amsterdam is implied).";
            return false;
        }
        return TryToInstant(parsed.Value, out instant, out problem);
    }

    /// <summary>The instant of a Dutch local time, refusing one the clock change skips or repeats.</summary>
    public static bool TryToInstant(LocalDateTime local, out DateTimeOffset instant, out string problem)
    {
        var mapping = Zone.MapLocal(local);
        instant = default;
        problem = mapping.Count switch
        {
            0 => $"{Format(local)} does not exist in Dutch time: the clocks go forward that night.",
            2 => $"{Format(local)} happens twice in Dutch time: the clocks go back that night; choose another time.",
            _ => "",
        };
        if (mapping.Count != 1)
        {
            return false;
        }
        instant = mapping.Single().ToDateTimeOffset().ToUniversalTime();
        return true;
    }

    /// <summary><c>2027-03-28T19:30</c>: how the APIs write a Dutch local time.</summary>
    public static string Format(LocalDateTime local) => Pattern.Format(local);

    public static string Format(DateTimeOffset instant) => Format(ToLocal(instant));
}
