namespace VanBinnenuit.Scheduling.Domain;

/// <summary>
/// A knowledge meeting for municipalities (like the alliance's afternoon for municipal officers):
/// a date, a place, a number of seats, and registrations in the order they came, the ones beyond
/// the seats on a waiting list.
/// </summary>
public sealed class KnowledgeMeeting
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Title { get; set; }
    public required DateTimeOffset StartsAt { get; set; }
    public required DateTimeOffset EndsAt { get; set; }
    public required string Place { get; set; }
    public required int Capacity { get; set; }
    public List<Registration> Registrations { get; set; } = [];

    public IEnumerable<Registration> ActiveRegistrations() => Registrations.Where(r => r.CancelledAt is null).OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id);

    /// <summary>The first <see cref="Capacity"/> active registrations have a seat; the rest wait, in order.</summary>
    public bool HasSeat(Registration registration) => ActiveRegistrations().Take(Capacity).Contains(registration);

    public int Seated => Math.Min(Capacity, ActiveRegistrations().Count());

    public int Waiting => Math.Max(0, ActiveRegistrations().Count() - Capacity);

    /// <summary>Registers an officer once; a cancelled registration may register again, at the back.</summary>
    public (Registration? Registration, RuleBroken? Broken) Register(string subject, string name, string municipalityCode, DateTimeOffset now)
    {
        if (EndsAt <= now)
        {
            return (null, new RuleBroken("id", "This meeting has taken place."));
        }
        if (ActiveRegistrations().Any(r => r.Subject == subject))
        {
            return (null, new RuleBroken("registration", "You are registered for this meeting already."));
        }
        var registration = new Registration { Subject = subject, Name = name, MunicipalityCode = municipalityCode, RegisteredAt = now };
        Registrations.Add(registration);
        return (registration, null);
    }

    /// <summary>Cancels the officer's registration; the first on the waiting list then has a seat.</summary>
    public RuleBroken? Cancel(string subject, DateTimeOffset now)
    {
        var registration = ActiveRegistrations().FirstOrDefault(r => r.Subject == subject);
        if (registration is null)
        {
            return new RuleBroken("registration", "You have no registration for this meeting.");
        }
        registration.CancelledAt = now;
        return null;
    }
}

/// <summary>One officer's registration; the account id, their name and municipality, nothing more.</summary>
public sealed class Registration
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Subject { get; init; }
    public required string Name { get; init; }
    public required string MunicipalityCode { get; init; }
    public required DateTimeOffset RegisteredAt { get; init; }
    public DateTimeOffset? CancelledAt { get; set; }
}
