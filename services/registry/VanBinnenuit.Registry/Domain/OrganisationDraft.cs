using System.ComponentModel.DataAnnotations;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;

namespace VanBinnenuit.Registry.Domain;

public sealed record OrganisationDraft(
    [property: Required] string? Name,
    [property: Required] OrganisationKind? Kind,
    string? KvkNumber,
    IReadOnlyList<Guid>? CommunityIds,
    IReadOnlyList<string>? MunicipalityCodes,
    IReadOnlyList<ContactPersonDraft>? ContactPersons) : IExample<OrganisationDraft>
{
    public static OrganisationDraft Example => new("Stichting Eritrese Vrouwen Noord", OrganisationKind.MigrantSelfOrganisation, "81234567", [Guid.Parse("0193a0d4-1b2c-7e3f-8a45-6b7c8d9e0f12")], ["GM0363"], [new ContactPersonDraft("Helen Tesfay", "voorzitter", "h.tesfay@sevn.example", "06 1234 5678")]);

    /// <summary>The draft with canonical values, and its contact persons checked; problems go to <paramref name="validation"/>.</summary>
    public (OrganisationDraft Draft, List<ContactPerson> ContactPersons) Normalise(Validation validation)
    {
        if (Kind is null || !Enum.IsDefined(Kind.Value))
        {
            validation.Add("kind", $"Must be one of: {string.Join(", ", KindNames)}.");
        }
        var draft = new OrganisationDraft(
            validation.Text("name", Name, 200),
            Kind,
            KvkNumber is null ? null : Codes.Check(validation, "kvkNumber", KvkNumber, Codes.TryKvkNumber, "Must be a Chamber of Commerce (KvK) number of eight digits."),
            Codes.Ids(validation, "communityIds", CommunityIds, 100),
            validation.List("municipalityCodes", MunicipalityCodes, 400, (path, value) => Codes.Municipality(validation, path, value)),
            null);
        var contacts = validation.List("contactPersons", ContactPersons, ContactPerson.MaxPerHolder, (path, value) => ContactPerson.From(validation, path, value));
        return (draft, contacts);
    }

    public static IEnumerable<string> KindNames => Enum.GetValues<OrganisationKind>().Select(Codes.Kebab);
}
