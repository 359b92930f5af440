using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Scheduling.Domain;

/// <summary>
/// A leader's sessions as an iCalendar feed (RFC 5545). Each session keeps its UID for life and
/// bumps SEQUENCE on every change, so calendar apps update it instead of adding a copy; cancelled
/// sessions stay, as STATUS:CANCELLED. Titles are neutral: a phone calendar may be seen by others,
/// so neither the theme nor the community is named, only the venue the leader needs.
/// </summary>
public static class LeaderCalendar
{
    private static readonly Dictionary<SessionPart, string> Parts = new()
    {
        [SessionPart.IntroductionAndTrust] = "Kennismaking en vertrouwen",
        [SessionPart.DeepeningTheTheme] = "Verdieping van het thema",
        [SessionPart.ReflectionAndNextSteps] = "Terugblik en vervolgstappen",
    };

    public static string Uid(Guid seriesId, int number) => $"{seriesId}-{number}@vanbinnenuit.nl";

    public static string Serialize(IEnumerable<MeetingSeries> series, IReadOnlyDictionary<string, string> municipalityNames, DateTimeOffset now)
    {
        var calendar = new Calendar { ProductId = "-//Van Binnenuit//Planning//NL" };
        // With its STANDARD and DAYLIGHT rules, as RFC 5545 asks, for apps that do not know the zone by name.
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(DutchTime.ZoneId, now.UtcDateTime.AddYears(-1), includeHistoricalData: false));
        calendar.AddProperty("X-WR-CALNAME", "Van Binnenuit – mijn bijeenkomsten");
        foreach (var one in series)
        {
            foreach (var session in one.Sessions.Where(s => s.IsScheduled))
            {
                calendar.Events.Add(Event(one, session, municipalityNames.GetValueOrDefault(one.MunicipalityCode, one.MunicipalityCode), now));
            }
        }
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalendarEvent Event(MeetingSeries series, Session session, string municipality, DateTimeOffset now)
    {
        var cancelled = session.Status == SessionStatus.Cancelled || series.Status == SeriesStatus.Cancelled;
        var calendarEvent = new CalendarEvent
        {
            Uid = Uid(series.Id, session.Number),
            Sequence = session.Sequence,
            Summary = $"Van Binnenuit: bijeenkomst {session.Number} van 3",
            Description = $"{Parts[session.Part]}. Gemeente {municipality}.",
            Location = session.Venue,
            Start = Local(session.StartsAt!.Value),
            End = Local(session.EndsAt!.Value),
            DtStamp = new CalDateTime(now.UtcDateTime),
            Status = cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        if (!cancelled)
        {
            calendarEvent.Alarms.Add(new Alarm
            {
                Action = AlarmAction.Display,
                Description = $"Morgen: bijeenkomst {session.Number} van 3",
                Trigger = new Trigger(Duration.FromDays(-1)),
            });
        }
        return calendarEvent;
    }

    private static CalDateTime Local(DateTimeOffset instant)
    {
        var local = DutchTime.ToLocal(instant);
        return new CalDateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, DutchTime.ZoneId);
    }
}
