using NodaTime;
using NodaTime.Text;

namespace VanBinnenuit.Scheduling.Domain;

/// <summary>
/// Sessions are entered and shown in Dutch local time and stored as instants. A session planned
/// at 19:30 stays at 19:30 local whatever the offset that day (CET or CEST), because the instant
/// is worked out from the local time of that very date.
/// </summary>
public static class AmsterdamTime
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

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

    public static LocalDateTime ToLocal(DateTimeOffset instant) => Instant.FromDateTimeOffset(instant).InZone(Zone).LocalDateTime;

    public static string Format(LocalDateTime local) => Pattern.Format(local);

    public static string Format(DateTimeOffset instant) => Format(ToLocal(instant));
}
