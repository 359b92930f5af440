using System.ComponentModel.DataAnnotations;
using VanBinnenuit.ApiKit.Problems;

namespace VanBinnenuit.Registry.Domain;

/// <summary>
/// Someone to reach at a municipality or organisation. Personal data: only coordinators and
/// advisors see it, and it never travels in an event.
/// </summary>
public sealed class ContactPerson
{
    public required string Name { get; set; }
    public string? Role { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    public const int MaxPerHolder = 20;

    /// <summary>The checked, trimmed contact, or null with the problems added under <paramref name="path"/>.</summary>
    public static ContactPerson? From(Validation validation, string path, ContactPersonDraft? draft)
    {
        if (draft is null)
        {
            validation.Add(path, "Is required.");
            return null;
        }
        var before = validation.Invalid.Count;
        var name = validation.Text($"{path}.name", draft.Name, 100);
        var role = validation.Text($"{path}.role", draft.Role, 100, required: false);
        var email = validation.Email($"{path}.email", draft.Email);
        var phone = validation.Phone($"{path}.phone", draft.Phone);
        if (email is null && phone is null && validation.Invalid.Count == before)
        {
            validation.Add($"{path}.email", "Give an e-mail address or a phone number.");
        }
        return validation.Invalid.Count > before ? null : new ContactPerson { Name = name!, Role = role, Email = email, Phone = phone };
    }
}

public sealed record ContactPersonDraft([property: Required] string? Name, string? Role, string? Email, string? Phone);
