using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;

namespace VanBinnenuit.Registry.Domain;

/// <summary>When a municipality exists, and who takes over after a merger or split.</summary>
public sealed record ValidityDraft(DateOnly? ValidFrom, DateOnly? ValidTo, IReadOnlyList<string>? SuccessorCodes) : IExample<ValidityDraft>
{
    public static ValidityDraft Example => new(null, new DateOnly(2022, 3, 23), ["GM0363"]);

    public ValidityDraft Normalise(Validation validation, string ownCode)
    {
        if (ValidFrom is { } from && ValidTo is { } to && to < from)
        {
            validation.Add("validTo", "Must be on or after validFrom.");
        }
        var successors = validation.List("successorCodes", SuccessorCodes, 20, (path, value) => Codes.Municipality(validation, path, value));
        if (successors.Count > 0 && ValidTo is null)
        {
            validation.Add("successorCodes", "Successors take over when the municipality ends; give validTo as well.");
        }
        if (successors.Contains(ownCode))
        {
            validation.Add("successorCodes", "A municipality cannot succeed itself.");
        }
        return new ValidityDraft(ValidFrom, ValidTo, successors);
    }
}

public sealed record ContactPersonsDraft(IReadOnlyList<ContactPersonDraft>? ContactPersons) : IExample<ContactPersonsDraft>
{
    public static ContactPersonsDraft Example => new([new ContactPersonDraft("Pieter Bakker", "beleidsadviseur diversiteit", "p.bakker@gemeente.example", "020 555 0199")]);

    public List<ContactPerson> Normalise(Validation validation) =>
        validation.List("contactPersons", ContactPersons, ContactPerson.MaxPerHolder, (path, value) => ContactPerson.From(validation, path, value));
}
