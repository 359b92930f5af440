using Microsoft.AspNetCore.Components;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Web.Api;
using VanBinnenuit.Web.Api.Models;
using VanBinnenuit.Web.Components.Shared;

namespace VanBinnenuit.Web.Components.Pages.Registry;

/// <summary>
/// A leader's record: the profile for coordinators and advisors, and for coordinators the form to change it.
/// Availability and absences are the leader's own; the form sends them back as they are.
/// </summary>
public partial class LeaderPage
{
    private static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["displayName"] = "Naam", ["email"] = "E-mailadres", ["phone"] = "Telefoon", ["gender"] = "Gender", ["languages"] = "Talen",
        ["communityIds"] = "Gemeenschappen", ["topicCodes"] = "Thema's", ["homeMunicipalityCode"] = "Woonplaats",
        ["travelProvinceCodes"] = "Reist naar heel de provincie", ["travelMunicipalityCodes"] = "Reist ook naar",
        ["maxSessionsPerMonth"] = "Hoogstens bijeenkomsten per maand",
    };

    [Parameter] public Guid Id { get; set; }
    [SupplyParameterFromQuery] public string? Melding { get; set; }
    [CascadingParameter] private HttpContext HttpContext { get; set; } = null!;

    private LeaderDetails? leader;
    private string? version;
    private string? loadProblem;
    private bool isCoordinator;
    private CodeNames codeNames = CodeNames.None;
    private IReadOnlyList<CodeName> municipalityChoices = [];
    private IReadOnlyList<(string Value, string Text)> provinceChoices = [];
    private IReadOnlyList<(string Value, string Text)> communityChoices = [];
    private IReadOnlyList<(string Value, string Text)> topicChoices = [];
    /// <summary>The language fields: as stored (by their Dutch names) or as typed, and two empty ones.</summary>
    private IReadOnlyList<(string Language, string Proficiency)> languageRows = [];
    private readonly FormErrors errors = new();

    protected override async Task OnInitializedAsync()
    {
        isCoordinator = Caller.From(HttpContext.User).Role == Roles.Coordinator;
        var found = await Registry.LeaderAsync($"{Id}");
        (leader, version, loadProblem) = (found.Value, found.ETag, found.Problem?.Message);
        if (leader is null)
        {
            return;
        }
        codeNames = await CodeNameDirectory.AllAsync();
        var municipalities = await Municipalities.AllAsync();
        municipalityChoices = CodeChoices.Municipalities(municipalities, [.. leader.TravelMunicipalityCodes ?? [], .. leader.HomeMunicipalityCode is { } home ? [home] : Array.Empty<string>()]);
        provinceChoices = [.. municipalities.Values.Select(m => (m.ProvinceCode, m.ProvinceName)).Distinct().OrderBy(p => p.ProvinceName, StringComparer.Ordinal)];
        communityChoices = await RegistryChoices.CommunitiesAsync(Registry, leader.CommunityIds ?? []);
        topicChoices = [.. codeNames.Topics.Where(t => t.Active || (leader.TopicCodes ?? []).Contains(t.Code)).Select(t => (t.Code, t.Name))];
        languageRows = [.. leader.Languages.Select(l => (codeNames.Language(l.Code), l.Proficiency)), ("", "native"), ("", "native")];
    }

    private string CommunityName(string id) => communityChoices.FirstOrDefault(c => c.Value == id).Text ?? "onbekende gemeenschap";

    private static string Window(AvailabilityWindow window) =>
        $"{Words.Day(window.Day)} {window.From.ToString("HH:mm", Words.Dutch)}–{window.To.ToString("HH:mm", Words.Dutch)}";

    private string ProvinceName(string code) => provinceChoices.FirstOrDefault(p => p.Value == code).Text ?? code;

    private async Task SaveAsync()
    {
        var form = HttpContext.Request.Form;
        if (string.IsNullOrWhiteSpace(form["displayName"]))
        {
            errors.Add("displayName", "Geef de naam van de gespreksleider.");
        }
        var (names, levels) = (form["languageName"], form["proficiency"]);
        languageRows = [.. names.Select((name, i) => (name ?? "", levels.ElementAtOrDefault(i) ?? "native"))];
        var languages = languageRows.Where(row => !string.IsNullOrWhiteSpace(row.Language))
            .Select(row => (Code: CodeChoices.Read(errors, "languages", [row.Language], codeNames.Languages).FirstOrDefault(), row.Proficiency))
            .Where(l => l.Code is not null).Select(l => new LeaderLanguage(l.Code!, l.Proficiency)).ToList();
        if (languageRows.All(row => string.IsNullOrWhiteSpace(row.Language)))
        {
            errors.Add("languages", "Noem ten minste één taal.");
        }
        var home = CodeChoices.Read(errors, "homeMunicipalityCode", form["homeMunicipalityCode"], municipalityChoices);
        if (home.Count == 0 && errors["homeMunicipalityCode"] is null)
        {
            errors.Add("homeMunicipalityCode", "Kies de gemeente waar de gespreksleider woont.");
        }
        var travel = CodeChoices.Read(errors, "travelMunicipalityCodes", form["travelMunicipalityCodes"], municipalityChoices);
        int? maximum = null;
        if (FormValues.Text(form["maxSessionsPerMonth"]) is { } typed)
        {
            if (int.TryParse(typed, System.Globalization.NumberStyles.None, Words.Dutch, out var number))
            {
                maximum = number;
            }
            else
            {
                errors.Add("maxSessionsPerMonth", "Vul een heel getal in, zoals 4.");
            }
        }
        if (errors.Any)
        {
            return;
        }
        var result = await Registry.ChangeLeaderAsync($"{Id}", new LeaderChange(
            form["displayName"].ToString().Trim(), FormValues.Text(form["email"]), FormValues.Text(form["phone"]), languages,
            FormValues.Ids(form["communityIds"]), [.. form["topicCodes"].OfType<string>()], FormValues.Text(form["gender"]), home.FirstOrDefault(),
            travel, [.. form["travelProvinceCodes"].OfType<string>()], leader!.Availability ?? [], leader.Absences ?? [], maximum),
            form["version"].ToString());
        if (result.Succeeded)
        {
            Navigation.NavigateTo($"/register/gespreksleiders/{Id}?melding=opgeslagen");
            return;
        }
        errors.Add(result.Problem!);
    }
}
