namespace VanBinnenuit.Registry.Domain;

/// <summary>
/// A migrant or refugee community the programme works with: where its people come from, what
/// they speak, how a conversation is best opened, and in which municipalities it is present.
/// </summary>
public sealed class Community : RegistryEntry
{
    public override Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    /// <summary>ISO 3166-1 alpha-2 codes.</summary>
    public List<string> OriginCountries { get; set; } = [];
    /// <summary>ISO 639 codes (see <see cref="IsoCodes"/>).</summary>
    public List<string> Languages { get; set; } = [];
    /// <summary>Religious and cultural diversity within the community, in the coordinators' words.</summary>
    public string? DiversityNotes { get; set; }
    /// <summary>Codes of the approach-route catalogue.</summary>
    public List<string> ApproachRoutes { get; set; } = [];
    public List<CommunityPresence> Presence { get; set; } = [];
    /// <summary>The municipality codes of <see cref="Presence"/>, kept beside it so filters can use an index.</summary>
    public List<string> PresentIn { get; set; } = [];
    public static Community Register(CommunityDraft draft)
    {
        var community = new Community { Name = draft.Name! };
        community.Apply(draft);
        community.Record(new RegistryEntryEvents.Registered(community));
        return community;
    }

    public void Change(CommunityDraft draft)
    {
        Apply(draft);
        Record(new RegistryEntryEvents.Changed(this));
    }

    private void Apply(CommunityDraft draft)
    {
        Name = draft.Name!;
        OriginCountries = [.. draft.OriginCountries!];
        Languages = [.. draft.Languages!];
        DiversityNotes = draft.DiversityNotes;
        ApproachRoutes = [.. draft.ApproachRoutes!];
        Presence = [.. draft.Presence!.Select(p => new CommunityPresence { MunicipalityCode = p.MunicipalityCode!, SizeEstimate = p.SizeEstimate, Source = p.Source })];
        PresentIn = [.. Presence.Select(p => p.MunicipalityCode)];
    }
}

/// <summary>A community's presence in one municipality; a size estimate only with the source it comes from.</summary>
public sealed class CommunityPresence
{
    public required string MunicipalityCode { get; set; }
    public int? SizeEstimate { get; set; }
    public string? Source { get; set; }
}
