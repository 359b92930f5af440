using System.Text.RegularExpressions;

namespace VanBinnenuit.Web.Api;

/// <summary>
/// The APIs describe problems in English (for developers and machine clients); people read them in
/// Dutch. Known field reasons are translated by pattern; an unknown one gets a plain Dutch sentence,
/// so no English reaches a page.
/// </summary>
public static partial class DutchProblems
{
    private static readonly (Regex Pattern, Func<Match, string> Dutch)[] Reasons =
    [
        (Reason("^Is required"), _ => "Dit veld is verplicht."),
        (Reason(@"^Must be at most (\d+) characters"), m => $"Gebruik hoogstens {m.Groups[1].Value} tekens."),
        (Reason("^Must not contain control characters"), _ => "Gebruik geen onzichtbare stuurtekens."),
        (Reason("^Must be an e-mail address"), _ => "Vul een e-mailadres in, zoals naam@voorbeeld.nl."),
        (Reason("^Must be a phone number"), _ => "Vul een telefoonnummer in van 8 tot 15 cijfers, zoals +31 20 123 4567."),
        (Reason(@"^Must be between (-?\d+) and (-?\d+)"), m => $"Kies een waarde van {m.Groups[1].Value} tot en met {m.Groups[2].Value}."),
        (Reason("^Needs at least one entry"), _ => "Kies er ten minste één."),
        (Reason(@"^At most (\d+) entries"), m => $"Kies er hoogstens {m.Groups[1].Value}."),
        (Reason("^Must be a CBS municipality code"), _ => "Kies een gemeente."),
        (Reason("^Name at least one of"), _ => "Kies ten minste één wens."),
        (Reason("^Must not be before|^Must be on or after"), _ => "Deze datum mag niet vóór de begindatum liggen."),
        (Reason("^Successors take over when the municipality ends"), _ => "Geef ook de einddatum: opvolgers nemen het over als de gemeente ophoudt."),
        (Reason("^A municipality cannot succeed itself"), _ => "Een gemeente kan zichzelf niet opvolgen."),
        (Reason("^Must not contain an e-mail address or phone number"), _ => "Zet geen e-mailadres of telefoonnummer in de tekst: een verslag maakt niemand herkenbaar."),
        (Reason("^Cannot be more than the attendance"), _ => "Dit kan niet meer zijn dan het aantal aanwezigen."),
        (Reason(@"^The counts by gender add up to (\d+), not to the attendance of (\d+)"), m => $"De aantallen per gender tellen op tot {m.Groups[1].Value}, niet tot de {m.Groups[2].Value} aanwezigen."),
        (Reason(@"^The counts by age band add up to (\d+), not to the attendance of (\d+)"), m => $"De aantallen per leeftijdsgroep tellen op tot {m.Groups[1].Value}, niet tot de {m.Groups[2].Value} aanwezigen."),
        (Reason("^Nobody can return to the first session"), _ => "Bij de eerste bijeenkomst kan niemand terugkomen."),
        (Reason("^Must be an id of the registry"), _ => "Kies een bestaande waarde."),
        (Reason("^Must be a Dutch local date and time"), _ => "Vul een datum en tijd in."),
        (Reason("^Must be later than the start"), _ => "Het einde moet na het begin liggen."),
        (Reason(@"^A session lasts at most (\d+) hours"), m => $"Een bijeenkomst duurt hoogstens {m.Groups[1].Value} uur."),
        (Reason(@"^Session (\d) must come at least (\d+) days after session \d \(it is (-?\d+) days\)"),
            m => $"Bijeenkomst {m.Groups[1].Value} moet ten minste {m.Groups[2].Value} dagen na de vorige komen (nu {m.Groups[3].Value})."),
        (Reason(@"^Session (\d) must come at most (\d+) days after session \d \(it is (-?\d+) days\)"),
            m => $"Bijeenkomst {m.Groups[1].Value} moet hoogstens {m.Groups[2].Value} dagen na de vorige komen (nu {m.Groups[3].Value}), anders gaat de opbouw verloren."),
        (Reason("^Give exactly three sessions|^A series has exactly three sessions"), _ => "Een reeks heeft precies drie bijeenkomsten."),
        (Reason("^All three sessions need a date"), _ => "Alle drie bijeenkomsten hebben een datum nodig voordat de reeks gepland wordt."),
        (Reason("^A series is planned with its leader"), _ => "Kies eerst een gespreksleider."),
        (Reason("^Moving a session of a planned series needs a reason"), _ => "Geef een reden om een bijeenkomst van een geplande reeks te verzetten."),
        (Reason("^Is required: the community"), _ => "Kies de gemeenschap waarvoor de reeks is."),
        (Reason("^Must be an ISO 3166"), _ => "Gebruik een landcode van twee letters, zoals SY."),
        (Reason("^Must be an ISO 639"), _ => "Gebruik een taalcode, zoals ar of ti."),
        (Reason("^Must be a topic code"), _ => "Gebruik een themacode, zoals lgbt-acceptance."),
        (Reason(@"^(GM\d{4}) is listed more than once"), m => $"{m.Groups[1].Value} staat er meer dan eens in."),
        (Reason("^Must be a Chamber of Commerce"), _ => "Vul een KvK-nummer in van acht cijfers, zoals 12345678."),
        (Reason("^Must be one of"), _ => "Kies een van de aangeboden waarden."),
    ];

    /// <summary>A field's problem in Dutch.</summary>
    public static string Reason(InvalidParam invalid) =>
        Reasons.FirstOrDefault(r => r.Pattern.IsMatch(invalid.Reason)) is { Pattern: not null } known
            ? known.Dutch(known.Pattern.Match(invalid.Reason))
            : "Deze waarde wordt niet geaccepteerd.";

    /// <summary>What went wrong with the request as a whole.</summary>
    public static string Summary(ApiProblem problem) => problem.Status switch
    {
        400 => "Niet alles is goed ingevuld. Kijk bij de velden wat er moet veranderen.",
        401 => "Uw sessie is verlopen. Meld u opnieuw aan.",
        403 => "U heeft geen toegang tot deze gegevens.",
        404 => "Dit is niet (meer) te vinden.",
        409 or 412 => "Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.",
        413 => "Het bestand is te groot.",
        415 => "Dit soort bestand wordt niet aangenomen. Gebruik pdf, odt, docx of platte tekst.",
        422 when problem.InvalidParams.Count > 0 => "Niet alles is goed ingevuld. Kijk bij de velden wat er moet veranderen.",
        422 => "Dit kan nu niet.",
        428 => "De pagina was verouderd. Laad haar opnieuw en probeer het nog eens.",
        429 => "Er zijn te veel verzoeken gedaan. Wacht een minuut en probeer het opnieuw.",
        >= 500 => "Er ging bij ons iets mis. Probeer het later opnieuw.",
        _ => "Dit is niet gelukt.",
    };

    private static Regex Reason(string pattern) => new(pattern, RegexOptions.CultureInvariant);
}
