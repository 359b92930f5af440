using System.Globalization;
using System.Net.Mail;
using VanBinnenuit.Web.Api.Models;
using VanBinnenuit.Web.Components.Shared;

namespace VanBinnenuit.Web.Components.Pages.AdviceRequests;

/// <summary>
/// The advice-request form as posted (field names are the API's), checked in Dutch before it is
/// sent; the API checks it again and its problems land at the same fields.
/// </summary>
public sealed class AdviceRequestForm
{
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["municipalityCode"] = "Gemeente",
        ["topicCodes"] = "Thema's",
        ["communityIds"] = "Gemeenschappen",
        ["organisationIds"] = "Organisaties",
        ["approachStep"] = "Waar staat de gemeente",
        ["question"] = "Uw vraag",
        ["hopes"] = "Wat hoopt u te krijgen",
        ["hopesOther"] = "Iets anders, namelijk",
        ["desiredFrom"] = "Gewenst vanaf",
        ["desiredUntil"] = "Gewenst uiterlijk",
        ["timingNote"] = "Toelichting op de planning",
        ["contact.name"] = "Naam contactpersoon",
        ["contact.email"] = "E-mailadres contactpersoon",
        ["contact.phone"] = "Telefoonnummer contactpersoon",
    };

    public string? MunicipalityCode { get; set; }
    public List<string> TopicCodes { get; set; } = [];
    public List<string> CommunityIds { get; set; } = [];
    public List<string> OrganisationIds { get; set; } = [];
    public string? ApproachStep { get; set; }
    public string? Question { get; set; }
    public List<string> Hopes { get; set; } = [];
    public string? HopesOther { get; set; }
    public string? DesiredFrom { get; set; }
    public string? DesiredUntil { get; set; }
    public string? TimingNote { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }

    public static AdviceRequestForm From(IFormCollection form) => new()
    {
        MunicipalityCode = form["municipalityCode"],
        TopicCodes = [.. form["topicCodes"].OfType<string>()],
        CommunityIds = [.. form["communityIds"].OfType<string>()],
        OrganisationIds = [.. form["organisationIds"].OfType<string>()],
        ApproachStep = form["approachStep"],
        Question = form["question"],
        Hopes = [.. form["hopes"].OfType<string>()],
        HopesOther = form["hopesOther"],
        DesiredFrom = form["desiredFrom"],
        DesiredUntil = form["desiredUntil"],
        TimingNote = form["timingNote"],
        ContactName = form["contact.name"],
        ContactEmail = form["contact.email"],
        ContactPhone = form["contact.phone"],
    };

    /// <summary>The submission, or null with every problem added to <paramref name="errors"/>.</summary>
    public AdviceRequestSubmission? Check(FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(MunicipalityCode))
        {
            errors.Add("municipalityCode", "Kies de gemeente waarvoor het advies is.");
        }
        if (!int.TryParse(ApproachStep, CultureInfo.InvariantCulture, out var step))
        {
            errors.Add("approachStep", "Kies waar de gemeente staat.");
        }
        if (string.IsNullOrWhiteSpace(Question))
        {
            errors.Add("question", "Beschrijf uw vraag.");
        }
        if (Hopes.Count == 0)
        {
            errors.Add("hopes", "Kies ten minste één wens.");
        }
        if (Hopes.Contains("other") && string.IsNullOrWhiteSpace(HopesOther))
        {
            errors.Add("hopesOther", "Beschrijf wat u nog meer hoopt te krijgen.");
        }
        var from = FormValues.Date(errors, "desiredFrom", DesiredFrom);
        var until = FormValues.Date(errors, "desiredUntil", DesiredUntil);
        if (from is not null && until < from)
        {
            errors.Add("desiredUntil", "Deze datum mag niet vóór de begindatum liggen.");
        }
        if (string.IsNullOrWhiteSpace(ContactName))
        {
            errors.Add("contact.name", "Vul de naam van de contactpersoon in.");
        }
        if (string.IsNullOrWhiteSpace(ContactEmail) || !MailAddress.TryCreate(ContactEmail.Trim(), out _))
        {
            errors.Add("contact.email", "Vul een e-mailadres in, zoals naam@voorbeeld.nl.");
        }
        return errors.Any
            ? null
            : new AdviceRequestSubmission(MunicipalityCode, TopicCodes, step, Question, Hopes, FormValues.Text(HopesOther), from, until, FormValues.Text(TimingNote),
                new ContactOfficer(ContactName, ContactEmail, FormValues.Text(ContactPhone)), FormValues.Ids(CommunityIds), FormValues.Ids(OrganisationIds));
    }
}
