namespace VanBinnenuit.Registry.Domain;

/// <summary>An organisation the alliance works with, from a migrant self-organisation to a GGD.</summary>
public sealed class Organisation : RegistryEntry
{
    public override Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public OrganisationKind Kind { get; set; }
    /// <summary>Chamber of Commerce (KvK) number, eight digits; many self-organisations have none.</summary>
    public string? KvkNumber { get; set; }
    public List<Guid> CommunityIds { get; set; } = [];
    /// <summary>CBS codes of the municipalities it is active in.</summary>
    public List<string> MunicipalityCodes { get; set; } = [];
    public List<ContactPerson> ContactPersons { get; set; } = [];
    public static Organisation Register(OrganisationDraft draft, IReadOnlyList<ContactPerson> contactPersons)
    {
        var organisation = new Organisation { Name = draft.Name! };
        organisation.Apply(draft, contactPersons);
        organisation.Record(new RegistryEntryEvents.Registered(organisation));
        return organisation;
    }

    public void Change(OrganisationDraft draft, IReadOnlyList<ContactPerson> contactPersons)
    {
        Apply(draft, contactPersons);
        Record(new RegistryEntryEvents.Changed(this));
    }

    private void Apply(OrganisationDraft draft, IReadOnlyList<ContactPerson> contactPersons)
    {
        Name = draft.Name!;
        Kind = draft.Kind!.Value;
        KvkNumber = draft.KvkNumber;
        CommunityIds = [.. draft.CommunityIds!];
        MunicipalityCodes = [.. draft.MunicipalityCodes!];
        ContactPersons = [.. contactPersons];
    }
}

public enum OrganisationKind
{
    MigrantSelfOrganisation,
    RefugeeOrganisation,
    ConsortiumMember,
    KnowledgeInstitute,
    /// <summary>Such as Veilig Thuis, a GGD or a social team.</summary>
    ProfessionalInstitution,
    Other,
}
