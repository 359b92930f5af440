namespace VanBinnenuit.Registry.Domain;

/// <summary>
/// A trained conversation leader ("gespreksleider"): what they speak, whom and what they can
/// lead conversations with and on, where and when they can go. Contact details are for
/// coordinators only; other leaders and municipal officers see the display name and languages.
/// </summary>
public sealed class ConversationLeader : RegistryEntry
{
    public override Guid Id { get; init; } = Guid.CreateVersion7();
    public required string DisplayName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public List<LeaderLanguage> Languages { get; set; } = [];
    /// <summary>The codes of <see cref="Languages"/>, kept beside them for an indexed filter.</summary>
    public List<string> LanguageCodes { get; set; } = [];
    public List<Guid> CommunityIds { get; set; } = [];
    public List<string> TopicCodes { get; set; } = [];
    /// <summary><c>woman</c>, <c>man</c>, or as the leader describes themself; matters for women-only or men-only groups.</summary>
    public string? Gender { get; set; }
    public required string HomeMunicipalityCode { get; set; }
    public List<string> TravelMunicipalityCodes { get; set; } = [];
    public List<string> TravelProvinceCodes { get; set; } = [];
    /// <summary>Home and travel municipalities and the provinces they lie in, for the region filters.</summary>
    public List<string> ServedMunicipalityCodes { get; set; } = [];
    public List<string> ServedProvinceCodes { get; set; } = [];
    public List<AvailabilityWindow> Availability { get; set; } = [];
    public List<Absence> Absences { get; set; } = [];
    public int MaxSessionsPerMonth { get; set; }
    /// <param name="id">A fixed id (the demo leader's); a new one otherwise.</param>
    /// <param name="provinceOf">The province of each municipality the draft names (all known by now).</param>
    public static ConversationLeader Register(LeaderDraft draft, IReadOnlyDictionary<string, string> provinceOf, Guid? id = null)
    {
        var leader = new ConversationLeader { Id = id ?? Guid.CreateVersion7(), DisplayName = draft.DisplayName!, HomeMunicipalityCode = draft.HomeMunicipalityCode! };
        leader.Apply(draft, provinceOf);
        leader.Record(new RegistryEntryEvents.Registered(leader));
        return leader;
    }

    public void Change(LeaderDraft draft, IReadOnlyDictionary<string, string> provinceOf)
    {
        Apply(draft, provinceOf);
        Record(new RegistryEntryEvents.Changed(this));
    }

    /// <summary>The leader's own weekly windows and absences.</summary>
    public void ChangeAvailability(IEnumerable<AvailabilityWindow> availability, IEnumerable<Absence> absences)
    {
        ApplyAvailability(availability, absences);
        Record(new RegistryEntryEvents.Changed(this));
    }

    private void Apply(LeaderDraft draft, IReadOnlyDictionary<string, string> provinceOf)
    {
        DisplayName = draft.DisplayName!;
        Email = draft.Email;
        Phone = draft.Phone;
        Languages = [.. draft.Languages!.Select(l => new LeaderLanguage { Code = l.Code!, Proficiency = l.Proficiency!.Value })];
        LanguageCodes = [.. Languages.Select(l => l.Code)];
        CommunityIds = [.. draft.CommunityIds!];
        TopicCodes = [.. draft.TopicCodes!];
        Gender = draft.Gender;
        HomeMunicipalityCode = draft.HomeMunicipalityCode!;
        TravelMunicipalityCodes = [.. draft.TravelMunicipalityCodes!];
        TravelProvinceCodes = [.. draft.TravelProvinceCodes!];
        ServedMunicipalityCodes = [.. TravelMunicipalityCodes.Prepend(HomeMunicipalityCode).Distinct()];
        ServedProvinceCodes = [.. ServedMunicipalityCodes.Select(m => provinceOf[m]).Concat(TravelProvinceCodes).Distinct()];
        MaxSessionsPerMonth = draft.MaxSessionsPerMonth!.Value;
        ApplyAvailability(draft.Availability!, draft.Absences!);
    }

    private void ApplyAvailability(IEnumerable<AvailabilityWindow> availability, IEnumerable<Absence> absences)
    {
        Availability = [.. availability.OrderBy(w => w.Day == DayOfWeek.Sunday ? 7 : (int)w.Day).ThenBy(w => w.From)];
        Absences = [.. absences.OrderBy(a => a.From)];
    }
}

public sealed class LeaderLanguage
{
    public required string Code { get; set; }
    public Proficiency Proficiency { get; set; }
}

public enum Proficiency
{
    Basic,
    Good,
    Fluent,
    Native,
}

/// <summary>A weekly window, in Dutch local time, in which the leader can lead a session.</summary>
public sealed record AvailabilityWindow(DayOfWeek Day, TimeOnly From, TimeOnly To);

/// <summary>Whole days the leader cannot lead, both ends included. No reason is kept: it is nobody's business.</summary>
public sealed record Absence(DateOnly From, DateOnly To);
