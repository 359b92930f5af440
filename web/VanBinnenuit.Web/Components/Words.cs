using System.Globalization;
using VanBinnenuit.ApiKit.Auth;

namespace VanBinnenuit.Web.Components;

/// <summary>The APIs' codes (<c>in-progress</c>, <c>municipal-officer</c>) as the Dutch words people read.</summary>
public static class Words
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Role(string? role) => role switch
    {
        Roles.Coordinator => "coördinator",
        Roles.Advisor => "adviseur",
        Roles.Leader => "gespreksleider",
        Roles.MunicipalOfficer => "gemeente",
        Roles.Administrator => "beheerder",
        _ => "onbekende rol",
    };

    public static readonly IReadOnlyList<(string Code, string Label)> CaseStatuses =
    [
        ("submitted", "Ingediend"), ("triaged", "Beoordeeld"), ("assigned", "Toegewezen"),
        ("in-progress", "In behandeling"), ("advice-given", "Advies gegeven"), ("closed", "Afgesloten"),
    ];

    public static string CaseStatus(string? status) => Label(CaseStatuses, status);

    public static readonly IReadOnlyList<(string Code, string Label)> CaseActions =
    [
        ("triage", "Beoordelen"), ("assign", "Toewijzen"), ("start", "In behandeling nemen"),
        ("give-advice", "Advies geven"), ("close", "Afsluiten"), ("reopen", "Heropenen"),
    ];

    public static string CaseAction(string? action) => Label(CaseActions, action);

    public static readonly IReadOnlyList<(string Code, string Label)> ClosingResults =
    [
        ("advice-delivered", "Advies geleverd"), ("referred-to-meeting-series", "Doorverwezen naar een reeks bijeenkomsten"),
        ("withdrawn", "Ingetrokken"), ("out-of-scope", "Buiten de opdracht"),
    ];

    public static string ClosingResult(string? result) => Label(ClosingResults, result);

    public static readonly IReadOnlyList<(string Code, string Label)> Hopes =
    [
        ("advice", "Advies"), ("training", "Training"), ("meeting-series", "Een reeks bijeenkomsten"),
        ("knowledge-meeting", "Een kennisbijeenkomst"), ("other", "Iets anders"),
    ];

    public static string Hope(string? hope) => Label(Hopes, hope);

    public static readonly IReadOnlyList<(int Step, string Label)> ApproachSteps =
    [
        (0, "Nog niet begonnen"), (1, "Stap 1 van de handreiking"), (2, "Stap 2 van de handreiking"),
        (3, "Stap 3 van de handreiking"), (4, "Stap 4 van de handreiking"),
    ];

    public static string ServiceLevel(string? state) => state switch
    {
        "on-track" => "Op tijd",
        "at-risk" => "Termijn nadert",
        "breached" => "Termijn overschreden",
        _ => state ?? "",
    };

    public static string SeriesStatus(string? status) => status switch
    {
        "requested" => "aangevraagd",
        "draft" => "in voorbereiding",
        "planned" => "gepland",
        "in-progress" => "bezig",
        "completed" => "afgerond",
        "cancelled" => "geannuleerd",
        _ => status ?? "—",
    };

    public static string SessionStatus(string? status) => status switch
    {
        "planned" => "gepland",
        "held" => "gehouden",
        "cancelled" => "geannuleerd",
        _ => status ?? "—",
    };

    /// <summary>The audiences scheduling plans for.</summary>
    public static readonly IReadOnlyList<string> Audiences = ["women", "men", "mixed", "youth", "parents", "lgbt-people", "other"];

    public static string Audience(string? audience) => audience switch
    {
        "women" => "vrouwen",
        "men" => "mannen",
        "mixed" => "gemengd",
        "youth" => "jongeren",
        "parents" => "ouders",
        "lgbt-people" => "lhbti+-personen",
        "other" => "anders",
        _ => audience ?? "—",
    };

    public static readonly IReadOnlyList<(string Code, string Label)> ReferralKinds =
    [
        ("veilig-thuis", "Veilig Thuis"), ("ggd", "GGD"), ("police", "Politie"), ("social-team", "Sociaal wijkteam"),
        ("general-practitioner", "Huisarts"), ("other", "Anders"),
    ];

    public static string KnowledgeKind(string? kind) => kind switch
    {
        "step" => "Stap",
        "role" => "Rol",
        "pitfall" => "Valkuil",
        "good-example" => "Goed voorbeeld",
        _ => kind ?? "",
    };

    /// <summary>A long text (a request's question) cut to fit a list's line.</summary>
    public static string Shorten(string text, int length = 90) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";

    /// <summary>An audit-trail entry's action: a move, or one of the other recorded changes.</summary>
    public static string AuditAction(string action) => action switch
    {
        "submit" => "Ingediend",
        "record-advice" => "Advies vastgelegd",
        "revise-advice" => "Advies herzien",
        "request-series" => "Reeks bijeenkomsten aangevraagd",
        "add-document" => "Document toegevoegd",
        "remove-document" => "Document verwijderd",
        _ when action.StartsWith("series-", StringComparison.Ordinal) => "Reeks bijeenkomsten: " + SeriesStatus(action["series-".Length..]),
        _ => CaseAction(action),
    };

    /// <summary>How to fill in a language: the form suggests the common ones; any other by its name or its ISO 639-3 code.</summary>
    public const string LanguageHelp = "Typ een deel van de naam en kies, zoals Tigrinya. Staat een taal er niet bij, typ dan haar naam of haar taalcode van drie letters, zoals prs voor Dari.";

    /// <summary>The days of the week as the APIs name them, Monday first.</summary>
    public static readonly IReadOnlyList<(string Code, string Word)> Days =
        [("monday", "maandag"), ("tuesday", "dinsdag"), ("wednesday", "woensdag"), ("thursday", "donderdag"), ("friday", "vrijdag"), ("saturday", "zaterdag"), ("sunday", "zondag")];

    public static string Day(string? code) => Days.FirstOrDefault(d => d.Code == code).Word ?? code ?? "—";

    public static readonly IReadOnlyList<string> OrganisationKinds =
        ["migrant-self-organisation", "refugee-organisation", "consortium-member", "knowledge-institute", "professional-institution", "other"];

    /// <summary>How well a leader speaks a language, from the least to the most.</summary>
    public static readonly IReadOnlyList<(string Code, string Word)> Proficiencies =
        [("basic", "eenvoudig"), ("good", "goed"), ("fluent", "vloeiend"), ("native", "moedertaal")];

    public static string Proficiency(string? code) => Proficiencies.FirstOrDefault(p => p.Code == code).Word ?? code ?? "—";

    public static string OrganisationKind(string? kind) => kind switch
    {
        "consortium-member" => "lid van het consortium",
        "knowledge-institute" => "kennisinstituut",
        "migrant-self-organisation" => "migrantenzelforganisatie",
        "refugee-organisation" => "vluchtelingenorganisatie",
        "professional-institution" => "professionele instelling",
        "other" => "anders",
        _ => kind ?? "—",
    };

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", Dutch) ?? "—";

    public static string DateTime(DateTimeOffset? moment) =>
        moment is { } m ? VanBinnenuit.Vocabulary.DutchTime.DateOf(m).ToString("d MMMM yyyy", Dutch) + " " +
            VanBinnenuit.Vocabulary.DutchTime.TimeOf(m).ToString("HH:mm", Dutch) : "—";

    public static string Number(double? value, int decimals = 0) => value?.ToString("N" + decimals, Dutch) ?? "—";

    private static string Label<T>(IReadOnlyList<(T Code, string Label)> list, T? code) =>
        list.FirstOrDefault(entry => EqualityComparer<T>.Default.Equals(entry.Code, code)).Label ?? code?.ToString() ?? "—";
}
